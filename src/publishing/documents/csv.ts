// Spreadsheet and JSON exports of signatory lists, streamed row by row so a
// 100,000-row export holds one chunk in memory, not the whole file.
import { Readable } from 'node:stream';
import type { DocumentListEntry, StatementDocument } from './types.ts';

export type ExportValue = string | number | null;
export type ExportRow = Record<string, ExportValue>;
export type ExportRows = AsyncIterable<ExportRow> | Iterable<ExportRow>;
export interface ExportColumn {
  key: string;
  header: string;
}

const BOM = '\uFEFF';
const CHUNK_CHARS = 64 * 1024;

// A spreadsheet evaluates a cell that starts with = + - @ (also after leading
// tabs, returns or spaces, and in their full-width forms) as a formula; a cell
// starting with a tab or carriage return is treated the same way by OWASP.
const FORMULA_START = /^[\t\r\n ]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** Makes a text cell inert in Excel/LibreOffice by prefixing a single quote when it could start a formula. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function csvCell(value: ExportValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = neutraliseFormula(value);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Streams rows as CSV for spreadsheets: UTF-8 with a BOM (so Excel reads
 * accents), CRLF line ends, quoted where needed, formula cells neutralised.
 */
export function signatoriesCsv(rows: ExportRows, columns: ExportColumn[]): Readable {
  async function* lines(): AsyncGenerator<string> {
    let chunk = BOM + columns.map((c) => csvCell(c.header)).join(',') + '\r\n';
    for await (const row of rows) {
      let line = '';
      for (let i = 0; i < columns.length; i++) {
        if (i > 0) line += ',';
        line += csvCell(row[columns[i]!.key]);
      }
      chunk += line + '\r\n';
      if (chunk.length >= CHUNK_CHARS) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
  return Readable.from(lines(), { objectMode: false });
}

/** Streams rows as a JSON array of objects keyed by the columns' keys (values as given, not neutralised). */
export function signatoriesJson(rows: ExportRows, columns: ExportColumn[]): Readable {
  async function* parts(): AsyncGenerator<string> {
    let chunk = '[';
    let first = true;
    for await (const row of rows) {
      const out: Record<string, ExportValue> = {};
      for (const c of columns) out[c.key] = row[c.key] ?? null;
      chunk += (first ? '\n' : ',\n') + JSON.stringify(out);
      first = false;
      if (chunk.length >= CHUNK_CHARS) {
        yield chunk;
        chunk = '';
      }
    }
    yield chunk + (first ? ']\n' : '\n]\n');
  }
  return Readable.from(parts(), { objectMode: false });
}

/** The columns of a published list export. */
export const signatoryColumns: ExportColumn[] = [
  { key: 'number', header: 'Number' },
  { key: 'name', header: 'Name' },
  { key: 'country', header: 'Country' },
];

/** Rows of a list for signatoriesCsv / signatoriesJson. */
export function* listRows(entries: Iterable<DocumentListEntry>): Generator<ExportRow> {
  for (const e of entries) yield { number: e.number, name: e.name, country: e.country };
}

/** The published statement as one JSON value (the list is complete; use signatoriesJson to stream very long lists). */
export function statementJson(doc: StatementDocument): string {
  const entries = (list: DocumentListEntry[]) => list.map((e) => ({ number: e.number, name: e.name, country: e.country }));
  return JSON.stringify({
    language: doc.language,
    title: doc.title,
    dateLine: doc.dateLine,
    edition: doc.labels.editionLine,
    body: doc.bodyMarkdown,
    confidentialCount: doc.confidentialCount,
    signatories: entries(doc.signatories),
    addendum: entries(doc.addendum),
    individuals: entries(doc.individuals),
  }, null, 2);
}
