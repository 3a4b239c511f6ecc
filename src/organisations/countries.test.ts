import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countryCode } from './countries.ts';

test('country names map to codes in use, never to withdrawn ones', () => {
  // CLDR also names withdrawn codes (DD East Germany, RH Rhodesia, YD South Yemen, BU Burma…);
  // those must not win over the codes the sign-on form and the API accept.
  for (const [name, iso] of [['Germany', 'DE'], ['Deutschland', 'DE'], ['Zimbabwe', 'ZW'], ['Yemen', 'YE'], ['Myanmar', 'MM'], ['Serbia', 'RS'], ['Вьетнам', 'VN'], ['Curaçao', 'CW']] as const) {
    assert.equal(countryCode(name), iso, name);
  }
  assert.equal(countryCode('UK'), 'GB', '"UK" is a common way to write GB, not a code');
  assert.equal(countryCode('ML'), 'ML');
});
