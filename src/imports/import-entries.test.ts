import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { entriesFromTable, entriesFromText, toEntry, validateMapping } from './import-entries.ts';
import { ImportFileError } from './import-file-error.ts';

const none = { country: null, type: null, website: null, contact_name: null, contact_email: null };

test('an entry is validated like a coordinator entry; odd values are left out with a note, a bad name skips the entry', () => {
  const ok = toEntry({ ...none, name: '  Harm  Reduction International ', country: 'United Kingdom', type: 'NGO', website: 'hri.global' }, 'row 2');
  assert.deepEqual(ok, {
    name: 'Harm Reduction International',
    country: 'GB',
    international: false,
    type: 'ngo',
    website: 'https://hri.global',
    contactName: null,
    contactEmail: null,
    origin: 'row 2',
    notes: [],
  });
  const odd = toEntry({ ...none, name: 'Mainline', country: 'Atlantis', type: 'militia', website: 'javascript:alert(1)', contact_email: 'nope' }, 'row 3');
  assert.ok(!('reason' in odd));
  assert.deepEqual([odd.country, odd.international, odd.type, odd.website, odd.contactEmail], [null, false, null, null, null]);
  const global = toEntry({ ...none, name: 'Harm Reduction International', country: 'Global' }, 'row 4');
  assert.ok(!('reason' in global));
  assert.deepEqual([global.country, global.international], [null, true], '"Global" in the country column: international, not unknown');
  assert.equal(odd.notes.length, 4, odd.notes.join('\n'));
  assert.match(odd.notes.join(' '), /Atlantis.*not recognised/);
  const bad = toEntry({ ...none, name: 'Evil\u202Egro' }, 'line 4');
  assert.ok('reason' in bad && /text-direction/.test(bad.reason));
});

test('the IHRC list as pasted text gives 336 entries; an empty paste is refused', () => {
  const text = readFileSync(new URL('../../test/fixtures/ihrc-2019-list.txt', import.meta.url), 'utf8');
  const { entries, skipped } = entriesFromText(text);
  assert.equal(entries.length, 336);
  assert.deepEqual(skipped, []);
  assert.throws(() => entriesFromText(' \n '), ImportFileError);
  assert.throws(() => entriesFromText('x'.repeat(1_000_001)), /longer than 1,000,000 characters/);
});

test('a table is read through a column mapping that must name the name column and use each column once', () => {
  const table = { headers: ['Timestamp', 'Organisation', 'Pays'], rows: [['1', 'Médecins du Monde', 'France'], ['2', '', 'Mali'], ['3', 'ARCAD Santé Plus', 'ML']], warnings: [] };
  const { entries, warnings } = entriesFromTable(table, { name: 1, country: 2 });
  assert.deepEqual(entries.map((e) => [e.name, e.country, e.origin]), [['Médecins du Monde', 'FR', 'row 2'], ['ARCAD Santé Plus', 'ML', 'row 4']]);
  assert.match(warnings.join(), /1 row\(s\) have no organisation name/);
  assert.throws(() => validateMapping({ country: 2 }, table.headers), /column that holds the organisation names/);
  assert.throws(() => validateMapping({ name: 1, country: 1 }, table.headers), /one field only/);
  assert.throws(() => validateMapping({ name: 7 }, table.headers), /does not exist/);
  assert.throws(() => validateMapping({ name: 1, colour: 2 }, table.headers), /not valid/);
  assert.throws(() => entriesFromTable({ ...table, rows: [['1', '', '']] }, { name: 1 }), /No organisation names were found/);
});
