/**
 * How long checking one new name against a registry of 100,000 organisations
 * takes: blocking keys → inverted index → compare the candidates only.
 * The registry is synthetic, built from the words of real signatory names so
 * that word frequencies (many "Harm Reduction Network"s) are realistic.
 * Run: node --import tsx bench/dedupe-speed.ts
 */
import { readFileSync } from 'node:fs';
import { blockingKeys } from '../src/organisations/blocking.ts';
import { createCandidateIndex } from '../src/organisations/find-duplicates.ts';
import { compareOrganisations } from '../src/organisations/similarity.ts';

const REGISTRY_SIZE = 100_000;
const QUERIES = 2_000;

// A fixed-seed generator, so runs are comparable.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function realNames(): string[] {
  const fixtures = new URL('../test/fixtures/', import.meta.url);
  const ihrc = JSON.parse(readFileSync(new URL('ihrc-2019-signatories.json', fixtures), 'utf8')) as { entries: { name: string }[] };
  const names = ihrc.entries.map((e) => e.name);
  for (const list of ['covid-surveillance-2020', 'ep-terrorism-database-2019', 'five-eyes-encryption-2017', 'hrc-internet-resolution-2016']) {
    const expected = JSON.parse(readFileSync(new URL(`real-lists/${list}.expected.json`, fixtures), 'utf8')) as { entries: { name: string }[] };
    names.push(...expected.entries.map((e) => e.name));
  }
  return names;
}

function synthesise(names: string[], count: number, next: () => number): string[] {
  const words = names.flatMap((n) => n.split(/\s+/)).filter((w) => /^\p{L}[\p{L}'’-]*$/u.test(w));
  const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)]!;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    // Half: a real name with one or two words swapped in; half: three to six real words.
    if (next() < 0.5) {
      const parts = pick(names).split(/\s+/);
      for (let k = 0; k < 1 + Math.floor(next() * 2); k++) parts[Math.floor(next() * parts.length)] = pick(words);
      out.push(parts.join(' '));
    } else {
      out.push(Array.from({ length: 3 + Math.floor(next() * 4) }, () => pick(words)).join(' '));
    }
  }
  return out;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

const next = random(2019);
const names = realNames();
const registry = synthesise(names, REGISTRY_SIZE, next);

let started = performance.now();
const index = createCandidateIndex();
registry.forEach((name, id) => index.add(id, blockingKeys(name)));
const buildMs = performance.now() - started;

// New names: real names (some present in a variant form in the registry) and fresh synthetic ones.
const queries = [...names, ...synthesise(names, QUERIES - names.length, random(7))];
const timings: number[] = [];
let compared = 0;
let matches = 0;
for (const query of queries) {
  started = performance.now();
  const candidates = index.candidates(blockingKeys(query), 50);
  for (const id of candidates) if (compareOrganisations({ name: query }, { name: registry[id]! }).same) matches++;
  timings.push(performance.now() - started);
  compared += candidates.length;
}
timings.sort((a, b) => a - b);
console.log(`registry: ${REGISTRY_SIZE.toLocaleString('en')} names, index built in ${(buildMs / 1000).toFixed(1)} s`);
console.log(`queries: ${queries.length}, mean candidates compared: ${(compared / queries.length).toFixed(1)}, likely duplicates found: ${matches}`);
console.log(`check one name: median ${percentile(timings, 0.5).toFixed(3)} ms, p95 ${percentile(timings, 0.95).toFixed(3)} ms, max ${timings.at(-1)!.toFixed(3)} ms`);
