/**
 * Comparing two names word by word: when two words are one word written two ways (a typo, a
 * translation, a nationality, a cognate ending), and how much of two names' words agree.
 */
import { editDistance, lookupLocation, nationalityCountry } from './countries.ts';
import { isRareToken, tokenClass } from './normalise.ts';
import { memoised } from '../shared/memo.ts';
import type { DuplicateLevel } from './similarity.ts';

export interface NameResult {
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

export const levelOf = (r: NameResult): DuplicateLevel | null => (r.same ? 'likely' : r.possible ? 'possible' : null);

const WEIGHT = { distinctive: 1, qualifier: 0.6, type: 0.3 } as const;

/**
 * Consonants only, doubled letters once: what survives when a Latin name is spelt in Cyrillic
 * or Greek by ear ("Легалайз" legalayz / "Legalize" → lglz; "Плюс" plyus / "Plus" → pl). A final s
 * is dropped first because the stemmer keeps it on some words and not on others.
 */
const consonantSkeleton = (t: string) => t.replace(/s$/, '').replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');

export function tokensMatch(a: string, b: string, allowTypo: boolean, crossScript = false): boolean {
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

/**
 * The country a word names: the country itself ("Argentina"), or else as a nationality ("Tunisienne").
 * The country's own name comes first: "Nigeria" reads as a nationality of Niger otherwise.
 */
export const countryWord = memoised(50_000, (w: string): string | null => {
  const place = lookupLocation(w);
  return (place?.kind === 'country' ? place.iso : null) ?? nationalityCountry(w);
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

export function align(a: string[], b: string[], crossScript = false): Alignment {
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

export const sharedPrefix = (x: string, y: string) => {
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
export const sameMultiset = (a: string[], b: string[]) => a.length > 0 && a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ');
export const hasWord = (ts: string[]) => ts.some((t) => tokenClass(t) !== 'type');

// Words that name a branch of a body rather than the body ("Young Friends of the Earth", "… Women's Network").
const BRANCH_WORDS = new Set(['youth', 'woman', 'student', 'child', 'worker', 'girl', 'men', 'elder', 'section', 'chapter', 'branch', 'office', 'secretariat']);

export function compareTokens(a: string[], b: string[], crossScript = false, coined: ReadonlySet<string> = new Set()): NameResult {
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
    // Round 5: only a place more ("Centro Astalli" / "Centro Astalli di Roma"): the body itself or its branch there.
    const onlyPlaces = dropped.every(placeLike) && sameKind && sharedRare >= 1;
    const possible =
      onlyPlaces ||
      (dice >= 0.6 && added === 1 && shared >= 3) ||
      (dice >= 0.45 && added <= 2 && sharedRare >= 1 && shared >= Math.max(1, added) && (shared >= 2 || onlyScope)) ||
      (dice >= 0.6 && added === 1 && shared >= 2 && sameKind && !dropped.some(placeLike));
    // A country written as a word inside the name ("ATTAC Hungary Association", "Kenyan …"): weighed with the other's country.
    const addedCountry = [...wordsA, ...wordsB].map(countryWord).find((iso) => iso !== null) ?? undefined;
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

/** A word that places or scopes a body ("Asian", "Georgia", "European", "International", "Western"). */
const REGION_WORDS = new Set(
  'asian eurasian arab arabic nordic baltic balkan pacific caribbean african latinamerican american european interafrican mediterranean amazon andean panafrican'.split(' '),
);
const placeLikeCache = new Map<string, boolean>();
export const placeLike = (t: string): boolean => {
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

export function sameWords(a: string[], b: string[]): boolean {
  return sameMultiset(a, b);
}
