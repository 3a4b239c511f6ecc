import { test } from 'node:test';
import assert from 'node:assert/strict';
import { negotiateLocale, translator } from './i18n.ts';
import { countryName, countryOptions, isCountryCode } from './countries.ts';

test('plural branches follow the count', () => {
  const t = translator('en');
  assert.equal(t('statement.count', { count: 1 }), '1 organisation has signed');
  assert.equal(t('statement.count', { count: 336 }), '336 organisations have signed');
  assert.equal(t('statement.count', { count: 1200 }), '1,200 organisations have signed');
});

test('unsupported languages fall back to English', () => {
  assert.equal(negotiateLocale('xx-YY, en;q=0.5'), 'en');
  assert.equal(negotiateLocale(undefined), 'en');
});

test('countries are localised and validated', () => {
  assert.equal(countryName('CI', 'fr'), 'Côte d’Ivoire');
  assert.equal(countryName('DE', 'ru'), 'Германия');
  assert.equal(isCountryCode('ML'), true);
  assert.equal(isCountryCode('ZZ'), false);
  assert.equal(isCountryCode('UK'), false);
  assert.equal(countryOptions('en').length, 250);
});
