/**
 * What one organisation name says, read once and memoised: its words, its place (a country or
 * region written into it), its acronyms and initials, and its parts (each side of " / ", " – ", a
 * bracketed expansion, a quoted name, each script of a bilingual name).
 */
import { type Location, lookupLocation, nationalityCountry } from './countries.ts';
import { transliterateCased } from './transliterate.ts';
import { memoised } from '../shared/memo.ts';
import { CONCEPT, conceptTokens, expandDotted, expansionOf, foldText, LEGAL_FORMS, nameTokens, NOT_ACRONYMS, stem, STOPWORDS, stripWebSuffix, tokenClass, TYPE_CANONICAL } from './normalise.ts';

function isAcronymLike(word: string): boolean {
  if (!/^[\p{L}\d][\p{L}\d&.-]{1,11}$/u.test(word)) return false;
  const letters = word.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper >= 2 && upper * 2 >= letters.length;
}

function acronymKey(word: string): string {
  return foldText(word).replace(/ /g, '').toUpperCase();
}

export interface NameLocation extends Location {
  text: string;
}

export interface NameAnalysis {
  original: string;
  /** Content tokens of the name itself, without parenthesised text and without a location. */
  tokens: string[];
  /** All content tokens including the location, without spaces: catches "InternetBolivia" vs "Internet Bolivia". */
  compact: string;
  /** Acronyms written in the name: "(CDT)", "- EDRi", or a name that is only an acronym. */
  acronyms: string[];
  /** The name is a single acronym ("EPIC", "SMEX"). */
  acronymOnly: string | null;
  /** The name apart from its country is one word, in capitals ("Attac" of "Attac Norway"): it may be the other name's acronym. */
  shortForm: string | null;
  /** A country or region written in the name ("…, Uganda", "(Philippines)", "LEAP UK", "Kenya …"). */
  location: NameLocation | null;
  /** Initials of the name's words, to match against an acronym written elsewhere. */
  initials: string[];
  /** Initials that include a country written into the name without a separator ("México Unido …" → "MUCD"). */
  placeInitials: string[];
  /** Folded content words of the name as written (no lexicon), for loose acronym spelling. */
  words: string[];
  /** Tokens of coined words, written with a digit or a capital inside ("NixOS", "OW2", "XWiki"). */
  coined: string[];
  /** First letters of the content words, in order (stop words and legal forms left out). */
  wordInitials: string;
  /** Alternative names within the name: each side of " / ", " – ", ": ", and a parenthesised expansion. */
  segments: string[][];
}

// " - ", ": ", " / "; a slash without spaces is spaced by spacedSlashes when it joins two names
// ("Otros Mundos/Friends of the Earth Mexico", "Otros Mundos AC/Chiapas"), not a term ("GNU/Linux", "IUF/UITA/IUL").
const SEPARATOR = /\s+[-–—·|]\s+|:\s+|\s+\/\s+/u;

function spacedSlashes(text: string): string {
  if (!text.includes(' ')) return text;
  // Round 5: "International Planned Parenthood Federation/IPPF": an acronym after a slash, at the end.
  text = text.replace(/(\p{Ll}{3,})\/(\p{Lu}[\p{Lu}\d]{1,7})$/u, '$1 / $2');
  return text.replace(/(\S+)\/(?=(\p{Lu}\p{Ll}+))/gu, (whole, left: string) => {
    const folded = foldText(left).replace(/ /g, '');
    const leftOk = LEGAL_FORMS.has(folded) || (/^\p{Lu}?\p{Ll}{3,}$/u.test(left) && !/\//.test(left));
    return leftOk ? `${left} / ` : whole;
  });
}

function splitLocationAfterSeparator(text: string): { rest: string; location: NameLocation } | null {
  // "Friends of the Earth-France", "Third World Network-Africa": a place hyphenated onto the name.
  // "CAN-Tanzania": an acronym hyphenated to a country.
  const coded = /^(\p{Lu}[\p{Lu}\d]{1,9})-(\p{Lu}[\p{L} ]+)$/u.exec(text);
  const codedPlace = coded?.[2] ? lookupLocation(coded[2]) : null;
  if (coded?.[1] && coded[2] && codedPlace) return { rest: coded[1], location: { ...codedPlace, text: coded[2].trim() } };
  const hyphen = /^(.+\p{L}\)?)-(\p{Lu}[\p{L} ]+)$/u.exec(text);
  if (hyphen?.[1] && hyphen[2] && hyphen[1].includes(' ')) {
    const place = lookupLocation(hyphen[2]);
    if (place) return { rest: hyphen[1], location: { ...place, text: hyphen[2].trim() } };
  }
  const match = /^(.+?\S)\s*(?:,|\s[-–—·]|\s\/)\s*([^,()\-–—·/]+)$/u.exec(text);
  if (!match?.[1] || !match[2]) return null;
  const location = lookupLocation(match[2], { fuzzy: true });
  return location ? { rest: match[1], location: { ...location, text: match[2].trim() } } : null;
}

/** "Switzelrand": one slip in a long word that is no word of the lexicon, no kind of body and no nationality. */
const misspeltCountry = memoised(
  50_000,
  (written: string): Location | null => {
    const folded = foldText(written);
    const ordinary = CONCEPT.has(folded) || CONCEPT.has(stem(folded)) || TYPE_CANONICAL.has(folded) || TYPE_CANONICAL.has(stem(folded));
    return ordinary || nationalityCountry(written) !== null ? null : lookupLocation(written, { fuzzy: true });
  },
  (written) => foldText(written),
);

// A country fused into the name ("Unwanted Witness Uganda", "LEAP UK", "Kenya AIDS NGOs Consortium").
function splitFusedCountry(text: string): { rest: string; location: NameLocation } | null {
  // "Friends of the Earth Argentina e.V.": a legal form after the country is not part of the name.
  const all = text.split(/\s+/).filter(Boolean);
  let end = all.length;
  while (end > 1 && LEGAL_FORMS.has(foldText(all[end - 1]!).replace(/ /g, ''))) end--;
  const words = all.slice(0, end);
  const found = (parts: string[]) => {
    const written = parts.join(' ');
    // Two-letter aliases ("UK", "US") only in capitals: "us" is a word.
    if (written.replace(/\W/g, '').length <= 2 && written !== written.toUpperCase()) return null;
    // A typo in a longer country name ("Switzelrand", "Ausralia") as the last word too.
    const location = lookupLocation(written) ?? (written.length >= 7 && !written.includes(' ') ? misspeltCountry(written) : null);
    return location?.kind === 'country' ? { ...location, text: written } : null;
  };
  for (let k = Math.min(4, words.length - 1); k >= 1; k--) {
    const location = found(words.slice(words.length - k));
    if (location) return { rest: words.slice(0, words.length - k).join(' '), location };
  }
  for (let k = Math.min(3, words.length - 2); k >= 1; k--) {
    const location = found(words.slice(0, k));
    if (location) return { rest: words.slice(k).join(' '), location };
  }
  return null;
}

/**
 * "Ligue Tunisienne … des Droits de l'Homme الرابطة التونسية …": a name written in two scripts is a
 * bilingual name; each half becomes a part of its own, as if written with " / ".
 */
const OTHER_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}\p{Script=Cyrillic}\p{Script=Greek}]/u;

function joinedScripts(text: string): string {
  const other = (w: string) => OTHER_SCRIPT.test(w);
  if (!/\p{Script=Latin}/u.test(text) || !other(text)) return text;
  const runs: string[][] = [];
  let last: boolean | null = null;
  for (const word of text.split(' ')) {
    const kind: boolean | null = /\p{L}/u.test(word) ? other(word) : last;
    if (kind !== last || !runs.length) runs.push([]);
    runs.at(-1)!.push(word);
    last = kind;
  }
  return runs.length > 1 && runs.every((r) => r.some((w) => /\p{L}{2,}/u.test(w))) ? runs.map((r) => r.join(' ')).join(' / ') : text;
}

/** Everything similarity needs to know about one name; memoised because lists compare each name many times. */
export const analyseName: (name: string) => NameAnalysis = memoised(200_000, (name: string) => analyse(name));

function analyse(original: string): NameAnalysis {
  const acronyms = new Set<string>();
  const expansions: string[] = [];
  let location: NameLocation | null = null;

  // "public association “Bir Duino Kyrgyzstan”", "ПЦ «Мемориал»": a name in quotes is the organisation's own name, a part of its own.
  for (const quoted of original.matchAll(/[“"«„]([^“”"«»„]{3,80})[”"»“]/gu)) {
    const inner = quoted[1]!.trim();
    const fusedPlace = splitFusedCountry(inner);
    if (/\p{L}{3}/u.test(inner) && inner !== original.trim()) expansions.push(fusedPlace && /\p{L}{3}/u.test(fusedPlace.rest) ? fusedPlace.rest : inner);
  }
  let main = spacedSlashes(expandDotted(stripWebSuffix(transliterateCased(original).replace(/[“”"«»„]/g, ' ').trim())));
  main = main.replace(/\(([^()]*)\)/g, (_, inner: string, at: number, whole: string) => {
    const content = inner.trim();
    const parts = content.split(/\s*,\s*/);
    const places = parts.map((p) => lookupLocation(p));
    if (places.every(Boolean)) {
      // "(Mali, Côte d'Ivoire, Guadeloupe, Niger)": several places are a region of work, not one country.
      location ??= parts.length === 1 ? { ...places[0]!, text: content } : { iso: null, kind: 'region', text: content };
      return ' ';
    }
    const [first, ...rest] = content.split(/[\s,]+/);
    // "(Apib)", "(Cedarena, Costa Rica)": a word spelling the words before it is their acronym, then perhaps the country.
    const spelledBefore = (w: string) => /^\p{Lu}\p{Ll}{2,9}$/u.test(w) && acronymSpells(w, contentWords(whole.slice(0, at)), 1);
    if (first && (isAcronymLike(first) || spelledBefore(first)) && (rest.length === 0 || lookupLocation(rest.join(' ')))) {
      acronyms.add(acronymKey(first));
      const place = rest.length ? lookupLocation(rest.join(' ')) : null;
      if (place) location ??= { ...place, text: rest.join(' ') };
      return ' ';
    }
    expansions.push(content);
    return ' ';
  });
  main = joinedScripts(main.replace(/\s+/g, ' ').trim());
  // "Quality of LIfe-EKPIZO", "Québec-FIQ": an acronym hyphenated onto the last word is a part of its own.
  main = main.replace(/(\p{Ll})-(\p{Lu}[\p{Lu}\d]{2,})$/u, '$1 - $2');

  const separated = splitLocationAfterSeparator(main);
  // "ACAT-Togo" is also the acronym "ACATTOGO", as "(ACAT-TOGO)" is written in another name.
  if (separated && /^[\p{Lu}\d]{2,10}-\p{Lu}[\p{L}]+$/u.test(main)) acronyms.add(acronymKey(main));
  if (separated && nameTokens(separated.rest).length > 0) {
    main = separated.rest;
    location ??= separated.location;
  }
  const segmentTexts = main.split(SEPARATOR).map((s) => s.trim()).filter(Boolean);
  if (segmentTexts.length > 1) {
    // "European Digital Rights - EDRi", "Chaos Computer Club - CCC"
    for (const segment of segmentTexts) if (!segment.includes(' ') && isAcronymLike(segment)) acronyms.add(acronymKey(segment));
  }
  // An acronym in capitals written before or after a longer name without brackets:
  // "Amigos de la Tierra América Latina y el Caribe ATALC", "FNV National Trade Union".
  let core = main;
  if (segmentTexts.length === 1 && main !== main.toUpperCase()) {
    const words = main.split(' ');
    const capital = (w: string | undefined) =>
      w !== undefined &&
      /^\p{Lu}[\p{Lu}\d]{2,}$/u.test(w) &&
      !lookupLocation(w) &&
      !expansionOf(foldText(w)) &&
      !CONCEPT.has(foldText(w)) &&
      !NOT_ACRONYMS.has(w);
    // "PEN South Africa": what is left must be a name, not only a place.
    const distinctiveLeft = (ws: string[]) =>
      nameTokens(ws.join(' ')).filter((t) => tokenClass(t) !== 'type').length >= 2 && !lookupLocation(ws.join(' '));
    if (words.length >= 4 && capital(words.at(-1)) && distinctiveLeft(words.slice(0, -1))) {
      acronyms.add(acronymKey(words.at(-1)!));
      core = words.slice(0, -1).join(' ');
    } else if (words.length >= 3 && capital(words[0]) && distinctiveLeft(words.slice(1))) {
      acronyms.add(acronymKey(words[0]!));
      core = words.slice(1).join(' ');
    }
  }
  // "Redtrans Nicaragua (Nicaragua)": the country written twice.
  const twice = location?.iso ? splitFusedCountry(core) : null;
  if (twice && twice.location.iso === location?.iso && /\p{L}{3}/u.test(twice.rest)) core = twice.rest;
  const fused = location ? null : splitFusedCountry(core);
  // "México Unido Contra la Delincuencia" is "MUCD": initials that take in a country written into the name.
  const placeInitials = fused ? initialsOf(contentWords(core)).filter((x) => x.length >= 3) : [];
  if (fused && nameTokens(fused.rest).some((t) => tokenClass(t) !== 'type')) {
    // "Pakistan Kissan Mazdoor Tehreek (PKMT)": a country that the acronym spells is part of the name.
    const spelled = (text: string) => [...initialsOf(nameTokens(text)), allInitials(text)];
    const whole = spelled(core);
    // "Syndicat des Praticiens Hospitaliers du Togo (SYNPHOT)": the acronym spells the country too.
    const spellsLoosely = (x: string, text: string) => acronymSpells(x, contentWords(text), 0);
    const countryInAcronym = [...acronyms].some(
      (x) => (whole.includes(x) && !spelled(fused.rest).includes(x)) || (spellsLoosely(x, core) && !spellsLoosely(x, fused.rest)),
    );
    if (!countryInAcronym) {
      core = fused.rest;
      location = fused.location;
    }
  }

  const plain = nameTokens(core);
  const tokens = conceptTokens(plain);
  const words = main.split(/\s+/);
  // "IUF/UITA/IUL": one organisation's acronyms in several languages.
  const slashed = words.length === 1 && /^[\p{Lu}\d]{2,}(?:\/[\p{Lu}\d]{2,})+$/u.test(words[0]!) ? words[0]!.split('/') : null;
  // "CLC / CTC": one organisation's acronyms in two languages, with spaces (round 5).
  const spacedAcronyms = segmentTexts.length > 1 && segmentTexts.every((x) => !x.includes(' ') && isAcronymLike(x)) ? segmentTexts : null;
  const acronymOnly = slashed
    ? acronymKey(slashed[0]!)
    : spacedAcronyms
      ? acronymKey(spacedAcronyms[0]!)
      : words.length === 1 && isAcronymLike(words[0]!)
        ? acronymKey(words[0]!)
        : null;
  if (acronymOnly) acronyms.add(acronymOnly);
  for (const x of slashed ?? []) acronyms.add(acronymKey(x));
  const coreWords = core.split(/\s+/).filter(Boolean);
  // "Sobrevivencia / Friends of the Earth Paraguay": the country ending the last part is the name's place, not part of it.
  const placeTokens = location ? conceptTokens(nameTokens(location.text)) : [];
  const withoutPlace = (seg: string[]) =>
    placeTokens.length && seg.length > placeTokens.length && placeTokens.every((t, k) => seg[seg.length - placeTokens.length + k] === t)
      ? seg.slice(0, seg.length - placeTokens.length)
      : seg;
  const segments = [...segmentTexts.map((s) => withoutPlace(conceptTokens(nameTokens(s)))), ...expansions.map((e) => conceptTokens(nameTokens(withoutOwnAcronym(e))))].filter(
    (s) => s.length > 0,
  );
  const rawWords = foldText(core)
    .split(' ')
    .filter((w) => w && !STOPWORDS.has(w) && !LEGAL_FORMS.has(w));
  const initials = new Set([...initialsOf(plain), ...initialsOf(rawWords)]);
  // "OSM" for "OpenStreetMap": the capitals of a word written in camel case spell its parts.
  const camel = core.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
  // Each capital counts, a small word's too ("DanChurchAid": "Dan" is also Indonesian "and").
  if (camel !== core) {
    const parts = foldText(camel).split(' ').filter((w) => w && !LEGAL_FORMS.has(w));
    for (const x of [...initialsOf(parts.filter((w) => !STOPWORDS.has(w))), ...initialsOf(parts)]) if (x.length >= 3) initials.add(x);
  }
  const coined = coreWords
    .filter((w) => /^\p{L}[\p{L}\d.]*$/u.test(w) && (/\d/.test(w) || /\p{Ll}\p{Lu}|\p{Lu}\p{Lu}\p{Ll}/u.test(w)))
    .flatMap((w) => conceptTokens(nameTokens(w)));
  return {
    original,
    tokens,
    initials: [...initials],
    placeInitials,
    words: rawWords,
    coined,
    wordInitials: foldText(main)
      .split(' ')
      .filter((w) => w && !STOPWORDS.has(w) && !LEGAL_FORMS.has(w))
      .map((w) => w[0])
      .join('')
      .toUpperCase(),
    // The location stays in: "Students for Sensible Drug Policy, Sierra Leone" is not the bare name respaced.
    compact: nameTokens(fused || !location ? main : `${main} ${location.text}`).join(''),
    acronyms: [...acronyms],
    acronymOnly,
    shortForm: !acronymOnly && coreWords.length === 1 && foldText(coreWords[0]!).length >= 3 ? acronymKey(coreWords[0]!) : null,
    location,
    segments: segmentTexts.length > 1 || expansions.length > 0 ? segments : [],
  };
}

/**
 * Whether an acronym reads as the first letters — one or a few — of the words, in order, with at
 * most `maxSkipped` words left out: "REBRIP" for REde BRasileira pela Integração dos Povos,
 * "SYNPHOT" for SYNdicat des Praticiens HOspitaliers du Togo. Words are folded content words.
 */
/** "Observatório do Clima, OC": a bracketed name that ends with its own acronym is compared without it (round 5). */
function withoutOwnAcronym(text: string): string {
  // "(SIN, the Civil Society Drug Policy Initiative)": the acronym first, then the name in another language.
  const first = /^([\p{Lu}\d]{2,8}),\s*(?:the\s+)?(\p{L}.+)$/u.exec(text.trim());
  if (first?.[2] && first[2].includes(' ')) return first[2];
  const m = /^(.+\p{L}),\s*([\p{Lu}\d]{2,8})$/u.exec(text.trim());
  if (!m?.[1] || !m[2]) return text;
  const words = foldText(m[1]).split(' ');
  const initials = words.filter((w) => !STOPWORDS.has(w)).map((w) => w[0]).join('');
  return initials === m[2].toLowerCase() || acronymSpells(m[2], words, 2) ? m[1] : text;
}

export function acronymSpells(acronym: string, words: string[], maxSkipped = 1): boolean {
  const x = acronym.toLowerCase();
  if (x.length < 3 || words.length < 2 || words.length > 14) return false;
  const go = (i: number, w: number, skipped: number): boolean => {
    if (i === x.length) return words.length - w + skipped <= maxSkipped;
    if (w === words.length) return false;
    const word = words[w]!;
    for (let k = Math.min(4, word.length, x.length - i); k >= 1; k--) {
      if (word.slice(0, k) === x.slice(i, i + k) && go(i + k, w + 1, skipped)) return true;
    }
    return skipped < maxSkipped && go(i, w + 1, skipped + 1);
  };
  return go(0, 0, 0);
}

/** The words of a text as written, folded, with stop words and legal forms left out. */
export function contentWords(text: string): string[] {
  return foldText(text)
    .split(' ')
    .filter((w) => w && !STOPWORDS.has(w) && !LEGAL_FORMS.has(w));
}

function allInitials(text: string): string {
  return foldText(text)
    .split(' ')
    .filter(Boolean)
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}

/** Initials of the content words ("Electronic Privacy Information Center" → "EPIC"), with and without kinds of body. */
export function initialsOf(tokens: string[]): string[] {
  const all = tokens.map((t) => t[0] ?? '').join('').toUpperCase();
  const withoutType = tokens.filter((t) => tokenClass(t) !== 'type').map((t) => t[0] ?? '').join('').toUpperCase();
  return [...new Set([all, withoutType])].filter((s) => s.length >= 2);
}

/**
 * The acronyms of `x` that the other name `y` writes as a word and `x` does not ("DAMJ for Justice…" /
 * "Damj, l'Association…", "SOS Villaggi…" / "SOS VILLAGI…"), lower-cased as words: a word of both names.
 */
export function acronymsWrittenAsWords(x: NameAnalysis, y: NameAnalysis): string[] {
  return x.acronyms.map((t) => t.toLowerCase()).filter((t) => !x.tokens.includes(t) && y.tokens.includes(t));
}

/** Acronyms written in a name, in capitals. */
export function extractAcronyms(name: string): string[] {
  return analyseName(name).acronyms;
}

