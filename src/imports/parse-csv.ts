import { parse } from 'csv-parse/sync';
import { DEFAULT_MAX_BYTES, importError, MAX_ROWS, noteFormulaLikeCells, type TableImport } from './import-file-error.ts';

export { ImportFileError } from './import-file-error.ts';

/** Decode an uploaded text file: UTF-8 (with or without BOM) or UTF-16 with a BOM. */
export function decodeTextFile(buffer: Uint8Array, opts: { maxBytes?: number } = {}): string {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (buffer.length === 0) throw importError('import.error.empty');
  if (buffer.length > maxBytes) {
    throw importError('import.error.tooLarge', { mb: Math.round(maxBytes / 1024 / 1024) });
  }
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return new TextDecoder('utf-16le').decode(buffer.subarray(2));
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return new TextDecoder('utf-16be').decode(buffer.subarray(2));
  if (buffer.includes(0)) {
    throw importError('import.error.binary');
  }
  try {
    // fatal: a Latin-1 or Windows-1252 file must be refused, not silently garbled.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
  } catch {
    throw importError('import.error.notUtf8');
  }
}

/** Parse a CSV upload into headers and rows of text. Cells are never evaluated. */
export function parseCsv(buffer: Uint8Array, opts: { maxBytes?: number; maxRows?: number } = {}): TableImport {
  const text = decodeTextFile(buffer, opts);
  if (!text.trim()) throw importError('import.error.empty');
  const maxRows = opts.maxRows ?? MAX_ROWS;
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      delimiter: guessDelimiter(text),
      to_line: maxRows + 2,
    }) as string[][];
  } catch (error) {
    throw importError('import.error.csvUnreadable', { detail: (error as Error).message });
  }
  const [headers = [], ...rows] = records;
  if (rows.length > maxRows) throw importError('import.error.tooManyRows', { max: maxRows });
  if (rows.length === 0) throw importError('import.error.noRows');
  const warnings: string[] = [];
  noteFormulaLikeCells(rows, warnings);
  return { headers, rows, warnings };
}

// Spreadsheets in many locales write CSV with semicolons (the comma is their decimal separator).
function guessDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (c: string) => firstLine.split(c).length - 1;
  const candidates = [',', ';', '\t'];
  return candidates.reduce((best, c) => (count(c) > count(best) ? c : best), ',');
}
