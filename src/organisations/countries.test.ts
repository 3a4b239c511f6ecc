import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countryCode, nationalityCountry } from './countries.ts';

test('country names map to codes in use, never to withdrawn ones', () => {
  // CLDR also names withdrawn codes (DD East Germany, RH Rhodesia, YD South Yemen, BU Burma…);
  // those must not win over the codes the sign-on form and the API accept.
  for (const [name, iso] of [['Germany', 'DE'], ['Deutschland', 'DE'], ['Zimbabwe', 'ZW'], ['Yemen', 'YE'], ['Myanmar', 'MM'], ['Serbia', 'RS'], ['Вьетнам', 'VN'], ['Curaçao', 'CW']] as const) {
    assert.equal(countryCode(name), iso, name);
  }
  assert.equal(countryCode('UK'), 'GB', '"UK" is a common way to write GB, not a code');
  assert.equal(countryCode('ML'), 'ML');
});

test('a country written in its own language, and nationality words, name the country (issue 13, round 2)', async () => {
  const { lookupLocation, nationalityCountry } = await import('./countries.ts');
  for (const [name, iso] of [['Norge', 'NO'], ['Sverige', 'SE'], ['Magyarország', 'HU'], ['Österreich', 'AT'], ['Tchad', 'TD'], ['Liban', 'LB']] as const) {
    assert.equal(lookupLocation(name)?.iso, iso, name);
  }
  for (const [word, iso] of [['kenyan', 'KE'], ['togolaise', 'TG'], ['senegalaise', 'SN'], ['nigerian', 'NG'], ['canadian', 'CA']] as const) {
    assert.equal(nationalityCountry(word), iso, word);
  }
  for (const word of ['network', 'international', 'indigenous', 'human', 'african']) assert.equal(nationalityCountry(word), null, word);
});

test('a country written by its own name is no nationality of another country', () => {
  assert.equal(nationalityCountry('nigeria'), null, 'not Niger');
  assert.equal(nationalityCountry('nigerian'), 'NG');
});
