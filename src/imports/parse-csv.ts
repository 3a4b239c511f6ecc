import { parse } from 'csv-parse/sync';
import { DEFAULT_MAX_BYTES, ImportFileError, MAX_ROWS, noteFormulaLikeCells, type TableImport } from './import-file-error.ts';

export { ImportFileError } from './import-file-error.ts';

/** Decode an uploaded text file: UTF-8 (with or without BOM) or UTF-16 with a BOM. */
export function decodeTextFile(buffer: Uint8Array, opts: { maxBytes?: number } = {}): string {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (buffer.length === 0) throw new ImportFileError('The file is empty.');
  if (buffer.length > maxBytes) {
    throw new ImportFileError(`The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB. Split it into smaller files.`);
  }
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return new TextDecoder('utf-16le').decode(buffer.subarray(2));
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return new TextDecoder('utf-16be').decode(buffer.subarray(2));
  if (buffer.includes(0)) {
    throw new ImportFileError('This looks like a binary file, not a CSV or text list. Save it as CSV (UTF-8) and try again.');
  }
  try {
    // fatal: a Latin-1 or Windows-1252 file must be refused, not silently garbled.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
  } catch {
    throw new ImportFileError('The file is not in UTF-8. In your spreadsheet, save it as "CSV UTF-8" and try again.');
  }
}

/** Parse a CSV upload into headers and rows of text. Cells are never evaluated. */
export function parseCsv(buffer: Uint8Array, opts: { maxBytes?: number; maxRows?: number } = {}): TableImport {
  const text = decodeTextFile(buffer, opts);
  if (!text.trim()) throw new ImportFileError('The file is empty.');
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
    throw new ImportFileError(`The CSV file could not be read: ${(error as Error).message}`);
  }
  const [headers = [], ...rows] = records;
  if (rows.length > maxRows) throw new ImportFileError(`The file has more than ${maxRows.toLocaleString('en')} rows. Split it into smaller files.`);
  if (rows.length === 0) throw new ImportFileError('The file has a header row but no rows of data.');
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
