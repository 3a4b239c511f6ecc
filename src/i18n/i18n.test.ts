import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate, languageName, matchLocale, negotiateLocale, preferredLocale, textDirection, translator } from './i18n.ts';
import { countryName, countryOptions, isCountryCode } from './countries.ts';

test('plural branches follow the count', () => {
  const t = translator('en');
  assert.equal(t('statement.count', { count: 1 }), '1 organisation has signed');
  assert.equal(t('statement.count', { count: 336 }), '336 organisations have signed');
  assert.equal(t('statement.count', { count: 1200 }), '1,200 organisations have signed');
});

test('Accept-Language is read by quality, region tags fall back to their language, others to English', () => {
  assert.equal(negotiateLocale('xx-YY, en;q=0.5'), 'en');
  assert.equal(negotiateLocale(undefined), 'en');
  assert.equal(negotiateLocale('de;q=1, fr-CA;q=0.8, ar;q=0.9'), 'ar');
  assert.equal(negotiateLocale('pt-BR'), 'pt');
  assert.equal(preferredLocale('de, sw'), null);
  assert.equal(preferredLocale('fr;q=0'), null);
});

test('hostile tags match nothing and never throw', () => {
  for (const tag of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '', ' ', '-', 'en-', 'x'.repeat(10_000), 'en\u0000', '💥']) {
    assert.equal(matchLocale(tag), tag.startsWith('en') && /^en-?$/.test(tag) ? matchLocale(tag) : null, tag);
    assert.doesNotThrow(() => negotiateLocale(`${tag}, ${tag};q=0.5`));
    assert.equal(translator(tag).locale, 'en');
    assert.doesNotThrow(() => formatDate(new Date(0), tag));
    assert.doesNotThrow(() => languageName(tag, tag));
  }
});

test('direction, dates and language names follow the locale', () => {
  assert.equal(textDirection('ar'), 'rtl');
  assert.equal(textDirection('ar-LB'), 'rtl');
  assert.equal(textDirection('fr'), 'ltr');
  assert.equal(formatDate(new Date('2019-04-28T12:00:00Z'), 'fr'), '28 avril 2019');
  assert.equal(formatDate(new Date('2019-04-28T12:00:00Z'), 'es'), '28 de abril de 2019');
  assert.equal(languageName('en', 'fr'), 'anglais');
  assert.equal(languageName('ar', 'ar'), 'العربية');
});

test('countries are localised and validated', () => {
  assert.equal(countryName('CI', 'fr'), 'Côte d’Ivoire');
  assert.equal(countryName('DE', 'ru'), 'Германия');
  assert.equal(isCountryCode('ML'), true);
  assert.equal(isCountryCode('ZZ'), false);
  assert.equal(isCountryCode('UK'), false);
  assert.equal(countryOptions('en').length, 250);
});
