/**
 * Normalising organisation names so that the same organisation written
 * differently (case, accents, punctuation, "&"/"and", articles, legal forms,
 * Cyrillic or Greek script, an acronym or a country added) compares equal,
 * while the words that tell organisations apart are kept. What a whole name says (its place,
 * acronyms, parts) is read in name-analysis.ts; names are compared in similarity.ts.
 */
import { editDistance, lookupLocation, nationalityCountry } from './countries.ts';
import { EXPANSIONS, LEXICON, PHRASES } from './lexicon.ts';
import { ARABIC_TYPES } from './lexicon-arabic.ts';
import { MORE_TYPES } from './lexicon-more.ts';
import { transliterate } from './transliterate.ts';
import { memoised } from '../shared/memo.ts';

export const STOPWORDS = new Set(
  (
    'the a an of for and in on at to by with from de del della dei degli delle des du d la le les l el los las lo ' +
    'y e et und fur pour para por da do dos das di en au aux van von der die den het og och i o al il s ' +
    // Round 4: "sobre" (on), "que"/"qui"/"who" (people who use drugs), "con"/"com"/"avec"/"mit" (with), Russian "po"/"dlya"/"na".
    'sobre que qui who con com avec mit po dlya na ' +
    // Round 5: Italian articles joined to prepositions ("Consiglio Europeo sui Rifugiati e gli Esiliati").
    'sui gli ai agli alle nei negli nelle dai dal dalla sulla col ' +
    // Round 5 (lexicon-more.ts): for / and / with / of / in in Czech, Polish, Dutch, Nordic, Greek, Indonesian, Turkish, Romanian, Hungarian, Catalan.
    'pro dla za oraz voor een op af til gia tous tis tou kai untuk bagi dan dari yang dengan dalam ke pada ve icin ile pentru si din ale amb els dels per es z w v u ' +
    // Arabic "and", "in", "of/from", "about", "on", "to" (as foldText writes them).
    'و في من عن علي الي ل ب'
  ).split(' '),
);

// Legal-form words say how an organisation is registered, not which one it is.
export const LEGAL_FORMS = new Set(
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
  group: ['grupo', 'groupe', 'gruppo', 'gruppe', 'grupa', 'gruppa', 'hrupa'],
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
for (const [canonical, variants] of Object.entries(MORE_TYPES)) (TYPE_WORDS[canonical] ??= []).push(...variants);

export const TYPE_CANONICAL = new Map<string, string>();
for (const [canonical, variants] of Object.entries(TYPE_WORDS)) {
  TYPE_CANONICAL.set(canonical, canonical);
  for (const variant of variants) TYPE_CANONICAL.set(variant, canonical);
}

// Scope words: present in one name and absent from the other, they make two organisations.
const QUALIFIERS = new Set(['international', 'national', 'global', 'regional', 'local', 'world', 'european', 'african', 'asian', 'africa', 'asia']);

// Capitals written in names that are words, not the organisation's own acronym.
export const NOT_ACRONYMS = new Set(['AIDS', 'HIV', 'HCV', 'NGO', 'NGOS', 'LGBT', 'LGBTI', 'LGBTQ', 'LGBTIQ', 'USA', 'WTO', 'FTA', 'ONG', 'SIDA', 'VIH', 'TB']);

// Words of the lexicon (any of seven languages) → one English concept; built once, stemmed as names are.
export const CONCEPT = new Map<string, string>();
for (const [concept, words] of Object.entries(LEXICON)) {
  for (const w of [concept, ...words]) {
    if (!CONCEPT.has(w)) CONCEPT.set(w, concept);
    const stemmed = stem(w);
    if (!CONCEPT.has(stemmed)) CONCEPT.set(stemmed, concept);
  }
}

// A name's words are looked up as own keys only: "constructor" or "__proto__" is a word like any other.
export const expansionOf = (token: string): string[] | undefined => (Object.hasOwn(EXPANSIONS, token) ? EXPANSIONS[token] : undefined);

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
    // Two slips only after the same first three letters ("Delicuencia" is no "deficiencia", round 5).
    const near = max === 2 && word.slice(0, 3) !== token.slice(0, 3) ? 1 : max;
    if (token.length === 5 ? slipOf(token, word) && editDistance(word, token, 1) <= 1 : word.length >= 6 && editDistance(word, token, near) <= near) {
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

/**
 * A compound of two lexicon words, as German, Dutch and the Nordic languages write them ("Flüchtlingshilfe":
 * refugee aid, "Kinderrechte": child rights, "Forbrukerrådet": consumer council), with a linking "s", "en"
 * or "e" let go; null for any other word. Used by the "worth a look" comparison only (round 5).
 */
export const compoundParts = memoised(100_000, (token: string): string[] | null => {
  if (token.length < 8 || CONCEPT.has(token) || TYPE_CANONICAL.has(token) || /\d/.test(token)) return null;
  const known = (w: string) => (w.length < 3 ? undefined : (TYPE_CANONICAL.get(w) ?? CONCEPT.get(w) ?? TYPE_CANONICAL.get(stem(w)) ?? CONCEPT.get(stem(w))));
  for (let i = token.length - 3; i >= 4; i--) {
    const right = known(token.slice(i)) ?? known(token.slice(i).replace(/(?:et|en|a)$/, ''));
    if (!right) continue;
    const head = token.slice(0, i);
    const left = known(head) ?? known(head.replace(/(?:s|en|e|n)$/, ''));
    if (left) return [left, right];
  }
  return null;
});

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
    // A legal form in spaced initials at the end: "e. V.", "z. s.", "a. s. b. l." (round 5).
    .replace(/(^|\s)((?:\p{L}\.\s+)+\p{L}\.?)\s*$/u, (_, before: string, spaced: string) => before + spaced.replace(/[.\s]/g, ''))
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
  // French plurals in -aux of words in -al: "nationaux", "sociaux", "régionaux" (round 5).
  if (token.length >= 6 && token.endsWith('aux') && !token.endsWith('eaux')) return token.slice(0, -3) + 'al';
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
export function expandDotted(text: string): string {
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

export function stripWebSuffix(name: string): string {
  // "InternetBolivia.org", "SumOfUs.org": the domain ending is not part of the name.
  return name.replace(/(\p{L})\.(?:org|com|net|info|works|io|ie|eu)\b/giu, '$1');
}
