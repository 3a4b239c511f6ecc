import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { dryRunTextImport } from './dry-run-import.ts';

const fixtures = new URL('../../test/fixtures/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, fixtures), 'utf8');

test('the IHRC list: 336 entries without countries, entries 72 and 73 flagged', () => {
  const result = dryRunTextImport(read('ihrc-2019-list.txt'));
  assert.equal(result.entries.length, 336);
  assert.ok(result.entries.every((e) => e.country === null));
  // Levels (issue 13): the expected pair is the one likely pair; possible ones are worth a look only.
  const likely = result.duplicates.filter((d) => d.level === 'likely');
  assert.deepEqual(likely.map((d) => [d.a, d.b]), [[71, 72]]);
  assert.ok(likely[0]!.score > 0.8 && likely[0]!.reason.length > 0);
  // The shape the CLI prints as JSON.
  assert.deepEqual(Object.keys(JSON.parse(JSON.stringify(result))), ['entries', 'duplicates', 'warnings']);
});

test('a real list with countries: ISO codes and the duplicate the expected file records', () => {
  const result = dryRunTextImport(read('real-lists/covid-surveillance-2020.txt').replace(/^# (source|title):.*\n/gm, ''));
  const expected = JSON.parse(read('real-lists/covid-surveillance-2020.expected.json')) as { duplicates: number[][] };
  assert.deepEqual(result.duplicates.filter((d) => d.level === 'likely').map((d) => [d.a, d.b]), expected.duplicates);
  assert.deepEqual(result.entries[11], { name: 'ASUTIC', country: 'SN' });
  assert.deepEqual(result.entries[49], { name: 'Fundación Acceso', country: null });
});
