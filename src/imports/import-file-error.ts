import { translator, type MessageKey, type Params } from '../i18n/i18n.ts';
import type { Localised } from '../i18n/localised.ts';

/** A file a coordinator tried to import that cannot be read as a list; the message says why, in their language when `localised`. */
export class ImportFileError extends Error {
  constructor(
    message: string,
    readonly localised?: Localised,
  ) {
    super(message);
    this.name = 'ImportFileError';
  }
}

/** An ImportFileError from the catalogue: English in `message` (CLI), translated on the coordinator's page. */
export const importError = (key: MessageKey, params?: Params) =>
  new ImportFileError(translator('en')(key, params), params ? { key, params } : { key });

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const MAX_ROWS = 20_000;

export interface TableImport {
  headers: string[];
  rows: string[][];
  warnings: string[];
}

// Spreadsheets evaluate cells starting with these; we store them as text and never evaluate.
const FORMULA_START = /^[=+\-@]/;

/** Note cells that a spreadsheet would run as formulas. Values are kept as written. */
export function noteFormulaLikeCells(rows: string[][], warnings: string[]): void {
  let count = 0;
  let first: string | undefined;
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (FORMULA_START.test(cell) && !/^[-+]?\d/.test(cell)) {
        count++;
        first ??= `row ${r + 2}, column ${c + 1}`;
      }
    }),
  );
  if (count) {
    warnings.push(
      `${count} cell(s) start with =, +, - or @ (first at ${first}); they are stored as plain text and will be escaped in exports.`,
    );
  }
}
