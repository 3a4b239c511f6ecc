// Benchmark of the publishing documents against a plain-HTML baseline.
// Run: node --import tsx bench/documents.ts
import { pathToFileURL } from 'node:url';
import { listRows, signatoriesCsv, signatoryColumns } from '../src/publishing/documents/csv.ts';
import { renderDocx } from '../src/publishing/documents/render-docx.ts';
import { renderPdf, shutdownPdfRenderer } from '../src/publishing/documents/render-pdf.ts';
import type { DocumentListEntry } from '../src/publishing/documents/types.ts';
import { ihrcStatementDocument, syntheticSignatories } from '../test/fixtures/publishing/statement-documents.ts';

export interface Result {
  name: string;
  /** Median wall time of the measured runs, in ms. */
  medianMs: number;
  runs: number[];
  budgetMs: number | null;
  /** Median time of the HTML baseline for the same list, in ms. */
  baselineMs: number | null;
  /** Peak resident-memory growth of this process during the run, in MB (CSV only). */
  peakRssDeltaMb: number | null;
  note?: string;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timed(runs: number, warmups: number, fn: (i: number) => Promise<unknown> | unknown): Promise<number[]> {
  for (let i = 0; i < warmups; i++) await fn(-1 - i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    times.push(performance.now() - start);
  }
  return times;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The baseline: the same numbered list as a plain HTML page. */
function htmlList(title: string, entries: DocumentListEntry[]): string {
  let html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>${escapeHtml(title)}</title><h1>${escapeHtml(title)}</h1><ol>`;
  for (const e of entries) html += `<li value="${e.number}">${escapeHtml(e.name)}${e.country ? ` <span>(${escapeHtml(e.country)})</span>` : ''}</li>`;
  return html + '</ol></html>';
}

/** Measures PDF and DOCX of 5,000 signatories, CSV of 100,000 rows, and the HTML baseline. */
export async function benchDocuments(): Promise<Result[]> {
  const base = ihrcStatementDocument({ addendum: [], individuals: [] });
  // Every run gets different names so Typst's memo cache cannot replay a previous layout.
  const doc = (i: number) => ({ ...base, signatories: syntheticSignatories(5000, ` r${i}`) });

  const html5k = await timed(5, 2, (i) => htmlList(base.title, syntheticSignatories(5000, ` r${i}`)));
  const pdf = await timed(5, 1, (i) => renderPdf(doc(i)));
  const docx = await timed(5, 1, (i) => renderDocx(doc(i)));
  await shutdownPdfRenderer();

  const rows = (n: number) => {
    const words = ['Association', 'Réseau', 'Fundación', 'Союз', '=SUM(A1)', 'Društvo'];
    return (function* () {
      for (let i = 1; i <= n; i++) yield { number: i, name: `${words[i % words.length]} ${i}, "quoted"`, country: i % 3 ? 'España' : null };
    })();
  };
  const html100k = await timed(3, 1, () => htmlList(base.title, [...listRows(syntheticSignatories(100_000))].map((r) => r as unknown as DocumentListEntry)));
  let peakDelta = 0;
  const csv = await timed(3, 1, async () => {
    globalThis.gc?.();
    const before = process.memoryUsage().rss;
    const watch = setInterval(() => {
      peakDelta = Math.max(peakDelta, process.memoryUsage().rss - before);
    }, 5);
    let bytes = 0;
    for await (const chunk of signatoriesCsv(rows(100_000), signatoryColumns)) bytes += (chunk as Buffer).length;
    clearInterval(watch);
    peakDelta = Math.max(peakDelta, process.memoryUsage().rss - before);
    if (bytes < 100_000 * 20) throw new Error(`CSV too small: ${bytes} bytes`);
  });

  return [
    { name: 'HTML list, 5,000 (baseline)', medianMs: median(html5k), runs: html5k, budgetMs: null, baselineMs: median(html5k), peakRssDeltaMb: null },
    { name: 'PDF, 5,000 signatories', medianMs: median(pdf), runs: pdf, budgetMs: 2000, baselineMs: median(html5k), peakRssDeltaMb: null },
    { name: 'DOCX, 5,000 signatories', medianMs: median(docx), runs: docx, budgetMs: 1000, baselineMs: median(html5k), peakRssDeltaMb: null },
    { name: 'HTML list, 100,000 (baseline)', medianMs: median(html100k), runs: html100k, budgetMs: null, baselineMs: median(html100k), peakRssDeltaMb: null },
    { name: 'CSV, 100,000 rows streamed', medianMs: median(csv), runs: csv, budgetMs: 2000, baselineMs: median(html100k), peakRssDeltaMb: peakDelta / 1024 / 1024 },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await benchDocuments();
  console.log(`Node ${process.version}, ${(await import('node:os')).cpus().length} CPUs`);
  console.table(
    results.map((r) => ({
      document: r.name,
      'median ms': Math.round(r.medianMs),
      'runs ms': r.runs.map((t) => Math.round(t)).join(' '),
      budget: r.budgetMs === null ? '' : `${r.budgetMs} ms ${r.medianMs <= r.budgetMs ? 'ok' : 'OVER'}`,
      '× HTML': r.baselineMs ? (r.medianMs / r.baselineMs).toFixed(1) : '',
      'peak RSS Δ MB': r.peakRssDeltaMb === null ? '' : r.peakRssDeltaMb.toFixed(1),
    })),
  );
}
