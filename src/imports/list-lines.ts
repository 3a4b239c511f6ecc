/** Recognising what each line of a pasted list is, and when two lines are one wrapped name. */

export type ListLine =
  | { kind: 'blank' }
  | { kind: 'numbered'; number: number; text: string }
  | { kind: 'bullet'; text: string }
  | { kind: 'heading'; section: string | null }
  | { kind: 'text'; text: string };

// "12. Name", "12) Name", "(12) Name", or "100." alone with the name on the next line.
const NUMBERED = /^\(?(\d{1,4})[.)](?:\s+(.*))?$/u;
const BULLET = /^\s*[•●▪■◦‣∙·*–—-]\s+(.+)$/u;

// Section labels that lists use to group signatories; they name no organisation.
const SECTION =
  /^(global|regional|national|local|international|individuals?|individual signatories|organi[sz]ations?|(?:global|regional|national|local|international) (?:organi[sz]ations|networks|signatories|members|level))\s*:?$/i;
// Salutations and introductions before or after a list.
const SALUTATION =
  /^(signed|signed by|signatories|signatory organi[sz]ations|co-?signed by|endorsed by|(?:yours )?sincerely|(?:best |kind |warm )?regards|respectfully|cordially|on behalf of|list of (?:the )?signator(?:y|ies).*)\s*[:,.]?$/i;

export function classifyLine(raw: string): ListLine {
  const text = raw.trim();
  if (!text) return { kind: 'blank' };
  const section = SECTION.exec(text);
  if (section) return { kind: 'heading', section: text.replace(/:$/, '') };
  if (SALUTATION.test(text)) return { kind: 'heading', section: null };
  const numbered = NUMBERED.exec(text);
  if (numbered?.[1]) return { kind: 'numbered', number: Number(numbered[1]), text: (numbered[2] ?? '').trim() };
  const bullet = BULLET.exec(text);
  if (bullet?.[1]) return { kind: 'bullet', text: bullet[1].trim() };
  return { kind: 'text', text };
}

const TRAILING_CONNECTOR =
  /(?:^|\s)(?:of|and|for|the|to|in|on|at|with|against|de|del|della|des|du|la|le|les|los|las|el|y|e|et|und|für|pour|para|por|da|do|dos|das|en|au|aux|&|–|—|-|\/)$/iu;
const LEADING_CONNECTOR =
  /^(?:of|and|for|the|to|in|on|at|with|against|de|del|della|des|du|la|le|les|los|las|el|y|e|et|und|für|pour|para|por|da|do|dos|das|en|au|aux)\s/u;

function unbalanced(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return count(/\(/g) > count(/\)/g) || count(/“/g) > count(/”/g);
}

/** Joining two wrapped parts: a line-final hyphen ("Abitibi-" + "Témiscamingue") is kept and no space added. */
export function joinWrapped(previous: string, next: string): string {
  if (/\S-$/u.test(previous)) return previous + next;
  return `${previous} ${next}`;
}

/**
 * Whether `next` continues the name begun on `previous` in a list written one
 * name per line. Only strong signs count, since a wrong join loses an entry.
 */
export function continuesName(previous: string, next: string, blankBetween: boolean): boolean {
  if (/\S-$/u.test(previous) || unbalanced(previous) || TRAILING_CONNECTOR.test(previous) || /,$/.test(previous)) {
    return true;
  }
  if (blankBetween) return false;
  if (LEADING_CONNECTOR.test(next) || /^[)”]/.test(next)) return true;
  return acronymSpansBoth(previous, next);
}

/**
 * "Samuelson-Glushko Canadian Internet Policy & Public Interest" + "Clinic
 * (CIPPIC)": the acronym on the second line spells the initials of words on
 * the first, so the two lines are one name.
 */
function acronymSpansBoth(previous: string, next: string): boolean {
  const acronym = /\(([A-Z][A-Za-z]{2,9})\)\s*$/u.exec(next)?.[1]?.toUpperCase();
  if (!acronym) return false;
  const words = (s: string) =>
    s
      .replace(/\(.*?\)/g, ' ')
      .split(/[\s\-–/&]+/u)
      .filter((w) => /^\p{Lu}/u.test(w));
  const initials = (ws: string[]) => ws.map((w) => w[0]).join('').toUpperCase();
  const nextWords = words(next);
  if (initials(nextWords).includes(acronym)) return false;
  return (initials(words(previous)) + initials(nextWords)).endsWith(acronym);
}
