// Names for benchmarks: the real signatory names of the fixtures, and synthetic registries built
// from their words so that word frequencies are realistic. Fixed seeds make runs comparable.
import { readFileSync } from 'node:fs';

/** A fixed-seed generator. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Real signatory names from the fixtures (IHRC 2019 and four other real lists). */
export function realNames(): string[] {
  const fixtures = new URL('../test/fixtures/', import.meta.url);
  const ihrc = JSON.parse(readFileSync(new URL('ihrc-2019-signatories.json', fixtures), 'utf8')) as { entries: { name: string }[] };
  const names = ihrc.entries.map((e) => e.name);
  for (const list of ['covid-surveillance-2020', 'ep-terrorism-database-2019', 'five-eyes-encryption-2017', 'hrc-internet-resolution-2016']) {
    const expected = JSON.parse(readFileSync(new URL(`real-lists/${list}.expected.json`, fixtures), 'utf8')) as { entries: { name: string }[] };
    names.push(...expected.entries.map((e) => e.name));
  }
  return names;
}

/** Synthetic names built from real name words, so word frequencies are realistic. */
export function synthesise(names: string[], count: number, next: () => number): string[] {
  const words = names.flatMap((n) => n.split(/\s+/)).filter((w) => /^\p{L}[\p{L}'’-]*$/u.test(w));
  const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)]!;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
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
