/**
 * How long checking one new name against a registry of 100,000 organisations
 * takes: blocking keys → inverted index → compare the candidates only.
 * The registry is synthetic, built from the words of real signatory names so
 * that word frequencies (many "Harm Reduction Network"s) are realistic.
 * Run: node --import tsx bench/dedupe-speed.ts
 */
import { blockingKeys } from '../src/organisations/blocking.ts';
import { createCandidateIndex } from '../src/organisations/find-duplicates.ts';
import { compareOrganisations } from '../src/organisations/similarity.ts';
import { random, realNames, synthesise } from './synthetic-names.ts';

const REGISTRY_SIZE = 100_000;
const QUERIES = 2_000;

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
