/**
 * Precision and recall of compareOrganisations on the labelled pairs in
 * test/fixtures/dedupe-pairs.json, overall and per split ("tune": the shared
 * pairs the rules were developed against; "holdout": our own pairs).
 * Run: node --import tsx bench/dedupe-quality.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compareOrganisations, type OrgFacts } from '../src/organisations/similarity.ts';

interface LabelledPair {
  a: string;
  b: string;
  same: boolean;
  category: string;
  why: string;
  source: string;
  split: 'tune' | 'holdout';
  country_a?: string;
  country_b?: string;
  website_a?: string;
  website_b?: string;
  email_a?: string;
  email_b?: string;
}

export interface QualityFigures {
  pairs: number;
  same: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export interface WrongPair {
  a: string;
  b: string;
  expected: boolean;
  score: number;
  reason: string;
  category: string;
  split: string;
}

function figures(results: { expected: boolean; got: boolean }[]): QualityFigures {
  const tp = results.filter((r) => r.expected && r.got).length;
  const fp = results.filter((r) => !r.expected && r.got).length;
  const fn = results.filter((r) => r.expected && !r.got).length;
  return {
    pairs: results.length,
    same: results.filter((r) => r.expected).length,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp ? tp / (tp + fp) : 1,
    recall: tp + fn ? tp / (tp + fn) : 1,
  };
}

function facts(pair: LabelledPair, side: 'a' | 'b'): OrgFacts {
  return {
    name: pair[side],
    country: pair[`country_${side}`] ?? null,
    website: pair[`website_${side}`] ?? null,
    emailDomain: pair[`email_${side}`] ?? null,
  };
}

export async function measureDedupeQuality(
  path = new URL('../test/fixtures/dedupe-pairs.json', import.meta.url),
): Promise<{ overall: QualityFigures; tune: QualityFigures; holdout: QualityFigures; wrong: WrongPair[] }> {
  const pairs = JSON.parse(readFileSync(path, 'utf8')) as LabelledPair[];
  const results = pairs.map((pair) => {
    const result = compareOrganisations(facts(pair, 'a'), facts(pair, 'b'));
    return { pair, expected: pair.same, got: result.same, result };
  });
  const wrong = results
    .filter((r) => r.expected !== r.got)
    .map((r) => ({
      a: r.pair.a,
      b: r.pair.b,
      expected: r.expected,
      score: r.result.score,
      reason: r.result.reason,
      category: r.pair.category,
      split: r.pair.split,
    }));
  return {
    overall: figures(results),
    tune: figures(results.filter((r) => r.pair.split === 'tune')),
    holdout: figures(results.filter((r) => r.pair.split === 'holdout')),
    wrong,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { overall, tune, holdout, wrong } = await measureDedupeQuality();
  const line = (label: string, f: QualityFigures) =>
    `${label.padEnd(8)} pairs ${String(f.pairs).padStart(3)} (same ${f.same})  precision ${f.precision.toFixed(3)}  recall ${f.recall.toFixed(3)}  (TP ${f.truePositives}, FP ${f.falsePositives}, FN ${f.falseNegatives})`;
  console.log(line('overall', overall));
  console.log(line('tune', tune));
  console.log(line('holdout', holdout));
  console.log(`\nWrong pairs (${wrong.length}):`);
  for (const w of wrong) {
    console.log(`  [${w.split}] ${w.expected ? 'missed  ' : 'FALSE +'} ${w.score.toFixed(2)} "${w.a}" | "${w.b}" (${w.category}) → ${w.reason}`);
  }
}
