/**
 * Whether two signatories are the same organisation. Rules, not a learned
 * model: each "same" comes with a reason a coordinator can check before
 * merging, and each rule that keeps two names apart names the difference.
 */
import { countryCode, editDistance, lookupLocation, nationalityCountry } from './countries.ts';
import { organisationEmailDomain, organisationWebsiteDomain } from './domains.ts';
import { acronymSpells, analyseName, conceptTokens, isRareToken, nameTokens, tokenClass, type NameAnalysis } from './normalise.ts';
import { NON_LATIN } from './transliterate.ts';
import { memoised } from '../shared/memo.ts';

export interface OrgFacts {
  name: string;
  /** ISO code or a country name as written. */
  country?: string | null;
  website?: string | null;
  /** Domain of the contact e-mail, or the address itself. */
  emailDomain?: string | null;
}

/**
 * How sure a flag is: "likely" the same organisation (merged with one click), or "possible" —
 * worth a look by a person (a chapter or the organisation itself, a translation, a loose acronym).
 */
export const DUPLICATE_LEVELS = ['likely', 'possible'] as const;
export type DuplicateLevel = (typeof DUPLICATE_LEVELS)[number];

export interface Comparison {
  /** 0..1; pairs at or above 0.8 are treated as the same organisation. */
  score: number;
  /** The same organisation with high confidence: level "likely". */
  same: boolean;
  /** "likely", "possible", or null when the pair is not worth showing. */
  level: DuplicateLevel | null;
  reason: string;
  /**
   * Set when the names are the same but a place is written into one of them only ("X" / "X, Canada"),
   * which the rules leave to a person: the place, and whether it follows a comma, dash or bracket.
   */
  placeQuestion?: { place: string; separated: boolean };
}

interface NameResult {
  score: number;
  same: boolean;
  reason: string;
  /** Not the same by the strict rules, but worth a person's look. */
  possible?: boolean;
  /** A country written as a word that only one name has ("ATTAC Hungary Association"). */
  addedCountry?: string | undefined;
  /** The names share only common words ("Harm Reduction") and differ by a kind of body. */
  generic?: boolean;
  /** The names are equal including any location, so a location cannot tell them apart. */
  wholeNameEqual?: boolean;
}

const levelOf = (r: NameResult): DuplicateLevel | null => (r.same ? 'likely' : r.possible ? 'possible' : null);

const WEIGHT = { distinctive: 1, qualifier: 0.6, type: 0.3 } as const;

/**
 * "INPUD" for "International Network of People Who Use Drugs": acronyms skip
 * a word now and then. Accept an acronym of four letters or more that starts
 * with the first word and takes its other letters, in order, from the
 * initials of all but at most one of the words.
 */
function acronymSkipsAWord(acronym: string, wordInitials: string): boolean {
  if (acronym.length < 4 || wordInitials.length - acronym.length > 1 || acronym.length > wordInitials.length) return false;
  if (acronym[0] !== wordInitials[0]) return false;
  let i = 0;
  for (const letter of wordInitials) if (letter === acronym[i]) i++;
  return i === acronym.length;
}

/**
 * Consonants only, doubled letters once: what survives when a Latin name is spelt in Cyrillic
 * or Greek by ear ("Легалайз" legalayz / "Legalize" → lglz; "Плюс" plyus / "Plus" → pl). A final s
 * is dropped first because the stemmer keeps it on some words and not on others.
 */
const consonantSkeleton = (t: string) => t.replace(/s$/, '').replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');

function tokensMatch(a: string, b: string, allowTypo: boolean, crossScript = false): boolean {
  if (a === b) return true;
  if (crossScript && a[0] === b[0]) {
    // Two consonants are enough only inside a longer name ("СВОН Плюс"); alone, "Мир" is not "Mary".
    const sa = consonantSkeleton(a);
    if (sa.length >= (allowTypo ? 2 : 4) && sa === consonantSkeleton(b)) return true;
  }
  // "Tunisian" / "Tunisienne": one nationality in two languages. "Articulação" / "Articulation": one word, two endings.
  // "Fondo Mundial" is the Global Fund: "world" and "global" translate each other.
  if ((a === 'global' && b === 'world') || (a === 'world' && b === 'global')) return true;
  // Both only for words that start alike (three letters: "Brazil"/"Brasil"; four for endings), which keeps the look-up fast.
  if (a.length >= 5 && b.length >= 5 && a[0] === b[0] && a[1] === b[1] && a[2] === b[2]) {
    const nation = countryWord(a);
    if (nation !== null && nation === countryWord(b)) return true;
    if (a[3] === b[3] && a.length >= 6 && b.length >= 6 && cognateKeyOf(a) === cognateKeyOf(b)) return true;
  }
  if (!allowTypo || /\d/.test(a + b)) return false;
  const longest = Math.max(a.length, b.length);
  if (longest < 5) return false;
  return editDistance(a, b, longest >= 10 ? 2 : 1) <= (longest >= 10 ? 2 : 1);
}

// Endings that say the same in the lexicon's languages (folded): -ção/-ción/-zione/-tion, -ique/-ico/-ic, -ité/-idad/-ity…
const COGNATE_ENDINGS: [RegExp, string][] = [
  [/(?:cao|cion|zione|tsiya|tsii|tion)$/, 'tion'],
  [/(?:ique|ico|ica|isch|ische|ic)$/, 'ic'],
  [/(?:aire|ario|aria|ary)$/, 'ary'],
  [/(?:ite|idad|idade|ita|ity)$/, 'ity'],
  [/(?:isme|ismo|ism)$/, 'ism'],
  [/(?:iste|ista|ist)$/, 'ist'],
  [/(?:encia|ence|enza|enz)$/, 'ence'],
  [/(?:ancia|ance|anza)$/, 'ance'],
];

/** The country a word names, as a nationality ("Tunisienne") or as the country itself ("Argentina"). */
const countryWord = memoised(50_000, (w: string): string | null => {
  const place = lookupLocation(w);
  return nationalityCountry(w) ?? (place?.kind === 'country' ? place.iso : null);
});

const cognateKeyOf = memoised(50_000, (w: string) => cognateKey(w));

/** A word with its ending written the English way, for comparing cognates ("coordinacion" → "coordination"). */
export function cognateKey(word: string): string {
  if (word.length < 6) return word;
  for (const [ending, english] of COGNATE_ENDINGS) if (ending.test(word)) return word.replace(ending, english);
  return word;
}

interface Alignment {
  matchedWeight: number;
  totalWeight: number;
  unmatchedA: string[];
  unmatchedB: string[];
  typos: number;
}

function align(a: string[], b: string[], crossScript = false): Alignment {
  // A typo is only believable inside a longer name or word; "Karisma" vs "Charisma" are two names.
  const allowTypo = Math.min(a.length, b.length) >= 2 || Math.min(...a.map((t) => t.length), ...b.map((t) => t.length)) >= 8;
  const usedB = new Set<number>();
  const unmatchedA: string[] = [];
  let matchedWeight = 0;
  let typos = 0;
  for (const token of a) {
    let found = b.findIndex((other, j) => !usedB.has(j) && other === token);
    if (found === -1) found = b.findIndex((other, j) => !usedB.has(j) && tokensMatch(token, other, allowTypo, crossScript));
    if (found === -1) {
      unmatchedA.push(token);
      continue;
    }
    if (b[found] !== token) typos++;
    usedB.add(found);
    matchedWeight += WEIGHT[tokenClass(token)];
  }
  const unmatchedB = b.filter((_, j) => !usedB.has(j));
  const weigh = (ts: string[]) => ts.reduce((sum, t) => sum + WEIGHT[tokenClass(t)], 0);
  return { matchedWeight, totalWeight: (weigh(a) + weigh(b)) / 2, unmatchedA, unmatchedB, typos };
}

const sharedPrefix = (x: string, y: string) => {
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return i;
};
/** The words (not kinds of body) both names have, each counted as often as both have it. */
const sharedWordList = (a: string[], b: string[]) => {
  const rest = [...b];
  const out: string[] = [];
  for (const t of a) {
    const j = rest.indexOf(t);
    if (j !== -1 && tokenClass(t) !== 'type') {
      out.push(t);
      rest.splice(j, 1);
    }
  }
  return out;
};
const sharedDistinctive = (a: string[], b: string[]) => sharedWordList(a, b).length;
const sameMultiset = (a: string[], b: string[]) => a.length > 0 && a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ');
const hasWord = (ts: string[]) => ts.some((t) => tokenClass(t) !== 'type');

// Words that name a branch of a body rather than the body ("Young Friends of the Earth", "… Women's Network").
const BRANCH_WORDS = new Set(['youth', 'woman', 'student', 'child', 'worker', 'girl', 'men', 'elder', 'section', 'chapter', 'branch', 'office', 'secretariat']);

function compareTokens(a: string[], b: string[], crossScript = false, coined: ReadonlySet<string> = new Set()): NameResult {
  if (!hasWord(a) || !hasWord(b)) return { score: 0, same: false, reason: 'no distinctive words to compare' };
  if (sameMultiset(a, b)) return { score: 0.97, same: true, reason: 'same words in another order or form' };
  const { matchedWeight, totalWeight, unmatchedA, unmatchedB, typos } = align(a, b, crossScript);
  const dice = totalWeight ? matchedWeight / totalWeight : 0;
  const wordsA = unmatchedA.filter((t) => tokenClass(t) !== 'type');
  const wordsB = unmatchedB.filter((t) => tokenClass(t) !== 'type');
  const sharedWords = Math.min(a.length - unmatchedA.length, b.length - unmatchedB.length);
  if (wordsA.length && wordsB.length) {
    // Most of a long name shared and the words that differ look alike: a typo too far ("Mayo"/"May",
    // "Dialog"/"Dialogue"). Unlike words ("Asian"/"European Network of People who Use Drugs") are other bodies.
    const alike = (x: string, ys: string[]) => ys.some((y) => sharedPrefix(x, y) >= 3 || editDistance(x, y, 2) <= 2);
    const possible =
      dice >= 0.72 && wordsA.length + wordsB.length <= 3 && sharedWords >= 2 && wordsA.every((x) => alike(x, wordsB)) && wordsB.every((y) => alike(y, wordsA));
    return { score: 0.75 * dice, same: false, possible, reason: `different words: "${wordsA.join(' ')}" vs "${wordsB.join(' ')}"` };
  }
  if (wordsA.length || wordsB.length) {
    // "Free Press" / "Free Press Unlimited", "Friends of the Earth Europe" / "Young Friends…": a person should look.
    // "Amnesty International Sénégal" / "Amnesty Sénégal", "GNU/Linux València" / "Associació d'Usuaris de GNU/Linux
    // de València": a word or two more is often the same body written in full; a person decides.
    const added = wordsA.length + wordsB.length;
    const shared = sharedDistinctive(a, b);
    // With one word in common, only a scope word may be added ("Amnesty" / "Amnesty International"), not
    // another name ("Code" / "Code Lutin").
    const onlyScope = [...wordsA, ...wordsB].every((w) => tokenClass(w) === 'qualifier');
    // The words in common must include one that tells organisations apart: "Harm Reduction" or "Human
    // Rights" in common is what half a coalition's names say (round 3: the seed list had 99 such flags).
    const sharedRare = sharedWordList(a, b).filter(isRareToken).length;
    // A word dropped from a name of common words ("Indonesia for [Global] Justice") is still worth a look
    // when the word is not a place or a scope and both names are the same kind of body.
    const sameKind = unmatchedA.every((t) => tokenClass(t) !== 'type') && unmatchedB.every((t) => tokenClass(t) !== 'type');
    const dropped = [...wordsA, ...wordsB];
    // Round 4: one common word more in a long name, all else the same ("Coordination of the Indigenous
    // [People] Organizations from the Brazilian Amazon", "Ligue burundaise de [Défense des] Droits de l'Homme
    // Iteka") is that name written in full — unless the word names a place, a scope or a branch (youth, women).
    const shorter = Math.min(a.length, b.length);
    if (added === 1 && shorter >= 5 && sameKind && unmatchedA.length + unmatchedB.length === 1 && !isRareToken(dropped[0]!) && !placeLike(dropped[0]!) && !BRANCH_WORDS.has(dropped[0]!) && sharedRare >= 1) {
      return { score: 0.82, same: true, reason: `same long name apart from the common word "${dropped[0]}"` };
    }
    const possible =
      (dice >= 0.6 && added === 1 && shared >= 3) ||
      (dice >= 0.45 && added <= 2 && sharedRare >= 1 && shared >= Math.max(1, added) && (shared >= 2 || onlyScope)) ||
      (dice >= 0.6 && added === 1 && shared >= 2 && sameKind && !dropped.some(placeLike));
    // A country written as a word inside the name ("ATTAC Hungary Association", "Kenyan …"): weighed with the other's country.
    const countryOf = (w: string) => (lookupLocation(w)?.kind === 'country' ? lookupLocation(w)!.iso : null) ?? nationalityCountry(w);
    const addedCountry = [...wordsA, ...wordsB].map(countryOf).find((iso) => iso !== null) ?? undefined;
    return { score: 0.8 * dice, same: false, possible, addedCountry, reason: `one name adds "${[...wordsA, ...wordsB].join(' ')}"` };
  }
  if (unmatchedA.length && unmatchedB.length) {
    return { score: 0.7 * dice, same: false, reason: `different kinds of body: "${unmatchedA.join(' ')}" vs "${unmatchedB.join(' ')}"` };
  }
  if (unmatchedA.length || unmatchedB.length) {
    const extra = [...unmatchedA, ...unmatchedB];
    // "Fundación Karisma" is often shortened to "Karisma", but "Liberty
    // Coalition" is not "Liberty": with one word left, only a kind of body
    // written first (the Romance-language order) is dropped in short forms.
    const longer = unmatchedA.length ? a : b;
    const distinctive = longer.filter((t) => tokenClass(t) !== 'type').length;
    // A coined one-word name ("NixOS", "OW2") with a kind of body is that body, not a namesake.
    const coinedName = longer.some((t) => tokenClass(t) !== 'type' && coined.has(t));
    if (distinctive === 1 && coinedName) return { score: 0.84, same: true, reason: `same coined name apart from "${extra.join(' ')}"` };
    if (distinctive === 1 && !extra.every((t) => longer.indexOf(t) === 0)) {
      return { score: 0.78, same: false, possible: true, reason: `one name adds "${extra.join(' ')}" to a one-word name` };
    }
    // "Harm Reduction Coalition" / "Harm Reduction Australia": two common words and a kind of body are
    // not a name; a person may look, unless a place on one side says they are two bodies.
    const sharedWords = sharedWordList(a, b);
    if (sharedWords.length <= 2 && !sharedWords.some(isRareToken)) {
      return { score: 0.74, same: false, possible: true, generic: true, reason: `same common words apart from "${extra.join(' ')}"` };
    }
    return { score: 0.85, same: true, reason: `same name apart from "${extra.join(' ')}"` };
  }
  return { score: 0.9, same: true, reason: typos ? (crossScript ? 'same name in another script' : 'same name apart from a typo') : 'same name' };
}

function compareAcronyms(a: NameAnalysis, b: NameAnalysis): NameResult | null {
  for (const [short, long] of [
    [a, b],
    [b, a],
  ] as const) {
    if (!short.acronymOnly) continue;
    // "ACAT-Togo" / "… (ACAT-TOGO)": the acronym with its country, written in the other name.
    if (long.acronyms.includes(short.acronymOnly) || short.acronyms.some((x) => x.length >= 5 && long.acronyms.includes(x))) {
      return { score: 0.92, same: true, reason: `"${short.acronymOnly}" is the acronym written in the other name` };
    }
    if (
      short.acronymOnly.length >= 3 &&
      (long.tokens.length >= 3 || long.coined.length > 0 || long.placeInitials.includes(short.acronymOnly)) &&
      (long.initials.includes(short.acronymOnly) || (short.acronymOnly.length >= 4 && long.placeInitials.includes(short.acronymOnly)))
    ) {
      return { score: 0.85, same: true, reason: `"${short.acronymOnly}" is the initials of the other name` };
    }
    if (acronymSkipsAWord(short.acronymOnly, long.wordInitials)) {
      return { score: 0.82, same: true, reason: `"${short.acronymOnly}" is the initials of the other name, skipping a word` };
    }
  }
  // "Lsdh" for "Ligue Sénégalaise des Droits Humains", "DHSF Tchad": an acronym written in lower case,
  // as one word, spelling the other name's initials.
  for (const [short, long] of [
    [a, b],
    [b, a],
  ] as const) {
    const x = short.shortForm;
    if (!x || x.length < 3 || short.tokens.length !== 1 || (long.tokens.length < 3 && !long.coined.length) || long.acronyms.length > 0) continue;
    if (long.initials.includes(x)) return { score: 0.82, same: true, reason: `"${short.original}" is the initials of the other name` };
  }
  // "Attac" of "Attac Norway" written in capitals inside the other name's brackets.
  for (const [short, long] of [
    [a, b],
    [b, a],
  ] as const) {
    if (short.shortForm && long.acronyms.includes(short.shortForm) && !long.shortForm) {
      return { score: 0.88, same: true, reason: `"${short.shortForm}" is the acronym written in the other name` };
    }
  }
  const shared = a.acronyms.filter((x) => b.acronyms.includes(x));
  const overlap = align(a.tokens, b.tokens);
  const similar = overlap.totalWeight > 0 && overlap.matchedWeight / overlap.totalWeight >= 0.5;
  if (shared.length && similar) {
    return { score: 0.9, same: true, reason: `same acronym "${shared[0]}" and similar names` };
  }
  for (const [withAcronym, other] of [
    [a, b],
    [b, a],
  ] as const) {
    // With the country too ("Federasi Serikat Petani Indonesia" / "… Indonesia (FSPI)") when both names say it.
    const placeWords = other.location ? conceptTokens(nameTokens(other.location.text)) : [];
    const saysPlace = placeWords.length > 0 && placeWords.every((t) => withAcronym.tokens.includes(t));
    const spelled = withAcronym.acronyms.find((x) => x.length >= 3 && (other.initials.includes(x) || (saysPlace && other.placeInitials.includes(x))));
    if (spelled && other.tokens.length >= 3 && overlap.matchedWeight > 0) {
      return { score: 0.88, same: true, reason: `the acronym "${spelled}" spells the other name's initials` };
    }
  }
  // Tolerant, both ways: worth a look, not a merge.
  if (shared.length && shared[0]!.length >= 3 && !COMMON_ACRONYMS.has(shared[0]!)) {
    return { score: 0.72, same: false, possible: true, reason: `same acronym "${shared[0]}", but the names differ` };
  }
  for (const [short, long] of [
    [a, b],
    [b, a],
  ] as const) {
    const x = short.acronymOnly;
    if (!x || x.length < 3) continue;
    // "IUF" for "International Union of Food, Agricultural, Hotel…": the first initials of a long name.
    if (long.initials.some((i) => i.length >= 5 && i.startsWith(x))) {
      return { score: 0.7, same: false, possible: true, reason: `"${x}" is the first initials of the other name` };
    }
    // "OKFN" for "Open Knowledge Foundation": the initials and one letter more.
    if (long.initials.some((i) => i.length >= 3 && x.length === i.length + 1 && x.startsWith(i))) {
      return { score: 0.7, same: false, possible: true, reason: `"${x}" starts with the initials of the other name` };
    }
    // "PAPDA" for "Plateforme Haïtienne de Plaidoyer pour un Développement Alternatif": initials with two words skipped.
    if (x.length >= 4 && x[0] === long.wordInitials[0] && long.wordInitials.length - x.length <= 2 && isSubsequence(x, long.wordInitials)) {
      return { score: 0.7, same: false, possible: true, reason: `"${x}" is the initials of the other name, skipping words` };
    }
  }
  return null;
}

/**
 * "CCC Aachen" / "Chaos Computer Club Aachen e.V.": an acronym in capitals standing for a run of the
 * other name's words, every other word the same.
 */
function compareAcronymInside(a: NameAnalysis, b: NameAnalysis): NameResult | null {
  for (const [withAcronym, other] of [
    [a, b],
    [b, a],
  ] as const) {
    if (withAcronym.tokens.length < 2) continue;
    for (const [k, t] of withAcronym.tokens.entries()) {
      if (t.length < 2 || t.length > 6 || other.tokens.includes(t)) continue;
      if (!new RegExp(`(^|[^\\p{L}])${t.toUpperCase()}($|[^\\p{L}])`, 'u').test(withAcronym.original)) continue;
      const rest = withAcronym.tokens.filter((_, j) => j !== k);
      for (let start = 0; start + t.length <= other.tokens.length; start++) {
        const run = other.tokens.slice(start, start + t.length);
        if (run.map((w) => w[0]).join('') !== t) continue;
        const otherRest = [...other.tokens.slice(0, start), ...other.tokens.slice(start + t.length)];
        if (sameMultiset(rest, otherRest)) {
          return { score: 0.84, same: true, reason: `"${t.toUpperCase()}" stands for "${run.join(' ')}" and the other words are the same` };
        }
      }
    }
  }
  return null;
}

/** Capitals that are words, not an organisation's acronym. */
export const COMMON_ACRONYMS = new Set(['AIDS', 'HIV', 'HCV', 'NGO', 'NGOS', 'LGBT', 'LGBTI', 'LGBTQ', 'LGBTIQ', 'USA', 'WTO', 'FTA', 'ONG', 'SIDA', 'VIH', 'FOE', 'INC']);

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const letter of long) if (letter === short[i]) i++;
  return i === short.length;
}

function compareSegments(a: NameAnalysis, b: NameAnalysis): NameResult | null {
  const crossScript = NON_LATIN.test(a.original) !== NON_LATIN.test(b.original);
  for (const [parts, whole] of [
    [a.segments, b.tokens],
    [b.segments, a.tokens],
  ] as const) {
    if (!hasWord(whole)) continue;
    // "Human Rights Movement: Bir Duino-Kyrgyzstan" / "Бир Дуйно Кыргызстан": a part written in the other script.
    const heard = crossScript ? parts.find((segment) => segment.length >= 2 && segment.some(isRareToken) && compareTokens(segment, whole, true).same) : undefined;
    if (heard) return { score: 0.85, same: true, reason: 'one name is part of the other, written in another script' };
    // Exactly, or word for word in another language ("Union générale tunisienne du travail" / "Tunisian General Labour Union").
    const part = parts.find((segment) => sameMultiset(segment, whole) || wordForWord(segment, whole));
    // "Conselho Indigenista Missionário – Amazônia Ocidental": the other part is a region, so perhaps a regional office.
    const region = part && parts.find((x) => x !== part && x.length > 0 && x.every(placeLike));
    if (region) return { score: 0.75, same: false, possible: true, reason: `one name is part of the other, which adds the region "${region.join(' ')}"` };
    if (part) {
      return { score: 0.9, same: true, reason: 'one name is part of the other (before or after a dash, colon, slash or in brackets)' };
    }
  }
  for (const segA of a.segments) {
    for (const segB of b.segments) {
      if (!hasWord(segA) || !sameMultiset(segA, segB)) continue;
      // "IGTN - Asia" and "IGTN - Secretariat, Washington, DC": the same network, other parts of it.
      const restA = a.segments.filter((x) => x !== segA && !sameMultiset(x, segA));
      const restB = b.segments.filter((x) => x !== segB && !sameMultiset(x, segB));
      // "CENSAT" and "CENSAT Agua Viva" beside the same expansion: one other part inside the other is no difference.
      const inside = (x: string[], y: string[]) => x.some(isRareToken) && x.every((t) => y.includes(t));
      if (restA.length && restB.length && !restA.some((x) => restB.some((y) => sameMultiset(x, y) || inside(x, y) || inside(y, x)))) {
        return { score: 0.75, same: false, possible: true, reason: 'both names share a full part, but their other parts differ' };
      }
      return { score: 0.88, same: true, reason: 'both names share a full part' };
    }
  }
  for (const [parts, whole] of [
    [a.segments, b.tokens],
    [b.segments, a.tokens],
  ] as const) {
    if (!hasWord(whole)) continue;
    const close = parts.map((segment) => compareTokens(segment, whole)).find((r) => r.same);
    if (close) return { score: 0.8, same: false, possible: true, reason: `one name is close to a part of the other (${close.reason})` };
  }
  return null;
}

/** Every word of each name matched by a word of the other, as written, translated or as a cognate (no typos). */
function wordForWord(a: string[], b: string[]): boolean {
  if (a.length !== b.length || a.length < 2 || !a.some((t) => tokenClass(t) === 'distinctive')) return false;
  const used = new Set<number>();
  return a.every((t) => {
    const j = b.findIndex((u, k) => !used.has(k) && tokensMatch(t, u, false));
    if (j === -1) return false;
    used.add(j);
    return true;
  });
}

/** Compare names only; location and domain evidence are weighed by the caller. */
export function compareNames(nameA: string, nameB: string, opts: CompareOptions = {}): NameResult {
  const a = analyseName(nameA);
  const b = analyseName(nameB);
  if (a.compact && a.compact === b.compact) {
    return { score: 1, same: true, reason: 'same name once case, accents, punctuation, spacing and legal form are ignored', wholeNameEqual: true };
  }
  // One name in Cyrillic or Greek, the other in Latin letters: allow spellings by ear.
  const crossScript = NON_LATIN.test(nameA) !== NON_LATIN.test(nameB);
  const byTokens = compareTokens(a.tokens, b.tokens, crossScript, new Set([...a.coined, ...b.coined]));
  if (byTokens.same && !acronymContradicts(a, b) && !acronymContradicts(b, a)) return byTokens;
  if (byTokens.same) {
    return {
      score: 0.7,
      same: false,
      possible: true,
      reason: `${byTokens.reason}, but the acronyms differ ("Internet Society (ISOC)" is not "Centre for Internet and Society")`,
    };
  }
  const byAcronyms = compareAcronyms(a, b) ?? compareAcronymInside(a, b);
  if (byAcronyms?.same) return byAcronyms;
  const bySegments = compareSegments(a, b);
  if (bySegments?.same) return bySegments;
  return [byAcronyms, bySegments, byTokens].find((r) => r?.possible) ?? (opts.loose === false ? null : worthALook(a, b)) ?? byTokens;
}

// ---- "Worth a look" (issue 13, round 3): generous, because a coordinator would rather check a
// short list than publish a duplicate. None of these makes a pair "likely".

/** Words that may be one word written two ways: a typo, a cognate ("sociales"/"social"), an abbreviation ("pol"/"policy"). */
/** The country a word names, allowing one slip ("urugay"); memoised, as the fuzzy look-up reads every country name. */
const placeOf = memoised(50_000, (t: string): string | null => lookupLocation(t, { fuzzy: true })?.iso ?? null);

const looselySameOrdered = memoised(
  200_000,
  (x: string, y: string) => wordsLooselySame(x, y),
  (x, y) => (x < y ? `${x} ${y}` : `${y} ${x}`),
);
function looselySame(x: string, y: string): boolean {
  return x === y || looselySameOrdered(x, y);
}

function wordsLooselySame(x: string, y: string): boolean {
  // Kinds of body and scope words are compared as the lexicon maps them: "International" is not "Internet".
  if (/\d/.test(x + y) || tokenClass(x) !== 'distinctive' || tokenClass(y) !== 'distinctive') return false;
  // Places only as the same place misspelt ("Urugay" / "Uruguay"), never "Eastern" / "Western".
  if (placeLike(x) || placeLike(y)) {
    return Math.min(x.length, y.length) >= 5 && placeOf(x) !== null && placeOf(x) === placeOf(y);
  }
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length >= 4 && editDistance(short, long, 1) <= 1) return true;
  if (short.length >= 7 && editDistance(short, long, 2) <= 2) return true;
  const prefix = sharedPrefix(short, long);
  // Cognates share their start and differ in their ending: "transparencia"/"transparency", "intervenant"/"intervention".
  if (short.length >= 5 && long.length - short.length <= 3 && prefix >= Math.max(5, Math.ceil(long.length * 0.7))) return true;
  // An abbreviation is the start of the word: "Pol" / "Political", "Assn" is handled by the lexicon.
  return short.length >= 3 && short.length <= 4 && long.length >= short.length + 3 && prefix === short.length && tokenClass(long) !== 'type';
}

const LOOSE_WEIGHT = (t: string) => (tokenClass(t) === 'type' ? 0.2 : tokenClass(t) === 'qualifier' ? 0.3 : isRareToken(t) ? 1 : 0.5);

/** Weighted overlap of two names' words matched loosely: distinctive words count most, common ones half. */
function looseOverlap(a: string[], b: string[]) {
  const used = new Set<number>();
  const matchedA = new Set<string>();
  let matched = 0;
  let rareMatched = 0;
  let count = 0;
  let words = 0;
  for (const t of a) {
    const j = b.findIndex((u, k) => !used.has(k) && u === t);
    const k = j !== -1 ? j : b.findIndex((u, k2) => !used.has(k2) && looselySame(t, u));
    if (k === -1) continue;
    used.add(k);
    matchedA.add(t);
    const w = Math.min(LOOSE_WEIGHT(t), LOOSE_WEIGHT(b[k]!));
    matched += w;
    count++;
    if (tokenClass(t) !== 'type') words++;
    if ((isRareToken(t) && t.length >= 4) || (isRareToken(b[k]!) && b[k]!.length >= 4)) rareMatched++;
  }
  const total = (a.reduce((s, t) => s + LOOSE_WEIGHT(t), 0) + b.reduce((s, t) => s + LOOSE_WEIGHT(t), 0)) / 2;
  const leftA = a.filter((t) => !matchedA.has(t) && tokenClass(t) !== 'type');
  const leftB = b.filter((_, k) => !used.has(k) && tokenClass(b[k]!) !== 'type');
  return { ratio: total ? matched / total : 0, rareMatched, count, words, allOfA: count === a.length, allOfB: count === b.length, leftA, leftB };
}

/** A word that places or scopes a body ("Asian", "Georgia", "European", "International", "Western"). */
const REGION_WORDS = new Set(
  'asian eurasian arab arabic nordic baltic balkan pacific caribbean african latinamerican american european interafrican mediterranean amazon andean panafrican'.split(' '),
);
const placeLikeCache = new Map<string, boolean>();
const placeLike = (t: string): boolean => {
  let known = placeLikeCache.get(t);
  if (known === undefined) {
    known = isPlaceLike(t);
    if (placeLikeCache.size > 100_000) placeLikeCache.clear();
    placeLikeCache.set(t, known);
  }
  return known;
};
const isPlaceLike = (t: string) =>
  tokenClass(t) === 'qualifier' ||
  REGION_WORDS.has(t) ||
  lookupLocation(t) !== null ||
  nationalityCountry(t) !== null ||
  /^(?:west|east|north|south|central|middle)/.test(t) ||
  (isRareToken(t) && /(?:ian|ese|ish)$/.test(t));

function worthALook(a: NameAnalysis, b: NameAnalysis): NameResult | null {
  // "REBRIP" for "Rede Brasileira pela Integração dos Povos": an acronym read from the words' first letters.
  for (const [short, long] of [
    [a, b],
    [b, a],
  ] as const) {
    const x = short.acronymOnly ?? short.shortForm;
    if (!x || x.length < 3 || COMMON_ACRONYMS.has(x) || long.words.length < 2) continue;
    if (acronymSpells(x, long.words, x.length >= 4 ? 2 : 1)) {
      return { score: 0.7, same: false, possible: true, reason: `"${x}" may stand for the other name's words` };
    }
  }
  // "KESSEF" / "KESSFF": acronyms one letter apart on names that share words.
  // Places are compared as words here, so that a misspelt one ("Urugay") still meets its country.
  const withPlace = (x: NameAnalysis) => (x.location ? [...x.tokens, ...conceptTokens(nameTokens(x.location.text))] : x.tokens);
  const tokensA = withPlace(a);
  const tokensB = withPlace(b);
  // Words alike start alike (a slip in the first letter is let go): most pairs in a list stop here.
  // The most the loose overlap could reach counts only words with a word of the other name starting
  // alike; below the lowest threshold (0.6) nothing below can pass, and most pairs of a registry stop here.
  const startsB = new Set(tokensB.map((t) => t.slice(0, 2)));
  const weigh = (ts: string[]) => ts.reduce((sum, t) => sum + LOOSE_WEIGHT(t), 0);
  const reachable = weigh(tokensA.filter((t) => startsB.has(t.slice(0, 2))));
  const acronymAlone = a.acronymOnly !== null || b.acronymOnly !== null;
  if (!acronymAlone && a.acronyms.length + b.acronyms.length === 0 && reachable < 0.6 * ((weigh(tokensA) + weigh(tokensB)) / 2)) {
    return containedName(a, b);
  }
  const overlap = looseOverlap(tokensA, tokensB);
  for (const x of a.acronyms) {
    const y = b.acronyms.find((y2) => Math.min(x.length, y2.length) >= 4 && editDistance(x, y2, 1) <= 1);
    const apart = overlap.leftA.some(placeLike) && overlap.leftB.some(placeLike);
    if (y && !apart && (overlap.ratio >= 0.5 || a.acronymOnly || b.acronymOnly)) {
      return { score: 0.7, same: false, possible: true, reason: `acronyms "${x}" and "${y}" one letter apart` };
    }
  }
  // Typos, cognates and abbreviations together: most of both names, with a distinctive word among them.
  // Unless each name has words of its own that place it ("Asian" / "European Network of People who Use
  // Drugs", "Georgia" / "Uganda Harm Reduction Network"), or each has its own words and little in common.
  const { leftA, leftB } = overlap;
  const ownWords = leftA.length > 0 && leftB.length > 0;
  const placedApart = ownWords && leftA.some(placeLike) && leftB.some(placeLike);
  // Words of the lexicon that differ say what differs: "Digital" / "Human Rights Watch", "Families" / "Students for…".
  const common = (t: string) => tokenClass(t) === 'distinctive' && !isRareToken(t) && !placeLike(t);
  const saidApart = ownWords && overlap.leftA.some(common) && overlap.leftB.some(common);
  // A one-word name ("Witness", "Intercambios") is only its typo, not a word of a longer name ("Unwanted Witness").
  const oneWord = Math.min(a.tokens.filter((t) => tokenClass(t) !== 'type').length, b.tokens.filter((t) => tokenClass(t) !== 'type').length) <= 1;
  const nothingLeft = overlap.leftA.length === 0 && overlap.leftB.length === 0;
  if (
    !placedApart &&
    !saidApart &&
    (!oneWord || nothingLeft) &&
    overlap.ratio >= (ownWords ? 0.75 : 0.6) &&
    (overlap.rareMatched >= 1 || (overlap.words >= 3 && overlap.ratio >= 0.75 && (overlap.leftA.length === 0 || overlap.leftB.length === 0)))
  ) {
    return { score: 0.7 * overlap.ratio + 0.1, same: false, possible: true, reason: 'most words alike (typos, another language or abbreviations)' };
  }
  return containedName(a, b);
}

// An acronym written in one name that the other name cannot spell.
function acronymContradicts(withAcronym: NameAnalysis, other: NameAnalysis): boolean {
  if (withAcronym.acronymOnly || withAcronym.acronyms.length === 0) return false;
  if (other.acronyms.length === 0) {
    if (sameWords(withAcronym.tokens, other.tokens)) return false;
    // Every word matched (typos allowed): the acronym adds nothing the words did not say.
    const fit = align(withAcronym.tokens, other.tokens);
    if (fit.unmatchedA.length === 0 && fit.unmatchedB.length === 0) return false;
  }
  const letters = (x: string) => [...x].sort().join('');
  // "Réseau Ouest Africain des Défenseurs des Droits Humains (ROADDH)" / "West African Human Rights Defenders
  // Network (WAHRDN)": each acronym spells its own name, in its own language — the names decide.
  const spellsOwn = (x: NameAnalysis) =>
    x.acronyms.some((y) => y.length >= 3 && (x.initials.includes(y) || acronymSkipsAWord(y, x.wordInitials) || acronymSpells(y, x.words, 1)));
  if (other.acronyms.length > 0 && spellsOwn(withAcronym) && spellsOwn(other)) return false;
  return !withAcronym.acronyms.some(
    (x) =>
      other.acronyms.includes(x) ||
      other.initials.includes(x) ||
      acronymSkipsAWord(x, other.wordInitials) ||
      // "PSI" / "ISP": one name's acronym in another language's word order.
      other.acronyms.some((y) => y.length >= 3 && letters(y) === letters(x)) ||
      // "COIAB" for "Coordination of … Indigenous Organizations … Brazilian Amazon" in Portuguese order.
      (x.length >= 4 && other.initials.some((y) => letters(y) === letters(x))) ||
      // "ITEKA – Ligue burundaise …" / "Ligue burundaise … Iteka": the acronym is a word of the other name.
      other.tokens.includes(x.toLowerCase()),
  );
}

function sameWords(a: string[], b: string[]): boolean {
  return sameMultiset(a, b);
}

function effectiveCountry(facts: OrgFacts, analysis: NameAnalysis): { iso: string | null; fromName: boolean } {
  const given = facts.country ? countryCode(facts.country) : null;
  if (given) return { iso: given, fromName: false };
  return { iso: analysis.location?.iso ?? null, fromName: analysis.location !== null };
}

/**
 * A place written into one name only that says nothing the names do not: the other name has it
 * among its words ("Caribbean Assembly of Peoples, Caribbean" / "Asamblea de los Pueblos del Caribe",
 * "Réseau Foi et Justice Afrique-Europe"), or the name itself already gives the country ("Brazilian
 * Network … (REBRIP), Brazil"). Then the names are compared as if the place were a word of the name.
 */
function placeRestated(withPlace: NameAnalysis, other: NameAnalysis): NameResult | null {
  const location = withPlace.location;
  if (!location) return null;
  const placeTokens = conceptTokens(nameTokens(location.text));
  if (placeTokens.length && placeTokens.every((t) => other.tokens.includes(t))) {
    const names = compareTokens([...withPlace.tokens, ...placeTokens.filter((t) => !withPlace.tokens.includes(t))], other.tokens);
    return names.same ? { ...names, reason: `${names.reason} (the place "${location.text}" is in both names)` } : null;
  }
  const ownCountry = (t: string) => nationalityCountry(t) ?? (lookupLocation(t)?.kind === 'country' ? lookupLocation(t)!.iso : null);
  // "Kenya Human Rights Comission" / "Kenyan Human Rights Commission": the other name says the country as a nationality.
  const nationality = location.kind === 'country' && location.iso ? other.tokens.find((t) => countryWord(t) === location.iso) : undefined;
  if (nationality) {
    const names = compareTokens([...withPlace.tokens, nationality], other.tokens);
    if (names.same) return { ...names, reason: `${names.reason} ("${location.text}" and "${nationality}" say the same country)` };
  }
  if (location.kind === 'country' && location.iso && withPlace.tokens.some((t) => ownCountry(t) === location.iso)) {
    const names = compareNames(withPlace.original.replace(location.text, ' '), other.original);
    return names.same ? { ...names, reason: `${names.reason} (the name already says "${location.text}")` } : null;
  }
  return null;
}

/** Whether two signatories are the same organisation, with a score, a level and the reason. */
export interface CompareOptions {
  /**
   * The generous "worth a look" routes (loose acronyms, words alike, a name inside another; round 3).
   * On by default; the registry look-up on every sign-on turns them off to stay within its time budget.
   */
  loose?: boolean;
}

export function compareOrganisations(a: OrgFacts, b: OrgFacts, opts: CompareOptions = {}): Comparison {
  const analysisA = analyseName(a.name);
  const analysisB = analyseName(b.name);
  const names = compareNames(a.name, b.name, opts);
  const countryA = effectiveCountry(a, analysisA);
  const countryB = effectiveCountry(b, analysisB);
  const countriesDiffer = countryA.iso !== null && countryB.iso !== null && countryA.iso !== countryB.iso;
  const result = (score: number, level: DuplicateLevel | null, reason: string): Comparison => ({
    score: Math.round(score * 1000) / 1000,
    same: level === 'likely',
    level,
    reason,
  });

  const domainsA = [organisationWebsiteDomain(a.website), organisationEmailDomain(a.emailDomain)].filter(Boolean);
  const domainsB = new Set([organisationWebsiteDomain(b.website), organisationEmailDomain(b.emailDomain)].filter(Boolean));
  const sharedDomain = domainsA.find((d) => domainsB.has(d));
  if (sharedDomain) {
    if (countriesDiffer) return result(0.6, 'possible', `same domain ${sharedDomain} but different countries (national sections?)`);
    return result(Math.max(0.95, names.score), 'likely', `same domain ${sharedDomain}`);
  }
  // Identical names in two countries are national chapters more often than typing slips.
  const wordCountryDiffers = names.addedCountry !== undefined && [countryA.iso, countryB.iso].some((c) => c !== null && c !== names.addedCountry);
  // "Ligue Togolaise …" / "Ligue Tunisienne …": each name says its own country, and they are not the same one.
  const ownA = countriesInName(analysisA);
  const ownB = countriesInName(analysisB);
  const namedCountriesDiffer = ownA.size > 0 && ownB.size > 0 && ![...ownA].some((c) => ownB.has(c));
  if (namedCountriesDiffer && !countriesDiffer && !wordCountryDiffers) {
    return result(Math.min(names.score, 0.5), names.same || names.possible ? 'possible' : null, `${names.reason}, but the names say different countries (${[...ownA].join(', ')} vs ${[...ownB].join(', ')})`);
  }
  if (countriesDiffer || wordCountryDiffers) {
    if (!countriesDiffer) return result(Math.min(names.score, 0.5), null, `different countries (${names.addedCountry} written in one name)`);
    return result(Math.min(names.score, 0.5), null, `different countries (${countryA.iso} vs ${countryB.iso})`);
  }
  if ((names.same || names.possible) && !names.wholeNameEqual) {
    // "Amnesty International Sénégal" / "Amnesty Sénégal": the same place in both, and only a scope word apart.
    const samePlace = analysisA.location && analysisB.location && analysisA.location.iso !== null && analysisA.location.iso === analysisB.location.iso;
    if (samePlace && !names.same && onlyScopeWordsApart(analysisA.tokens, analysisB.tokens)) {
      return result(0.85, 'likely', `${names.reason}, and both say "${analysisA.location!.text}"`);
    }
    // "LEAP" vs "LEAP UK", "Students for Sensible Drug Policy" vs "…, Sierra Leone", "IGTN" vs "IGTN - Asia":
    // a country or region written into one name only may be a chapter or the organisation itself,
    // unless the other organisation is known to be in that country. A person decides.
    const locA = analysisA.location;
    const locB = analysisB.location;
    // …unless the other name says that country as a word ("… branche togolaise (ACAT-TOGO)" / "ACAT-Togo").
    const oneSided = (loc: typeof locA, otherLoc: typeof locA, otherCountry: string | null) =>
      loc !== null && !otherLoc && (loc.kind !== 'country' || otherCountry === null);
    const [withPlace, other] = locA ? [analysisA, analysisB] : [analysisB, analysisA];
    // The other name's acronym spells the country too ("MUCD" for "México Unido Contra la Delincuencia"): it is part of the name.
    const placeSpelled = [...other.acronyms, other.shortForm ?? ''].some((x) => withPlace.placeInitials.includes(x));
    if (!placeSpelled && (oneSided(locA, locB, countryB.iso) || oneSided(locB, locA, countryA.iso))) {
      const restated = placeRestated(withPlace, other);
      if (restated) return result(restated.score, levelOf(restated), restated.reason);
      const place = (locA ?? locB)!.text;
      const iso = (locA ?? locB)!.iso;
      if (iso && (locA ? ownB : ownA).has(iso)) return result(names.score, levelOf(names), `${names.reason} (both names say "${place}")`);
      if (names.generic) return result(0.5, null, `${names.reason}, and one adds "${place}"`);
      const flagged = result(0.75, 'possible', `${names.reason}, but one adds "${place}" (a national chapter or branch?)`);
      if (!names.same) return flagged;
      const escaped = place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const separated = new RegExp(`(?:[,(/–—]|\\s-)\\s*(?:the\\s+)?${escaped}`, 'iu').test(withPlace.original);
      return { ...flagged, placeQuestion: { place, separated } };
    }
  }
  return result(names.score, levelOf(names), names.reason);
}

/** The countries a name says: its place, and nationality words among its words ("Kenyan", "Togolaise"). */
function countriesInName(x: NameAnalysis): Set<string> {
  return countriesOfName(x.original);
}

const countriesOfName = memoised(200_000, (name: string): Set<string> => {
  const x = analyseName(name);
  const found = new Set<string>();
  if (x.location?.kind === 'country' && x.location.iso) found.add(x.location.iso);
  for (const w of [...x.tokens, ...x.words]) {
    // A plural of a place word ("Islands" of "Marshall Islands") is no nationality ("Island" is Iceland in German).
    if (w.endsWith('s') && lookupLocation(w.slice(0, -1))) continue;
    const iso = nationalityCountry(w);
    if (iso) found.add(iso);
  }
  return found;
});

/** The two names' words are the same apart from scope words ("International", "Global") on one side. */
function onlyScopeWordsApart(a: string[], b: string[]): boolean {
  const strip = (xs: string[]) => xs.filter((t) => tokenClass(t) !== 'qualifier');
  const [sa, sb] = [strip(a), strip(b)];
  return sa.length >= 1 && sa.some((t) => tokenClass(t) === 'distinctive') && sameWords(sa, sb) && (sa.length < a.length) !== (sb.length < b.length);
}

/** One name's distinctive words all in the other. */
function containedName(a: NameAnalysis, b: NameAnalysis): NameResult | null {
  // "Ditshwanelo" / "Ditshwanelo – The Botswana Centre for Human Rights": one name's distinctive words all in the other.
  for (const [short, long] of [
    [a.tokens, b.tokens],
    [b.tokens, a.tokens],
  ] as const) {
    const rare = short.filter(isRareToken);
    const distinctive = short.filter((t) => tokenClass(t) !== 'type');
    // One word alone is enough only when it is the whole name ("Cordaid"), not a word of many names ("Addiction").
    // With one word, the other name may add only common words ("Intercambios" / "Intercambios Civil Association").
    const enough =
      rare.length >= 2
        ? rare.join('').length >= 7
        : rare.length === 1 && short.length === 1 && rare[0]!.length >= 6 && long.filter(isRareToken).length === 1;
    // Each word found as written, or with one slip in a long word ("iRights" is not "Rights").
    const found = (t: string) => long.some((u) => u === t || (Math.min(t.length, u.length) >= 7 && editDistance(t, u, 1) <= 1));
    if (rare.length && rare.length === distinctive.length && enough && rare.every(found)) {
      return { score: 0.65, same: false, possible: true, reason: `the other name contains "${rare.join(' ')}"` };
    }
  }
  return null;
}
