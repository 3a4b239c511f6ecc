import assert from 'node:assert/strict';
import { text } from 'node:stream/consumers';
import { describe, test } from 'node:test';
import { ihrcSignatories, ihrcStatementDocument } from '../../../test/fixtures/publishing/statement-documents.ts';
import { listRows, neutraliseFormula, signatoriesCsv, signatoriesJson, signatoryColumns, statementJson } from './csv.ts';

async function bytes(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

describe('signatoriesCsv', () => {
  test('starts with a UTF-8 BOM, then the header, CRLF rows and accents intact', async () => {
    const csv = await bytes(signatoriesCsv(listRows(ihrcSignatories()), signatoryColumns));
    assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const lines = csv.subarray(3).toString('utf8').split('\r\n');
    assert.equal(lines[0], 'Number,Name,Country');
    assert.equal(lines[1], '1,International Drug Policy Consortium,');
    assert.equal(lines.length, 336 + 2, 'header, 336 rows, final empty line');
    assert.ok(lines.includes('31,Associació Reus Som Útils,'));
    assert.ok(lines.includes('336,СВОН Плюс,'));
    assert.ok(lines.includes('3,A New PATH (Parents for Addiction Treatment & Healing),'));
  });

  test('quotes cells with commas, quotes and line breaks', async () => {
    const csv = (await text(signatoriesCsv([{ a: 'Smith, Jones & "Co"', b: 'two\nlines', c: 3 }], [{ key: 'a', header: 'A' }, { key: 'b', header: 'B' }, { key: 'c', header: 'C' }])));
    assert.equal(csv, 'A,B,C\r\n"Smith, Jones & ""Co""","two\nlines",3\r\n');
  });

  test('neutralises cells that a spreadsheet would run as a formula', async () => {
    const attacks = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1', ' =1', '\t', '＝1+1'];
    const rows = attacks.map((name, i) => ({ number: i + 1, name, country: '=cmd|" /C calc"!A0' }));
    const csv = await text(signatoriesCsv(rows, signatoryColumns)); // text() drops the BOM
    const cells = csv.split('\r\n').slice(1, -1);
    assert.equal(cells.length, attacks.length);
    for (const [i, attack] of attacks.entries()) {
      const expected = `'${attack}`;
      const quoted = /[",\r\n]|^\s|\s$/.test(expected) ? `"${expected.replace(/"/g, '""')}"` : expected;
      assert.ok(csv.includes(`${i + 1},${quoted},"'=cmd|"" /C calc""!A0"`), `row ${i + 1} neutralised: ${JSON.stringify(attack)}`);
    }
    assert.equal(neutraliseFormula('Médecins du Monde'), 'Médecins du Monde');
    assert.equal(neutraliseFormula('AIDS-Hilfe e.V. - Köln'), 'AIDS-Hilfe e.V. - Köln', 'a dash inside a name stays');
    assert.equal(neutraliseFormula('-'), "'-");
  });

  test('streams from an async source without holding every row', async () => {
    let produced = 0;
    async function* rows() {
      for (let i = 1; i <= 20_000; i++) {
        produced++;
        yield { number: i, name: `Organisation ${i}`, country: null };
      }
    }
    const stream = signatoriesCsv(rows(), signatoryColumns);
    const iterator = stream[Symbol.asyncIterator]();
    const first = await iterator.next();
    assert.ok(!first.done);
    assert.ok(produced < 20_000, `only ${produced} rows read for the first chunk`);
    let total = Buffer.byteLength(first.value as Buffer);
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) total += (next.value as Buffer).length;
    assert.equal(produced, 20_000);
    assert.ok(total > 20_000 * 15);
  });

  test('a failing source fails the stream instead of ending it as if complete', async () => {
    async function* rows() {
      yield { number: 1, name: 'One', country: null };
      throw new Error('database went away');
    }
    await assert.rejects(text(signatoriesCsv(rows(), signatoryColumns)), /database went away/);
  });
});

describe('signatoriesJson and statementJson', () => {
  test('streams a JSON array of the same rows, values as given', async () => {
    const rows = [...listRows(ihrcSignatories())];
    rows.push({ number: 337, name: '=not a formula in JSON', country: 'España' });
    const parsed = JSON.parse(await text(signatoriesJson(rows, signatoryColumns))) as unknown[];
    assert.equal(parsed.length, 337);
    assert.deepEqual(parsed[335], { number: 336, name: 'СВОН Плюс', country: null });
    assert.deepEqual(parsed[336], { number: 337, name: '=not a formula in JSON', country: 'España' });
    assert.deepEqual(JSON.parse(await text(signatoriesJson([], signatoryColumns))), []);
  });

  test('the statement as JSON carries the lists and the confidential count', () => {
    const value = JSON.parse(statementJson(ihrcStatementDocument())) as { signatories: unknown[]; addendum: { name: string }[]; confidentialCount: number; title: string };
    assert.equal(value.signatories.length, 336);
    assert.equal(value.confidentialCount, 4);
    assert.equal(value.addendum[1]!.name, 'جمعية الشفاء للحد من الضرر');
    assert.match(value.title, /^336 organisations/);
  });
});
