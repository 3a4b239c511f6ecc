/**
 * "Worth a look" (issue 13, round 3): generous, because a coordinator would rather check a short
 * list than publish a duplicate. None of these makes a pair "likely".
 */
import { editDistance, lookupLocation } from './countries.ts';
import { compoundParts, conceptTokens, foldText, isRareToken, LEGAL_FORMS, nameTokens, STOPWORDS, tokenClass } from './normalise.ts';
import { acronymSpells, acronymsWrittenAsWords, type NameAnalysis } from './name-analysis.ts';
import { memoised } from '../shared/memo.ts';
import { countryWord, type NameResult, placeLike, sharedPrefix } from './name-words.ts';
import { COMMON_ACRONYMS } from './name-acronyms.ts';

/** The country a word names, allowing one slip ("urugay"); memoised, as the fuzzy look-up reads every country name. */
const placeOf = memoised(50_000, (t: string): string | null => lookupLocation(t, { fuzzy: true })?.iso ?? null);

/** Words that may be one word written two ways: a typo, a cognate ("sociales"/"social"), an abbreviation ("pol"/"policy"). */
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
  // A country against a misspelt one ("@UY" / "Urugay").
  if (isCountry(x) || isCountry(y)) {
    const [country, word] = isCountry(x) ? [x, y] : [y, x];
    return !isCountry(word) && word.length >= 5 && placeOf(word) === country.slice(1);
  }
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

const isCountry = (t: string) => t.startsWith('@');
const placeWord = (t: string) => isCountry(t) || placeLike(t);
const LOOSE_WEIGHT = (t: string) => (isCountry(t) ? 0.5 : tokenClass(t) === 'type' ? 0.2 : tokenClass(t) === 'qualifier' ? 0.3 : isRareToken(t) ? 1 : 0.5);

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

export function worthALook(a: NameAnalysis, b: NameAnalysis): NameResult | null {
  // "REBRIP" for "Rede Brasileira pela Integração dos Povos": an acronym read from the words' first letters.
  for (const [short, long] of [
    [a, b],
    [b, a],
  ] as const) {
    const x = short.acronymOnly ?? short.shortForm;
    if (!x || x.length < 3 || COMMON_ACRONYMS.has(x)) continue;
    if (long.words.length >= 2 && acronymSpells(x, long.words, x.length >= 4 ? 2 : 1)) {
      return { score: 0.7, same: false, possible: true, reason: `"${x}" may stand for the other name's words` };
    }
    // Round 5: with the small words and the place as written ("UADE": Universidad Argentina De la Empresa,
    // "USAL": Universidad del SALvador, where "Salvador" was read as a place).
    const written = writtenWords(long.original);
    if (written.length <= 10 && !written[0]!.startsWith(x.toLowerCase()) && acronymSpells(x, written, x.length >= 4 ? 2 : 1)) {
      return { score: 0.68, same: false, possible: true, reason: `"${x}" may stand for the other name's words, small ones included` };
    }
  }
  // "KESSEF" / "KESSFF": acronyms one letter apart on names that share words.
  // Places are compared as words here, so that a misspelt one ("Urugay") still meets its country.
  // Round 5: a country is one word however it is written ("UAE" / "United Arab Emirates", "tunisienne" / "Tunisia").
  const withPlace = (x: NameAnalysis) => {
    // Compounds read as their two words ("Flüchtlingshilfe Liechtenstein" / "Refugee Aid Liechtenstein").
    const own = x.tokens.flatMap((t) => compoundParts(t) ?? [t]).map((t) => (countryWord(t) ? `@${countryWord(t)}` : t));
    if (!x.location) return own;
    return [...own, ...(x.location.kind === 'country' && x.location.iso ? [`@${x.location.iso}`] : conceptTokens(nameTokens(x.location.text)))];
  };
  // An acronym in capitals that is a word of the other name ("DAMJ for Justice…" / "Damj, l'Association…") counts as that word.
  const tokensA = [...withPlace(a), ...acronymsWrittenAsWords(a, b)];
  const tokensB = [...withPlace(b), ...acronymsWrittenAsWords(b, a)];
  // Words alike start alike (a slip in the first letter is let go): most pairs in a list stop here.
  // The most the loose overlap could reach counts only words with a word of the other name starting
  // alike; below the lowest threshold (0.6) nothing below can pass, and most pairs of a registry stop here.
  const startsB = new Set(tokensB.map((t) => t.slice(0, 2)));
  const weigh = (ts: string[]) => ts.reduce((sum, t) => sum + LOOSE_WEIGHT(t), 0);
  const reachable = weigh(tokensA.filter((t) => startsB.has(t.slice(0, 2))));
  const acronymAlone = a.acronymOnly !== null || b.acronymOnly !== null;
  if (!acronymAlone && !crossScript(a, b) && a.acronyms.length + b.acronyms.length === 0 && reachable < 0.6 * ((weigh(tokensA) + weigh(tokensB)) / 2)) {
    return containedName(a, b);
  }
  const overlap = looseOverlap(tokensA, tokensB);
  for (const x of a.acronyms) {
    const y = b.acronyms.find((y2) => Math.min(x.length, y2.length) >= 4 && editDistance(x, y2, 1) <= 1);
    const apart = overlap.leftA.some(placeWord) && overlap.leftB.some(placeWord);
    if (y && !apart && (overlap.ratio >= 0.5 || a.acronymOnly || b.acronymOnly)) {
      return { score: 0.7, same: false, possible: true, reason: `acronyms "${x}" and "${y}" one letter apart` };
    }
  }
  // Typos, cognates and abbreviations together: most of both names, with a distinctive word among them.
  // Unless each name has words of its own that place it ("Asian" / "European Network of People who Use
  // Drugs", "Georgia" / "Uganda Harm Reduction Network"), or each has its own words and little in common.
  const { leftA, leftB } = overlap;
  const ownWords = leftA.length > 0 && leftB.length > 0;
  const placedApart = ownWords && leftA.some(placeWord) && leftB.some(placeWord);
  // Words of the lexicon that differ say what differs: "Digital" / "Human Rights Watch", "Families" / "Students for…".
  const common = (t: string) => !isCountry(t) && tokenClass(t) === 'distinctive' && !isRareToken(t) && !placeLike(t);
  const saidApart = ownWords && overlap.leftA.some(common) && overlap.leftB.some(common);
  // A one-word name ("Witness", "Intercambios") is only its typo, not a word of a longer name ("Unwanted Witness").
  const oneWord = Math.min(a.tokens.filter((t) => tokenClass(t) !== 'type').length, b.tokens.filter((t) => tokenClass(t) !== 'type').length) <= 1;
  // A country left over is not a word of the name ("Forbrukerrådet" / "Norwegian Consumer Council").
  const nothingLeft = overlap.leftA.every(isCountry) && overlap.leftB.every(isCountry);
  // Round 5: a name in another script keeps the words no lexicon knows on both sides ("Kharkiv Human Rights
  // Protection Group" / "Харківська правозахисна група"): half of both names, with a distinctive word, is enough.
  if (crossScript(a, b) && !placedApart && overlap.ratio >= 0.5 && ((overlap.count >= 2 && overlap.rareMatched >= 1) || overlap.count >= 4)) {
    return { score: 0.65, same: false, possible: true, reason: 'half the words alike, in two scripts' };
  }
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

/** Latin letters on one side, Cyrillic, Greek or Arabic on the other. */
const OTHER_SCRIPT = /[\u0370-\u03FF\u0400-\u04FF\u0600-\u06FF]/u;
const crossScript = (a: NameAnalysis, b: NameAnalysis) => OTHER_SCRIPT.test(a.original) !== OTHER_SCRIPT.test(b.original);

/** Every word as written, small words and places included, legal forms left out. */
const writtenWords = memoised(50_000, (name: string): string[] =>
  foldText(name.replace(/\([^)]*\)/g, ' '))
    .split(' ')
    .filter((w) => w && !LEGAL_FORMS.has(w)),
);

/** One name's distinctive words all in the other. */
function containedName(a: NameAnalysis, b: NameAnalysis): NameResult | null {
  // Round 5: a name cut short after its first words ("Action Canada" / "Action Canada for Sexual Health and Rights").
  const [wa, wb] = [writtenWords(a.original), writtenWords(b.original)];
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (short.length >= 2 && long.length > short.length && short.every((w, k) => long[k] === w) && short.some((w) => !STOPWORDS.has(w) && tokenClass(w) === 'distinctive' && !placeLike(w))) {
    return { score: 0.62, same: false, possible: true, reason: `one name is the beginning of the other ("${short.join(' ')}")` };
  }
  // Round 5: "Sobrevivencia / Friends of the Earth Paraguay" and "SOBREVIVENCIA Apoyo Integral a Comunidades…":
  // a part of one name that is one rare word, the own name, is a word of the other.
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    const words = new Set([...y.tokens, ...y.acronyms.map((t) => t.toLowerCase())]);
    const own = x.segments.find((seg) => seg.length === 1 && seg[0]!.length >= 6 && isRareToken(seg[0]!) && words.has(seg[0]!));
    if (own) return { score: 0.65, same: false, possible: true, reason: `both names have the word "${own[0]}", one as a name of its own` };
  }
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

