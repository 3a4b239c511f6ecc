import assert from 'node:assert/strict';
import { test } from 'node:test';
import { guessColumnMapping } from './column-mapping.ts';
import { ImportFileError, parseCsv } from './parse-csv.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

test('a Google Forms export maps to our fields', () => {
  const csv = utf8(
    'Timestamp,Organisation name,Email address,Country,Your name,Website\n' +
      '2019/05/01 10:00:00,Acción Andina Bolivia,info@example.org,Bolivia,Ana,https://example.org\n' +
      '2019/05/01 11:00:00,"Hawai\'i Health & Harm Reduction Center",x@example.net,USA,Kim,\n',
  );
  const { headers, rows, warnings } = parseCsv(csv);
  assert.equal(rows.length, 2);
  assert.equal(rows[0]![1], 'Acción Andina Bolivia');
  assert.deepEqual(warnings, []);
  assert.deepEqual(guessColumnMapping(headers), { contact_email: 2, website: 5, contact_name: 4, country: 3, name: 1 });
});

test('French and Spanish headers, semicolons and a UTF-8 BOM are understood', () => {
  const csv = utf8('\uFEFFNom de l’organisation;Pays;Courriel\nCoalition PLUS;France;a@coalitionplus.org\n');
  const { headers, rows } = parseCsv(csv);
  assert.equal(headers[0], 'Nom de l’organisation');
  assert.equal(rows[0]![1], 'France');
  assert.deepEqual(guessColumnMapping(headers), { contact_email: 2, country: 1, name: 0 });
  assert.deepEqual(guessColumnMapping(['Organización', 'País', 'Tipo', 'Sitio web']), { website: 3, country: 1, type: 2, name: 0 });
});

test('UTF-16 with a BOM is decoded', () => {
  const text = 'name,country\nСВОН Плюс,Kazakhstan\n';
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
    bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  assert.equal(parseCsv(bytes).rows[0]![0], 'СВОН Плюс');
});

test('cells that a spreadsheet would run as formulas are kept as text and noted', () => {
  const { rows, warnings } = parseCsv(utf8('name,country\n"=HYPERLINK(""http://x"")",UK\n@SUM(1),FR\n-12,DE\n'));
  assert.equal(rows[0]![0], '=HYPERLINK("http://x")');
  assert.equal(rows[1]![0], '@SUM(1)');
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /^2 cell/);
});

test('bad files are refused with a plain reason', () => {
  const refuses = (bytes: Uint8Array, pattern: RegExp, opts = {}) =>
    assert.throws(() => parseCsv(bytes, opts), (e: unknown) => e instanceof ImportFileError && pattern.test(e.message));
  refuses(new Uint8Array(), /empty/);
  refuses(utf8('   \n\n'), /empty/);
  refuses(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), /binary/);
  refuses(new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x0a]), /UTF-8/); // "Café" in Latin-1
  refuses(utf8('name\n' + 'x\n'.repeat(100)), /larger than/, { maxBytes: 50 });
  refuses(utf8('name\n' + 'Org\n'.repeat(20_001)), /more than 20,000 rows/);
  refuses(utf8('name,country\n'), /no rows/);
});
