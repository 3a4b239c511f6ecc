import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { countryCode } from '../organisations/countries.ts';
import { findSignatoryListSection } from './find-list-section.ts';
import { stripMarkup } from './pasted-lines.ts';
import { parseTextList } from './parse-text-list.ts';

const fixtures = new URL('../../test/fixtures/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, fixtures), 'utf8');

interface ExpectedEntry {
  name: string;
  country: string | null;
  kind?: string;
  ambiguous?: boolean;
  alt?: { name: string; country: string | null };
}

const ihrcExpected = JSON.parse(read('ihrc-2019-signatories.json')) as { entries: { number: number; name: string }[] };

function assertIhrcList(statementOrList: string) {
  const section = findSignatoryListSection(statementOrList);
  assert.ok(section, 'the list heading is found');
  const { entries, warnings } = parseTextList(section.text, { lineOffset: section.lineOffset });
  assert.deepEqual(warnings, []);
  assert.deepEqual(
    entries.map((e) => e.name),
    ihrcExpected.entries.map((e) => e.name),
  );
  // The IHRC list writes no countries after names: "…, Sierra Leone" stays part of the name.
  assert.ok(entries.every((e) => e.country === null));
  return { entries, section };
}

test('the IHRC 2019 list section parses to its 336 published names', () => {
  const { entries } = assertIhrcList(read('ihrc-2019-list.txt'));
  assert.equal(entries[69]!.name, 'Centre des R.O.S.É.S. de l’Abitibi-Témiscamingue');
  assert.equal(entries[303]!.name, 'Students for Sensible Drug Policy, Sierra Leone');
  assert.equal(entries[2]!.name, 'A New PATH (Parents for Addiction Treatment & Healing)');
});

test(
  'the list is cut from the full IHRC statement text and line numbers refer to the statement',
  () => {
    const statement = read('ihrc-2019-joint-statement.txt');
    const { entries } = assertIhrcList(statement);
    const lines = statement.split('\n');
    assert.match(lines[entries[0]!.line - 1]!, /^1\. International Drug Policy Consortium/);
    assert.match(lines[entries[335]!.line - 1]!, /^336\. /);
  },
);

const realLists = readdirSync(new URL('real-lists/', fixtures))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/, ''));

test('there are real lists to test against', () => {
  assert.ok(realLists.length >= 4);
});

for (const list of realLists) {
  test(`real list ${list} parses to its expected entries`, () => {
    // The first lines of each fixture name its source; they are not part of the pasted list.
    const text = read(`real-lists/${list}.txt`).replace(/^# (source|title):.*\n/gm, '');
    const expected = JSON.parse(read(`real-lists/${list}.expected.json`)) as { entries: ExpectedEntry[] };
    const { entries } = parseTextList(text);
    assert.equal(entries.length, expected.entries.length);
    expected.entries.forEach((want, i) => {
      const got = entries[i]!;
      const actual = { name: got.name, country: got.countryText ?? null };
      const readings = [{ name: want.name, country: want.country }, ...(want.ambiguous && want.alt ? [want.alt] : [])];
      assert.ok(
        readings.some((r) => r.name === actual.name && r.country === actual.country),
        `entry ${i}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(readings)}`,
      );
      if (want.kind === 'individual') assert.equal(got.kind, 'individual', `entry ${i} is an individual`);
      // A written country is also given as its ISO code; a region has none.
      if (got.countryText) assert.equal(got.country, countryCode(got.countryText));
    });
  });
}

test('countries written after a comma, a dash or in parentheses get ISO codes', () => {
  const text = read('real-lists/hrc-internet-resolution-2016.txt');
  const byName = new Map(parseTextList(text).entries.map((e) => [e.name, e]));
  assert.equal(byName.get('Bytes for All')?.country, 'PK');
  assert.equal(byName.get('Foundation for Media Alternatives')?.country, 'PH');
  assert.equal(byName.get('National Coalition of Human Rights Defenders')?.country, 'BI');
  assert.equal(byName.get('Unwanted Witness Uganda')?.country, null);
});

test('numbers alone on a line take the name on the next line', () => {
  const { entries } = parseTextList('99.\nDejusticia\n100.\nDeutsche AIDS-Hilfe\n101.\nDiogenis Drug Policy\nDialogue\n');
  assert.deepEqual(
    entries.map((e) => e.name),
    ['Dejusticia', 'Deutsche AIDS-Hilfe', 'Diogenis Drug Policy Dialogue'],
  );
});

test('bullets, section headings and markup are not part of names', () => {
  const text = [
    '<p><strong>Global</strong></p>',
    '• Harm Reduction International',
    '• Health GAP (Global Access Project)',
    'National:',
    '- Rumah Cemara',
    '- Hawai&#39;i Health &amp; Harm Reduction Center<br>- Apoyo Positivo',
    'Individuals',
    '* Ana Example',
  ].join('\n');
  const { entries } = parseTextList(text);
  assert.deepEqual(
    entries.map((e) => [e.name, e.section, e.kind ?? 'organisation']),
    [
      ['Harm Reduction International', 'Global', 'organisation'],
      ['Health GAP (Global Access Project)', 'Global', 'organisation'],
      ['Rumah Cemara', 'National', 'organisation'],
      ["Hawai'i Health & Harm Reduction Center", 'National', 'organisation'],
      ['Apoyo Positivo', 'National', 'organisation'],
      ['Ana Example', 'Individuals', 'individual'],
    ],
  );
});

test('a page header repeated at every page break is dropped, and page numbers with it', () => {
  const text = [
    'Joint statement – signatories',
    'Access Now',
    'Amnesty International',
    '2',
    '\fJoint statement – signatories',
    'ARTICLE 19',
    'Big Brother Watch',
    '3',
    '\fJoint statement – signatories',
    'WITNESS',
  ].join('\n');
  const { entries, warnings } = parseTextList(text);
  assert.deepEqual(
    entries.map((e) => e.name),
    ['Access Now', 'Amnesty International', 'ARTICLE 19', 'Big Brother Watch', 'WITNESS'],
  );
  assert.ok(warnings.some((w) => w.includes('page header')));
});

test('the country convention can be forced either way', () => {
  const text = 'Students for Sensible Drug Policy\nStudents for Sensible Drug Policy, Sierra Leone\nLEAP UK';
  assert.deepEqual(
    parseTextList(text).entries.map((e) => e.country),
    [null, null, null],
  );
  const forced = parseTextList(text, { countryConvention: 'suffix' }).entries;
  assert.deepEqual(
    forced.map((e) => [e.name, e.country]),
    [
      ['Students for Sensible Drug Policy', null],
      ['Students for Sensible Drug Policy', 'SL'],
      ['LEAP UK', null],
    ],
  );
  const suffixList = 'Bytes for All, Pakistan\nIT for Change (India)\nRéseau des Citoyens Probes – Burundi';
  assert.deepEqual(
    parseTextList(suffixList, { countryConvention: 'none' }).entries.map((e) => e.country),
    [null, null, null],
  );
  assert.deepEqual(
    parseTextList(suffixList).entries.map((e) => e.country),
    ['PK', 'IN', 'BI'],
  );
});

test('a list with nothing in it says so', () => {
  const { entries, warnings } = parseTextList('\n\n  \nSignatories:\n');
  assert.equal(entries.length, 0);
  assert.ok(warnings.length > 0);
});

test('an entity named like an object property is left as typed', () => {
  assert.equal(stripMarkup('A &constructor; B &hasOwnProperty; C &amp; D'), 'A &constructor; B &hasOwnProperty; C & D');
});
