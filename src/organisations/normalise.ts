/**
 * Normalising organisation names so that the same organisation written
 * differently (case, accents, punctuation, "&"/"and", articles, legal forms,
 * Cyrillic or Greek script, an acronym or a country added) compares equal,
 * while the words that tell organisations apart are kept.
 */
import { editDistance, lookupLocation, nationalityCountry, type Location } from './countries.ts';
import { ARABIC_TYPES, EXPANSIONS, LEXICON, PHRASES } from './lexicon.ts';
import { transliterate, transliterateCased } from './transliterate.ts';
import { memoised } from '../shared/memo.ts';

const STOPWORDS = new Set(
  (
    'the a an of for and in on at to by with from de del della dei degli delle des du d la le les l el los las lo ' +
    'y e et und fur pour para por da do dos das di en au aux van von der die den het og och i o al il s ' +
    // Round 4: "sobre" (on), "que"/"qui"/"who" (people who use drugs), "con"/"com"/"avec"/"mit" (with), Russian "po"/"dlya"/"na".
    'sobre que qui who con com avec mit po dlya na ' +
    // Arabic "and", "in", "of/from", "about", "on", "to" (as foldText writes them).
    'و في من عن علي الي ل ب'
  ).split(' '),
);

// Legal-form words say how an organisation is registered, not which one it is.
const LEGAL_FORMS = new Set(
  (
    'inc incorporated ltd limited llc llp plc gmbh ggmbh ev ac zs ops zu sro asbl aisbl vzw sa sarl sas bv nv ' +
    'ug cic cio pty corp co iap abp ry rf npo nfp oy kft doo onlus odv ltda scrl scarl'
  ).split(' '),
);

// The kind of body, in the languages of our lists, mapped to one English word.
const TYPE_WORDS: Record<string, string[]> = {
  foundation: ['fundacion', 'fundacao', 'fondation', 'fondazione', 'fundacja', 'stiftung', 'stichting', 'fundatia', 'fondacija', 'fond'],
  association: ['asociacion', 'associacao', 'associazione', 'associacio', 'asociatia', 'verein', 'vereniging', 'udruga', 'udruzenje', 'assotsiatsiya', 'sdruzhenie', 'zdruzenie', 'asociace'],
  centre: ['center', 'centro', 'centrum', 'zentrum', 'tsentr', 'centar'],
  network: ['red', 'rede', 'reseau', 'rete', 'netzwerk', 'mreza', 'set'],
  institute: ['instituto', 'institut', 'istituto'],
  organisation: ['organization', 'organizacion', 'organizacao', 'organizzazione', 'organizatsiya', 'ngo', 'ong', 'nko'],
  society: ['sociedad', 'sociedade', 'societe', 'societa', 'obshchestvo', 'gesellschaft', 'genootschap'],
  coalition: ['coalicion', 'coalizao', 'coalizione'],
  alliance: ['alianza', 'alianca', 'allianz', 'alyans'],
  federation: ['federacion', 'federacao', 'federazione', 'federatie', 'federatsiya'],
  committee: ['comite', 'comitato', 'komitet'],
  programme: ['program', 'programa', 'programma'],
  project: ['proyecto', 'projeto', 'projet', 'progetto', 'projekt', 'proekt'],
  group: ['grupo', 'groupe', 'gruppo', 'gruppe'],
  collective: ['colectivo', 'coletivo', 'collectif', 'collettivo', 'kollektiv'],
  movement: ['movimiento', 'movimento', 'mouvement', 'bewegung', 'dvizhenie'],
  initiative: ['iniciativa', 'iniziativa', 'initiativ'],
  union: ['unio', 'soyuz'],
  council: ['consejo', 'conselho', 'conseil', 'consiglio', 'sovet'],
  forum: [],
  trust: [],
  league: ['liga', 'ligue', 'lega'],
  consortium: ['consorcio', 'consortio'],
  campaign: ['campana', 'campanha', 'campagne'],
  platform: ['plataforma', 'plateforme', 'piattaforma'],
  corporation: ['corporacion'],
  club: [],
  partnership: [],
  cooperative: ['cooperativa', 'cooperativo', 'kooperative', 'genossenschaft', 'cooperatie', 'kooperativ'],
};

for (const [canonical, variants] of Object.entries(ARABIC_TYPES)) (TYPE_WORDS[canonical] ??= []).push(...variants);

const TYPE_CANONICAL = new Map<string, string>();
for (const [canonical, variants] of Object.entries(TYPE_WORDS)) {
  TYPE_CANONICAL.set(canonical, canonical);
  for (const variant of variants) TYPE_CANONICAL.set(variant, canonical);
}

// Scope words: present in one name and absent from the other, they make two organisations.
const QUALIFIERS = new Set(['international', 'national', 'global', 'regional', 'local', 'world', 'european', 'african', 'asian', 'africa', 'asia']);

// Capitals written in names that are words, not the organisation's own acronym.
const NOT_ACRONYMS = new Set(['AIDS', 'HIV', 'HCV', 'NGO', 'NGOS', 'LGBT', 'LGBTI', 'LGBTQ', 'LGBTIQ', 'USA', 'WTO', 'FTA', 'ONG', 'SIDA', 'VIH', 'TB']);

// Words of the lexicon (any of seven languages) → one English concept; built once, stemmed as names are.
const CONCEPT = new Map<string, string>();
for (const [concept, words] of Object.entries(LEXICON)) {
  for (const w of [concept, ...words]) {
    if (!CONCEPT.has(w)) CONCEPT.set(w, concept);
    const stemmed = stem(w);
    if (!CONCEPT.has(stemmed)) CONCEPT.set(stemmed, concept);
  }
}

// A name's words are looked up as own keys only: "constructor" or "__proto__" is a word like any other.
const expansionOf = (token: string): string[] | undefined => (Object.hasOwn(EXPANSIONS, token) ? EXPANSIONS[token] : undefined);

// "Desarollo" for "Desarrollo": a long word one slip away from a lexicon word (two for 10+ letters).
// Five-letter words only by two letters swapped or one left out of a longer word ("Trdae", "Frieds"):
// a letter changed in a short word is another word too often ("Santa" is not "santé").
const slipOf = (token: string, word: string) =>
  (word.length === 5 && [...word].sort().join('') === [...token].sort().join('')) || (word.length === 6 && editDistance(word, token, 1) <= 1);

const rememberedNearConcept = memoised(100_000, (token: string) => findNearConcept(token));

function nearConcept(token: string): string | undefined {
  if (token.length < 5 || /\d/.test(token)) return undefined;
  return rememberedNearConcept(token);
}

let byLetter: Map<string, [string, string][]> | null = null;
/** The lexicon's words by first letter: a slip is looked for among words starting alike only. */
function conceptsByLetter(): Map<string, [string, string][]> {
  if (byLetter) return byLetter;
  byLetter = new Map();
  for (const [word, concept] of CONCEPT) {
    const list = byLetter.get(word[0]!) ?? [];
    list.push([word, concept]);
    byLetter.set(word[0]!, list);
  }
  return byLetter;
}

function findNearConcept(token: string): string | undefined {
  const max = token.length >= 10 ? 2 : 1;
  let found: string | undefined;
  for (const [word, concept] of conceptsByLetter().get(token[0]!) ?? []) {
    if (Math.abs(word.length - token.length) > max) continue;
    if (token.length === 5 ? slipOf(token, word) && editDistance(word, token, 1) <= 1 : word.length >= 6 && editDistance(word, token, max) <= max) {
      if (found !== undefined && found !== concept) return undefined; // ambiguous
      found = concept;
    }
  }
  return found;
}

/**
 * Content tokens (from nameTokens) written as the lexicon's concepts, with abbreviations
 * expanded and multi-word phrases joined: what names in two languages are compared on.
 */
export function conceptTokens(tokens: string[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    const expanded = expansionOf(t);
    if (expanded) {
      for (const e of expanded) out.push(TYPE_CANONICAL.get(e) ?? CONCEPT.get(e) ?? e);
      continue;
    }
    out.push(TYPE_CANONICAL.has(t) ? t : (CONCEPT.get(t) ?? nearConcept(t) ?? t));
  }
  for (const [phrase, replacement] of PHRASES) {
    for (let i = 0; i + phrase.length <= out.length; i++) {
      if (phrase.every((w, k) => out[i + k] === w)) out.splice(i, phrase.length, ...replacement);
    }
  }
  // "Union générale tunisienne du travail" is a labour union, as "Tunisian General Labour Union" is: the
  // work of a union is said by "union" ("trade union", "labour union" are joined the same way above).
  const work = out.indexOf('work');
  if (work !== -1 && out.includes('union') && out.filter((t) => t === 'work').length === 1) out.splice(work, 1);
  return out;
}

export type TokenClass = 'distinctive' | 'qualifier' | 'type';

export function tokenClass(token: string): TokenClass {
  if (TYPE_CANONICAL.has(token)) return 'type';
  if (QUALIFIERS.has(token)) return 'qualifier';
  return 'distinctive';
}

// Everyday words of names that the lexicon does not translate but that tell no organisation apart.
const GENERIC_WORDS = (
  'who use plus against contre contra lutte gegen now new our your all one without sans sin sem ohne together ' +
  'ensemble juntos united unidos unis care community communautaire comunidad comunidade comunita gemeinschaft ' +
  'social sociale help aid aide ayuda ajuda hilfe advocacy advocate living life open civil society west east ' +
  'western eastern northern southern central centrale middle'
).split(' ');
const COMMON_WORDS = new Set([
  ...Object.keys(LEXICON),
  ...Object.values(EXPANSIONS).flat(),
  ...PHRASES.flatMap(([, r]) => r),
  ...GENERIC_WORDS.map(stem),
]);

/**
 * A word that tells one organisation from another ("amnesty", "nixos", "ditshwanelo"): not a kind of
 * body, a scope word, a word of the lexicon (which every second name is made of: "human rights",
 * "drug policy", "harm reduction"), a place or a nationality. Takes a token as conceptTokens gives it.
 */
export const isRareToken = memoised(
  100_000,
  (token: string): boolean =>
    token.length >= 3 &&
    !/^\d+$/.test(token) &&
    tokenClass(token) === 'distinctive' &&
    !COMMON_WORDS.has(token) &&
    lookupLocation(token) === null &&
    nationalityCountry(token) === null,
);

const SPECIAL_LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/**
 * Case-fold, transliterate to Latin, strip accents and punctuation, and write
 * "&" as "and". Words are kept in order, separated by single spaces.
 */
export function foldText(text: string): string {
  let folded = transliterate(text.toLowerCase())
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(ARABIC_WORD, arabicWord)
    .replace(/[ßæœøłđðþı]/g, (c) => SPECIAL_LETTERS[c] ?? c);
  folded = folded
    .replace(/['’‘`´]s\b/g, '') // possessive: "New America's"
    .replace(/\b(?:l|d|qu|j|s|n|c|m|t|dell|all|nell|sull)['’‘`´](?=\p{L})/gu, '') // elision: "l’Abitibi"
    .replace(/['’‘`´]/g, '')
    .replace(/(^|[^\p{L}])((?:\p{L}{1,2}\.){2,})/gu, (_, before: string, dotted: string) => before + dotted.replace(/\./g, ''))
    .replace(/&/g, ' and ')
    .replace(/\+/g, ' plus ');
  return folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const ARABIC_WORD = /[\u0600-\u06FF]+/gu;

/**
 * An Arabic word as the lexicon writes it: no tatweel, "ة" as "ه", "ى" as "ي", and the article "ال"
 * with the prefixes "و" (and), "ب" / "ك" / "ف" before it, or "لل" (for the), left off: "للدفاع" → "دفاع",
 * "والحريات" → "حريات", "الإنسان" → "انسان".
 */
function arabicWord(word: string): string {
  let w = word.replace(/\u0640/g, '').replace(/ة/g, 'ه').replace(/ى/g, 'ي');
  if (/^[وبكف]ال/.test(w) && w.length > 5) w = w.slice(3);
  else if (/^لل/.test(w) && w.length > 4) w = w.slice(2);
  else if (/^ال/.test(w) && w.length > 3) w = w.slice(2);
  // "لحقوق" (for rights), "وحقوق" (and rights): a one-letter prefix before a word of the lexicon.
  else if (/^[لوب]/.test(w) && w.length > 3 && (CONCEPT.has(w.slice(1)) || TYPE_CANONICAL.has(w.slice(1)))) w = w.slice(1);
  return w;
}

export function stem(token: string): string {
  if (/\d/.test(token) || token.length <= 4) return token;
  if (token.endsWith('ies')) return token.slice(0, -3) + 'y';
  // Romance plurals of -ción / -ção / -zione: "organizaciones", "organizacoes", "organizzazioni".
  if (token.endsWith('ciones')) return token.slice(0, -2);
  if (token.endsWith('coes')) return token.slice(0, -3) + 'ao';
  if (token.endsWith('zioni')) return token.slice(0, -1) + 'e';
  if (token.endsWith('s') && !token.endsWith('ss')) return token.slice(0, -1);
  return token;
}

const FRENCH_ARTICLES = new Set(['la', 'le', 'les', 'l', 'des', 'un', 'une']);

/** Content words of a name: folded, stop words and legal forms removed, kinds of body in one language, light stemming. */
export function nameTokens(text: string): string[] {
  const words = foldText(text).split(' ').filter(Boolean);
  // French "sur la …" is "on the …"; Spanish "Sur" (Jubileo Sur) is the south.
  // Spanish "frente al cambio climático" is "against climate change"; "Frente" alone is a front.
  const content = words
    .map((w, i) => (w === 'frente' && (words[i + 1] === 'al' || words[i + 1] === 'a') ? 'contra' : w))
    .filter((w, i) => !STOPWORDS.has(w) && !(w === 'sur' && FRENCH_ARTICLES.has(words[i + 1] ?? '')));
  const withoutLegal = content.filter((w) => !LEGAL_FORMS.has(w));
  const kept = withoutLegal.length > 0 ? withoutLegal : content;
  // A word of the lexicon is not a slip for a kind of body ("contre" is "against", not "centre").
  const lexical = (w: string) => CONCEPT.has(w) || CONCEPT.has(stem(w));
  return kept.map((w) => TYPE_CANONICAL.get(w) ?? TYPE_CANONICAL.get(stem(w)) ?? (lexical(w) ? undefined : nearType(w)) ?? stem(w));
}

/** "Foundatoin", "Netwrk", "Cntre": a kind of body with one slip (two swapped letters, one left out or changed). */
function nearType(word: string): string | undefined {
  if (word.length < 5 || /\d/.test(word)) return undefined;
  return rememberedNearType(word) ?? undefined;
}

const rememberedNearType = memoised(50_000, (word: string): string | null => {
  let found: string | null = null;
  for (const [variant, canonical] of TYPE_CANONICAL) {
    if (variant.length < 6 || variant[0] !== word[0] || Math.abs(variant.length - word.length) > 1) continue;
    const slip = word.length === 5 ? variant.length === 6 && editDistance(variant, word, 1) <= 1 : editDistance(variant, word, 1) <= 1;
    if (!slip) continue;
    if (found !== null && found !== canonical) {
      found = null;
      break;
    }
    found = canonical;
  }
  return found;
});

/**
 * "Foun.", "Netw.", "Inte.", "Fédé.": a word cut short with a full stop, written out when it starts
 * only one kind of body or one concept of the lexicon (in any of its languages).
 */
function expandDotted(text: string): string {
  return text.replace(/(^|[^\p{L}])(\p{L}{3,6})\.(?!\p{L})/gu, (whole, before: string, word: string) => {
    const start = foldText(word);
    if (STOPWORDS.has(start) || LEGAL_FORMS.has(start) || EXPANSIONS[start]) return whole;
    const meanings = new Set<string>();
    let example = '';
    for (const [variant, canonical] of TYPE_CANONICAL) if (variant.startsWith(start) && variant.length > start.length + 1) (meanings.add(`t:${canonical}`), (example = variant));
    for (const [variant, concept] of CONCEPT) if (variant.startsWith(start) && variant.length > start.length + 1) (meanings.add(`c:${concept}`), (example ||= variant));
    return meanings.size === 1 ? `${before}${example} ` : whole;
  });
}

/** The comparison key stored beside a name: equal keys mean the same name once spelling noise is removed. */
export function normaliseName(name: string): string {
  return nameTokens(stripWebSuffix(name)).join(' ');
}

function stripWebSuffix(name: string): string {
  // "InternetBolivia.org", "SumOfUs.org": the domain ending is not part of the name.
  return name.replace(/(\p{L})\.(?:org|com|net|info|works|io|ie|eu)\b/giu, '$1');
}

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
function joinedScripts(text: string): string {
  if (!/\p{Script=Latin}/u.test(text) || !/[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}\p{Script=Cyrillic}\p{Script=Greek}]/u.test(text)) return text;
  const other = (w: string) => /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}\p{Script=Cyrillic}\p{Script=Greek}]/u.test(w);
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
    // "Articulação dos Povos Indígenas do Brasil (Apib)": a word in brackets spelling the words before it is their acronym.
    if (/^\p{Lu}\p{Ll}{2,7}$/u.test(content) && acronymSpells(content, contentWords(whole.slice(0, at)), 1)) {
      acronyms.add(acronymKey(content));
      return ' ';
    }
    const parts = content.split(/\s*,\s*/);
    const places = parts.map((p) => lookupLocation(p));
    if (places.every(Boolean)) {
      // "(Mali, Côte d'Ivoire, Guadeloupe, Niger)": several places are a region of work, not one country.
      location ??= parts.length === 1 ? { ...places[0]!, text: content } : { iso: null, kind: 'region', text: content };
      return ' ';
    }
    const [first, ...rest] = content.split(/[\s,]+/);
    // "(Cedarena, Costa Rica)": a word spelling the words before it, then the country.
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
  const acronymOnly = slashed ? acronymKey(slashed[0]!) : words.length === 1 && isAcronymLike(words[0]!) ? acronymKey(words[0]!) : null;
  if (acronymOnly) acronyms.add(acronymOnly);
  for (const x of slashed ?? []) acronyms.add(acronymKey(x));
  const coreWords = core.split(/\s+/).filter(Boolean);
  // "Sobrevivencia / Friends of the Earth Paraguay": the country ending the last part is the name's place, not part of it.
  const placeTokens = location ? conceptTokens(nameTokens(location.text)) : [];
  const withoutPlace = (seg: string[]) =>
    placeTokens.length && seg.length > placeTokens.length && placeTokens.every((t, k) => seg[seg.length - placeTokens.length + k] === t)
      ? seg.slice(0, seg.length - placeTokens.length)
      : seg;
  const segments = [...segmentTexts.map((s) => withoutPlace(conceptTokens(nameTokens(s)))), ...expansions.map((e) => conceptTokens(nameTokens(e)))].filter(
    (s) => s.length > 0,
  );
  const rawWords = foldText(core)
    .split(' ')
    .filter((w) => w && !STOPWORDS.has(w) && !LEGAL_FORMS.has(w));
  const initials = new Set([...initialsOf(plain), ...initialsOf(rawWords)]);
  // "OSM" for "OpenStreetMap": the capitals of a word written in camel case spell its parts.
  const camel = core.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
  if (camel !== core) for (const x of initialsOf(foldText(camel).split(' ').filter((w) => w && !STOPWORDS.has(w) && !LEGAL_FORMS.has(w)))) if (x.length >= 3) initials.add(x);
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

/** First letters of every word, stop words included ("TOfAD": Tanzania Organization for Agricultural Development). */
function contentWords(text: string): string[] {
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

/** Acronyms written in a name, in capitals. */
export function extractAcronyms(name: string): string[] {
  return analyseName(name).acronyms;
}
