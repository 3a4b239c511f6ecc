import assert from 'node:assert/strict';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import { ImportFileError } from './import-file-error.ts';
import { parseXlsx } from './parse-xlsx.ts';

async function workbook(rows: ExcelJS.CellValue[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Responses');
  rows.forEach((row) => sheet.addRow(row));
  book.addWorksheet('Ignored').addRow(['not read']);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

test('the first sheet is read into headers and rows of text', async () => {
  const bytes = await workbook([
    ['Timestamp', 'Organisation name', 'Country'],
    [new Date('2019-05-01T10:00:00Z'), 'Centre des R.O.S.É.S. de l’Abitibi-Témiscamingue', 'Canada'],
    [new Date('2019-05-02T10:00:00Z'), 'СВОН Плюс', null],
    [null, { formula: 'A1&"x"', result: '=looks like a formula' }, 'France'],
  ]);
  const { headers, rows, warnings } = await parseXlsx(bytes);
  assert.deepEqual(headers, ['Timestamp', 'Organisation name', 'Country']);
  assert.deepEqual(rows[0], ['2019-05-01', 'Centre des R.O.S.É.S. de l’Abitibi-Témiscamingue', 'Canada']);
  assert.deepEqual(rows[1], ['2019-05-02', 'СВОН Плюс', '']);
  assert.equal(rows[2]![1], '=looks like a formula');
  assert.equal(warnings.length, 1);
});

test('a file that is not a workbook is refused plainly', async () => {
  await assert.rejects(parseXlsx(new TextEncoder().encode('name\nOrg\n')), (e: unknown) => e instanceof ImportFileError && /not an Excel workbook/.test(e.message));
  await assert.rejects(parseXlsx(new Uint8Array()), ImportFileError);
  await assert.rejects(parseXlsx(await workbook([['name']])), /no rows/);
});
