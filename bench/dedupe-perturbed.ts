/**
 * Robustness of "worth a look" (issue 13, round 3), measured without the sealed halves: the `tune`
 * "same" pairs of the three holdouts, one side changed by one or two of the differences the issue
 * lists (a typo with another difference, a word dropped, a word abbreviated, a case slip, a legal
 * form, a country added in another language). Every changed pair is still the same organisation;
 * the figure is the share still flagged likely or possible. Deterministic (seeded by the pair).
 * Run: node --import tsx bench/dedupe-perturbed.ts [--misses]
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { findDuplicatesWithin } from '../src/organisations/find-duplicates.ts';

interface Pair { a: string; b: string; same: boolean; split: string; country_a?: string; country_b?: string }

const fixtures = new URL('../test/fixtures/', import.meta.url);
const load = (file: string): Pair[] => {
  const raw = JSON.parse(readFileSync(new URL(file, fixtures), 'utf8')) as Pair[] | { pairs: Pair[] };
  return (Array.isArray(raw) ? raw : raw.pairs).filter((p) => p.split === 'tune' && p.same);
};

function random(seed: string) {
  let state = createHash('sha256').update(seed).digest().readUInt32LE(0) || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

const SMALL = new Set('of the for and de la le les des du el los las y et e da do dos das für und pour para por en in on'.split(' '));
const COUNTRY_IN_ANOTHER_LANGUAGE = ['Deutschland', 'España', 'Brasil', 'Sverige', 'Suisse', 'Italia', 'México', 'Norge', 'Österreich', 'Belgique'];

type Change = (name: string, r: () => number) => string | null;
const words = (name: string) => name.split(/\s+/).filter(Boolean);
const pick = <T,>(xs: T[], r: () => number) => xs[Math.floor(r() * xs.length)]!;
const long = (name: string) => words(name).map((w, i) => [w, i] as const).filter(([w]) => /^\p{L}{5,}$/u.test(w));

const CHANGES: Record<string, Change> = {
  typo: (name, r) => {
    const candidates = long(name);
    if (!candidates.length) return null;
    const [w, i] = pick(candidates, r);
    const k = 1 + Math.floor(r() * (w.length - 2));
    const changed = r() < 0.5 ? w.slice(0, k) + w[k + 1] + w[k] + w.slice(k + 2) : w.slice(0, k) + w.slice(k + 1);
    return words(name).map((x, j) => (j === i ? changed : x)).join(' ');
  },
  'word dropped': (name, r) => {
    const ws = words(name);
    const droppable = ws.map((w, i) => [w, i] as const).filter(([w, i]) => i > 0 && !SMALL.has(w.toLowerCase()) && /^\p{L}+$/u.test(w));
    if (ws.length < 4 || !droppable.length) return null;
    const [, i] = pick(droppable, r);
    return ws.filter((_, j) => j !== i).join(' ');
  },
  abbreviated: (name, r) => {
    const candidates = long(name).filter(([w]) => w.length >= 7);
    if (!candidates.length) return null;
    const [w, i] = pick(candidates, r);
    return words(name).map((x, j) => (j === i ? `${w.slice(0, 4)}.` : x)).join(' ');
  },
  'case slip': (name, r) => {
    const candidates = long(name);
    if (!candidates.length) return null;
    const [w, i] = pick(candidates, r);
    return words(name).map((x, j) => (j === i ? w.slice(0, 2).toUpperCase() + w.slice(2) : x)).join(' ');
  },
  'legal form': (name, r) => `${name}${pick([' e.V.', ', Inc.', ' asbl', ' gGmbH', ' Ltd'], r)}`,
  'of / on': (name) => (/ of /.test(name) ? name.replace(/ of /, ' on ') : / for /.test(name) ? name.replace(/ for /, ' of ') : null),
};

const pairs = [...load('dedupe-pairs.json'), ...load('dedupe-holdout-2.json'), ...load('dedupe-holdout-3.json')];
const showMisses = process.argv.includes('--misses');
const byKind = new Map<string, { n: number; found: number; likely: number }>();
const misses: string[] = [];
for (const pair of pairs) {
  for (const [kind, change] of Object.entries(CHANGES)) {
    // The longer name is changed: it is the one a person writes out in full and gets wrong.
    const r = random(`${pair.a}|${pair.b}|${kind}`);
    const [keep, edit] = pair.a.length >= pair.b.length ? [pair.b, pair.a] : [pair.a, pair.b];
    const first = change(edit, r);
    if (first === null || first === edit) continue;
    // A second, other difference on top ("a small typo together with another difference").
    const second = kind === 'typo' ? (CHANGES['legal form']!(first, r) ?? first) : kind === 'legal form' ? (CHANGES.typo!(first, r) ?? first) : first;
    const [found] = findDuplicatesWithin([{ name: keep }, { name: second }]);
    const row = byKind.get(kind) ?? { n: 0, found: 0, likely: 0 };
    row.n++;
    if (found) row.found++;
    if (found?.level === 'likely') row.likely++;
    byKind.set(kind, row);
    if (!found) misses.push(`  [${kind}] "${keep}" | "${second}"`);
  }
}
let n = 0;
let found = 0;
for (const [kind, row] of byKind) {
  n += row.n;
  found += row.found;
  console.log(`${kind.padEnd(14)} ${String(row.n).padStart(4)} pairs  likely ${(row.likely / row.n).toFixed(3)}  likely+possible ${(row.found / row.n).toFixed(3)}`);
}
console.log(`${'all'.padEnd(14)} ${String(n).padStart(4)} pairs  likely+possible ${(found / n).toFixed(3)}`);
if (showMisses) console.log(`\nNot flagged (${misses.length}):\n${misses.join('\n')}`);
