import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headlineText } from '../statements/statement.ts';
import { LOCALES, translator, type Locale } from './i18n.ts';

const COUNTS = [0, 1, 2, 3, 11, 21, 100, 101, 1_000_000] as const;
type Count = (typeof COUNTS)[number];

/** The words expected next to each count, "#" standing for the number in the locale's digits. */
const COUNT_LINE: Record<Locale, Record<Count, string>> = {
  en: { 0: '# organisations have signed', 1: '# organisation has signed', 2: '# organisations have signed', 3: '# organisations have signed', 11: '# organisations have signed', 21: '# organisations have signed', 100: '# organisations have signed', 101: '# organisations have signed', 1_000_000: '# organisations have signed' },
  fr: { 0: '# organisation a signé', 1: '# organisation a signé', 2: '# organisations ont signé', 3: '# organisations ont signé', 11: '# organisations ont signé', 21: '# organisations ont signé', 100: '# organisations ont signé', 101: '# organisations ont signé', 1_000_000: '# d’organisations ont signé' },
  es: { 0: '# organizaciones han firmado', 1: '# organización ha firmado', 2: '# organizaciones han firmado', 3: '# organizaciones han firmado', 11: '# organizaciones han firmado', 21: '# organizaciones han firmado', 100: '# organizaciones han firmado', 101: '# organizaciones han firmado', 1_000_000: '# de organizaciones han firmado' },
  pt: { 0: 'Nenhuma organização assinou', 1: '# organização assinou', 2: '# organizações assinaram', 3: '# organizações assinaram', 11: '# organizações assinaram', 21: '# organizações assinaram', 100: '# organizações assinaram', 101: '# organizações assinaram', 1_000_000: '# de organizações assinaram' },
  ru: { 0: '# организаций подписали заявление', 1: '# организация подписала заявление', 2: '# организации подписали заявление', 3: '# организации подписали заявление', 11: '# организаций подписали заявление', 21: '# организация подписала заявление', 100: '# организаций подписали заявление', 101: '# организация подписала заявление', 1_000_000: '# организаций подписали заявление' },
  ar: { 0: 'لم توقّع أي منظمة', 1: 'وقّعت منظمة واحدة', 2: 'وقّعت منظمتان', 3: 'وقّعت # منظمات', 11: 'وقّعت # منظمة', 21: 'وقّعت # منظمة', 100: 'وقّعت # منظمة', 101: 'وقّعت # منظمة', 1_000_000: 'وقّعت # منظمة' },
};

/** A coordinator's headline in each language, written with every plural form the language has. */
const HEADLINE: Record<Locale, string> = {
  en: '{count, plural, one {# organisation calls} other {# organisations call}} on world leaders',
  fr: '{count, plural, one {# organisation appelle} many {# d’organisations appellent} other {# organisations appellent}} les dirigeants du monde',
  es: '{count, plural, one {# organización pide} many {# de organizaciones piden} other {# organizaciones piden}} a los líderes mundiales',
  pt: '{count, plural, =0 {Nenhuma organização apela} one {# organização apela} many {# de organizações apelam} other {# organizações apelam}} aos líderes mundiais',
  ru: '{count, plural, one {# организация призывает} few {# организации призывают} many {# организаций призывают} other {# организации призывают}} мировых лидеров',
  ar: '{count, plural, zero {لا منظمة تدعو} one {منظمة واحدة تدعو} two {منظمتان تدعوان} few {# منظمات تدعو} many {# منظمة تدعو} other {# منظمة تدعو}} قادة العالم',
};
const HEADLINE_WORDS: Record<Locale, Record<Count, string>> = {
  en: { 0: '# organisations call', 1: '# organisation calls', 2: '# organisations call', 3: '# organisations call', 11: '# organisations call', 21: '# organisations call', 100: '# organisations call', 101: '# organisations call', 1_000_000: '# organisations call' },
  fr: { 0: '# organisation appelle', 1: '# organisation appelle', 2: '# organisations appellent', 3: '# organisations appellent', 11: '# organisations appellent', 21: '# organisations appellent', 100: '# organisations appellent', 101: '# organisations appellent', 1_000_000: '# d’organisations appellent' },
  es: { 0: '# organizaciones piden', 1: '# organización pide', 2: '# organizaciones piden', 3: '# organizaciones piden', 11: '# organizaciones piden', 21: '# organizaciones piden', 100: '# organizaciones piden', 101: '# organizaciones piden', 1_000_000: '# de organizaciones piden' },
  pt: { 0: 'Nenhuma organização apela', 1: '# organização apela', 2: '# organizações apelam', 3: '# organizações apelam', 11: '# organizações apelam', 21: '# organizações apelam', 100: '# organizações apelam', 101: '# organizações apelam', 1_000_000: '# de organizações apelam' },
  ru: { 0: '# организаций призывают', 1: '# организация призывает', 2: '# организации призывают', 3: '# организации призывают', 11: '# организаций призывают', 21: '# организация призывает', 100: '# организаций призывают', 101: '# организация призывает', 1_000_000: '# организаций призывают' },
  ar: { 0: 'لا منظمة تدعو', 1: 'منظمة واحدة تدعو', 2: 'منظمتان تدعوان', 3: '# منظمات تدعو', 11: '# منظمة تدعو', 21: '# منظمة تدعو', 100: '# منظمة تدعو', 101: '# منظمة تدعو', 1_000_000: '# منظمة تدعو' },
};

for (const locale of LOCALES) {
  const number = new Intl.NumberFormat(locale);
  test(`${locale}: the count line and a plural headline agree with 0, 1, 2, 3, 11, 21, 100, 101 and 1,000,000`, () => {
    const t = translator(locale);
    for (const n of COUNTS) {
      assert.equal(t('statement.count', { count: n }), COUNT_LINE[locale][n].replace('#', number.format(n)), `${locale} count ${n}`);
      const statement = { headline: HEADLINE[locale], headlineRounding: null, title: 'T', language: locale };
      const tail = HEADLINE[locale].slice(HEADLINE[locale].lastIndexOf('}') + 1);
      assert.equal(headlineText(statement, n), HEADLINE_WORDS[locale][n].replace('#', number.format(n)) + tail, `${locale} headline ${n}`);
    }
  });
}

test('a rounded headline shows "300+" and takes the plural of the number shown', () => {
  const s = { headline: HEADLINE.ru, headlineRounding: 100, title: 'T', language: 'ru' };
  assert.equal(headlineText(s, 336), '300+ организаций призывают мировых лидеров');
  assert.equal(headlineText({ ...s, headline: HEADLINE.en, language: 'en' }, 1), '1 organisation calls on world leaders');
  assert.equal(headlineText({ ...s, headline: '{count} NGOs call', language: 'fr' }, 1336), '1\u202f300+ NGOs call');
  assert.equal(headlineText({ ...s, headline: 'Plain {count} and {count}', headlineRounding: null, language: 'en' }, 1200), 'Plain 1,200 and 1,200');
});
