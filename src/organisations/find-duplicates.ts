import { blockingKeysForFacts } from './blocking.ts';
import { compoundParts, tokenClass, TYPE_CANONICAL } from './normalise.ts';
import { analyseName, contentWords } from './name-analysis.ts';
import { compareOrganisations, type DuplicateLevel, type OrgFacts } from './similarity.ts';

export interface DuplicatePair {
  /** 0-based indices into the list given, a < b. */
  a: number;
  b: number;
  score: number;
  /** "likely" the same organisation, or "possible": worth a look. */
  level: DuplicateLevel;
  reason: string;
}

export interface CandidateIndex {
  add(id: number, keys: string[]): void;
  /** Ids sharing at least one selective key with `keys`, most shared keys first. */
  candidates(keys: string[], limit?: number): number[];
}

/**
 * An in-memory inverted index over blocking keys. Keys shared by very many
 * names ("w:drug" in a drug-policy coalition) select nothing and are skipped,
 * unless nothing more selective is there.
 */
export function createCandidateIndex(maxPostings = 2_000): CandidateIndex {
  const postings = new Map<string, number[]>();
  return {
    add(id, keys) {
      for (const key of keys) {
        const list = postings.get(key);
        if (list) list.push(id);
        else postings.set(key, [id]);
      }
    },
    candidates(keys, limit = 50) {
      const lists = keys.map((k) => postings.get(k)).filter((l): l is number[] => l !== undefined);
      const selective = lists.filter((l) => l.length <= maxPostings);
      const used = selective.length ? selective : lists.sort((x, y) => x.length - y.length).slice(0, 1);
      const counts = new Map<number, number>();
      for (const list of used) for (const id of list) counts.set(id, (counts.get(id) ?? 0) + 1);
      return [...counts.entries()]
        .sort((x, y) => y[1] - x[1])
        .slice(0, limit)
        .map(([id]) => id);
    },
  };
}

/**
 * Duplicates within one list (an import, a statement's sign-ons): pairs found through blocking
 * keys, then judged by compareOrganisations — "likely" and "possible" ones, unless `levels` says
 * otherwise (`minScore` instead returns every compared pair at or above that score).
 */
export function findDuplicatesWithin(
  entries: OrgFacts[],
  opts: { minScore?: number; levels?: readonly DuplicateLevel[] } = {},
): DuplicatePair[] {
  const levels = opts.levels ?? ['likely', 'possible'];
  const index = createCandidateIndex(Math.max(200, Math.ceil(entries.length / 20)));
  // The extra keys cost comparisons; a list of several thousand is checked with the registry's keys only.
  const extra = entries.length <= LIST_ONLY_KEYS_UP_TO;
  const keys = entries.map((entry) => [...blockingKeysForFacts(entry), ...(extra ? listOnlyKeys(entry.name) : [])]);
  keys.forEach((k, i) => index.add(i, k));
  const pairs: DuplicatePair[] = [];
  const seen = new Set<string>();
  keys.forEach((k, i) => {
    for (const j of index.candidates(k, 100)) {
      if (j <= i || seen.has(`${i}:${j}`)) continue;
      seen.add(`${i}:${j}`);
      const result = compareOrganisations(entries[i]!, entries[j]!);
      if (opts.minScore !== undefined ? result.score >= opts.minScore : result.level !== null && levels.includes(result.level)) {
        pairs.push({ a: i, b: j, score: result.score, level: result.level ?? 'possible', reason: result.reason });
      }
    }
  });
  // An acronym written alone ("REBRIP", "PAPDA") need not share a key with the name it stands for:
  // within one list it is also compared with every longer name starting with its letter.
  const analyses = entries.map((e) => analyseName(e.name));
  const acronymsAlone = analyses.map((x, i) => [x, i] as const).filter(([x]) => x.acronymOnly && x.acronymOnly.length >= 3);
  if (acronymsAlone.length * entries.length <= 500_000) {
    for (const [short, i] of acronymsAlone) {
      const letter = short.acronymOnly![0]!.toLowerCase();
      analyses.forEach((long, j) => {
        // The first word as written, a legal form ("Stichting Bits of Freedom" for "BoF") left out: "USAL" for
        // "Universidad del Salvador", "DCA" for "DanChurchAid" (one word, in camel case).
        if (i === j || long.acronymOnly || !/\s|\p{Ll}\p{Lu}/u.test(long.original.trim()) || !firstLetters(long.original).includes(letter)) return;
        const [x, y] = i < j ? [i, j] : [j, i];
        if (seen.has(`${x}:${y}`)) return;
        seen.add(`${x}:${y}`);
        const result = compareOrganisations(entries[x]!, entries[y]!);
        if (opts.minScore !== undefined ? result.score >= opts.minScore : result.level !== null && levels.includes(result.level)) {
          pairs.push({ a: x, b: y, score: result.score, level: result.level ?? 'possible', reason: result.reason });
        }
      });
    }
  }
  return pairs.sort((x, y) => x.a - y.a || x.b - y.b);
}

const LIST_ONLY_KEYS_UP_TO = 3_000;

/** The first letter of the first word, and of the next one when the first is a kind of body ("Stichting Bits of Freedom"). */
function firstLetters(name: string): string[] {
  const words = contentWords(name);
  const first = words[0];
  if (!first) return [];
  return tokenClass(TYPE_CANONICAL.get(first) ?? first) === 'type' && words[1] ? [first[0]!, words[1][0]!] : [first[0]!];
}

/**
 * Keys used within one list only (the registry's stored keys are not changed): the first and the
 * last four letters of each word, so that a typo anywhere but both ends of a word ("Oaklad" /
 * "Oakland", "Grman" / "German") still brings two names together.
 */
function listOnlyKeys(name: string): string[] {
  const analysis = analyseName(name);
  const keys = new Set<string>();
  // A long word written in capitals is an acronym to the analysis but a word to a reader ("SOBREVIVENCIA Apoyo…").
  const capitals = analysis.acronyms.map((x) => x.toLowerCase()).filter((x) => x.length >= 6);
  const compounds = analysis.tokens.flatMap((t) => compoundParts(t) ?? []);
  for (const t of [...analysis.tokens, ...analysis.words, ...capitals, ...compounds]) {
    if (t.length < 5 || tokenClass(t) === 'type') continue;
    keys.add(`p:${t.slice(0, 4)}`);
    keys.add(`e:${t.slice(-4)}`);
  }
  return [...keys];
}
