/**
 * Acronyms: an acronym written alone or in brackets against the other name's words, and when an
 * acronym written in one name contradicts the other.
 */
import { conceptTokens, nameTokens } from './normalise.ts';
import { acronymSpells, type NameAnalysis } from './name-analysis.ts';
import { align, compareTokens, type NameResult, placeLike, sameMultiset, sameWords } from './name-words.ts';

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

export function compareAcronyms(a: NameAnalysis, b: NameAnalysis): NameResult | null {
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
      // Round 5: "Electronic Frontier Finland (EFF)" / "Electronic Frontier Foundation": the acronym spells both, but
      // one name says a place where the other says another word. A person looks.
      const place = overlap.unmatchedA.find(placeLike) ?? overlap.unmatchedB.find(placeLike);
      if (place && overlap.unmatchedA.length && overlap.unmatchedB.length) {
        return { score: 0.72, same: false, possible: true, reason: `the acronym "${spelled}" spells both names, but one says "${place}"` };
      }
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
export function compareAcronymInside(a: NameAnalysis, b: NameAnalysis): NameResult | null {
  for (const [withAcronym, other] of [
    [a, b],
    [b, a],
  ] as const) {
    // "FPA Sri Lanka": an acronym and a place is enough.
    if (withAcronym.tokens.length < (withAcronym.location ? 1 : 2)) continue;
    for (const [k, t] of withAcronym.tokens.entries()) {
      if (t.length < 2 || t.length > 6 || other.tokens.includes(t)) continue;
      if (!new RegExp(`(^|[^\\p{L}])${t.toUpperCase()}($|[^\\p{L}])`, 'u').test(withAcronym.original)) continue;
      // The place of "FPA Sri Lanka" is a word of the name when the other name says it among its words.
      const place = withAcronym.location ? conceptTokens(nameTokens(withAcronym.location.text)) : [];
      const rest = [...withAcronym.tokens.filter((_, j) => j !== k), ...(place.every((t) => other.tokens.includes(t)) ? place : [])];
      // The run is read from the lexicon's words ("CCC": Chaos Computer Club) or, round 5, from the words as
      // written ("CPI": Cour pénale internationale, which the lexicon writes "court criminal international").
      for (const written of [false, true]) {
        const words = written ? other.words : other.tokens;
        for (let start = 0; start + t.length <= words.length; start++) {
          const run = words.slice(start, start + t.length);
          if (run.map((w) => w[0]).join('') !== t) continue;
          const left = [...words.slice(0, start), ...words.slice(start + t.length)];
          const otherRest = written ? conceptTokens(left) : left;
          const reason = `"${t.toUpperCase()}" stands for "${run.join(' ')}"`;
          if (sameMultiset(rest, otherRest) || (rest.length === 0 && otherRest.length === 0 && t.length >= 3)) return { score: 0.84, same: true, reason: `${reason} and the other words are the same` };
          if (!written) continue;
          const others = compareTokens(rest, otherRest);
          if (others.same) return { score: 0.74, same: false, possible: true, reason: `${reason}, and the other words are alike (${others.reason})` };
          if (others.possible) return { score: 0.7, same: false, possible: true, reason: `${reason}, and the other words are close (${others.reason})` };
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

// An acronym written in one name that the other name cannot spell.
export function acronymContradicts(withAcronym: NameAnalysis, other: NameAnalysis): boolean {
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
