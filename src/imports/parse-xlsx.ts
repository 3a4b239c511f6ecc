import ExcelJS from 'exceljs';
import { DEFAULT_MAX_BYTES, importError, MAX_ROWS, noteFormulaLikeCells, type TableImport } from './import-file-error.ts';

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    // A formula cell: keep its last computed result, never the formula's behaviour.
    if ('result' in value) return cellText((value.result ?? '') as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('hyperlink' in value) return String((value as { hyperlink: string }).hyperlink);
    return '';
  }
  return String(value).trim();
}

/** Read the first sheet of an .xlsx upload into headers and rows of text. */
export async function parseXlsx(buffer: Uint8Array, opts: { maxBytes?: number; maxRows?: number } = {}): Promise<TableImport> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRows = opts.maxRows ?? MAX_ROWS;
  if (buffer.length === 0) throw importError('import.error.empty');
  if (buffer.length > maxBytes) throw importError('import.error.tooLarge', { mb: Math.round(maxBytes / 1024 / 1024) });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(buffer) as unknown as ArrayBuffer);
  } catch {
    throw importError('import.error.notXlsx');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.actualRowCount === 0) throw importError('import.error.emptySheet');
  if (sheet.actualRowCount > maxRows + 1) throw importError('import.error.sheetTooManyRows', { max: maxRows });
  const records: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values as ExcelJS.CellValue[]; // 1-based: values[0] is empty
    const cells = values.slice(1).map(cellText);
    if (cells.some((c) => c !== '')) records.push(cells);
  });
  const [headers = [], ...rows] = records;
  if (rows.length === 0) throw importError('import.error.sheetNoRows');
  const width = headers.length;
  const padded = rows.map((r) => (r.length < width ? [...r, ...Array<string>(width - r.length).fill('')] : r));
  const warnings: string[] = [];
  noteFormulaLikeCells(padded, warnings);
  return { headers, rows: padded, warnings };
}
