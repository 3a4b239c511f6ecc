import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { catalogue, LOCALES, type Locale } from './i18n.ts';
import { en, type MessageKey } from './messages.en.ts';
import { review as arReview } from './messages.ar.ts';
import { review as esReview } from './messages.es.ts';
import { review as frReview } from './messages.fr.ts';
import { review as ptReview } from './messages.pt.ts';
import { review as ruReview } from './messages.ru.ts';

/** Argument names a message uses, and every plural it contains with the forms it offers. */
function shape(elements: MessageFormatElement[], out = { args: new Set<string>(), plurals: [] as { arg: string; forms: string[] }[] }) {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) out.args.add(el.value);
    if (el.type === TYPE.select || el.type === TYPE.plural) {
      out.args.add(el.value);
      if (el.type === TYPE.plural) out.plurals.push({ arg: el.value, forms: Object.keys(el.options) });
      for (const option of Object.values(el.options)) shape(option.value, out);
    }
    if (el.type === TYPE.tag) shape(el.children, out);
  }
  return out;
}

const englishKeys = Object.keys(en).sort();

for (const locale of LOCALES) {
  test(`${locale}: same keys as English, same placeholders, every CLDR plural form`, () => {
    const cat = catalogue(locale) as Record<string, string>;
    const keys = Object.keys(cat).sort();
    assert.deepEqual(keys.filter((k) => !Object.hasOwn(en, k)), [], `${locale} has keys English lacks`);
    assert.deepEqual(englishKeys.filter((k) => !Object.hasOwn(cat, k)), [], `${locale} lacks keys English has`);
    const required = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    for (const key of englishKeys) {
      const reference = shape(parse(en[key as MessageKey]));
      let mine;
      try {
        mine = shape(parse(cat[key]!));
      } catch (err) {
        assert.fail(`${locale} ${key} does not parse: ${(err as Error).message}`);
      }
      assert.deepEqual([...mine.args].sort(), [...reference.args].sort(), `${locale} ${key}: placeholders differ from English`);
      for (const plural of mine.plurals) {
        const missing = required.filter((form) => !plural.forms.includes(form));
        assert.deepEqual(missing, [], `${locale} ${key}: plural of {${plural.arg}} lacks ${missing.join(', ')}`);
      }
    }
  });
}

test('the review lists name real keys', () => {
  const lists: [Locale, readonly MessageKey[]][] = [['fr', frReview], ['es', esReview], ['ru', ruReview], ['pt', ptReview], ['ar', arReview]];
  for (const [locale, list] of lists) for (const key of list) assert.ok(Object.hasOwn(en, key), `${locale} review: ${key}`);
});
