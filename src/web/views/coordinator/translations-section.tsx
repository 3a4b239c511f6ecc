import { languageName, textDirection, type Translate } from '../../../i18n/i18n.ts';
import type { Statement } from '../../../statements/statement.ts';
import type { StatementTranslation } from '../../../statements/translation.ts';
import { CsrfField, ErrorSummary, Field } from '../layout.tsx';

/** The statement's translations: which are ready, a form to add or change one, and the authoritative language. */
export function TranslationsSection(p: {
  statement: Statement;
  translations: StatementTranslation[];
  csrfToken: string;
  values?: Record<string, string> | undefined;
  errors?: Record<string, string> | undefined;
  t: Translate;
}) {
  const { t, statement: s } = p;
  const base = `/coordinator/statements/${s.slug}`;
  const v = p.values ?? {};
  const e = p.errors ?? {};
  const name = (tag: string) => `${languageName(tag, t.locale)} (${tag})`;
  const authoritative = s.authoritativeLanguage ?? s.language;
  const dir = v.language ? textDirection(v.language) : undefined;
  return (
    <section aria-labelledby="translations">
      <h2 id="translations">{t('coord.tr.heading')}</h2>
      <p class="muted">{t('coord.tr.intro')}</p>
      <ul>
        <li>{t('coord.tr.original', { language: name(s.language) })}</li>
        {p.translations.map((tr) => (
          <li>
            <a href={`${base}?translation=${encodeURIComponent(tr.language)}#translation-form`}>{t('coord.tr.edit', { language: name(tr.language) })}</a>{' '}
            <span class="state">{tr.ready ? t('coord.tr.ready') : t('coord.tr.notReady')}</span>
          </li>
        ))}
      </ul>
      {p.translations.length === 0 ? <p class="muted">{t('coord.tr.none')}</p> : null}

      <form method="post" action={`${base}/translations`} id="translation-form">
        <CsrfField token={p.csrfToken} />
        <fieldset>
          <legend>{t('coord.tr.add')}</legend>
          <ErrorSummary errors={e} message={t('common.fixErrors')} />
          <Field t={t} name="language" label={t('coord.tr.language')} value={v.language} error={e.language} required maxlength={35} hint={t('coord.new.languageHint')} />
          <Field t={t} name="title" label={t('coord.col.title')} value={v.title} error={e.title} required maxlength={300} dir="auto" />
          <Field t={t} name="headline" label={t('coord.new.headline')} value={v.headline} error={e.headline} maxlength={300} hint={t('coord.new.headlineHint')} dir="auto" />
          <Field t={t} name="place_and_date" label={t('coord.new.placeAndDate')} value={v.place_and_date} error={e.place_and_date} maxlength={200} dir="auto" />
          <div class={e.body ? 'field invalid' : 'field'}>
            <label for="f-tr-body">{t('coord.new.body')}</label>
            {e.body ? <p class="error">{e.body}</p> : null}
            <textarea id="f-tr-body" name="body" required dir={dir ?? 'auto'}>{v.body ?? ''}</textarea>
          </div>
          <div class="checkbox">
            <input id="f-tr-ready" type="checkbox" name="ready" value="on" checked={v.ready === 'on' || v.ready === 'true'} />
            <label for="f-tr-ready">{t('coord.tr.readyLabel')}</label>
          </div>
          <button type="submit">{t('coord.tr.save')}</button>
        </fieldset>
      </form>

      <form method="post" action={`${base}/authoritative-language`}>
        <CsrfField token={p.csrfToken} />
        <div class="field">
          <label for="f-authoritative">{t('coord.tr.authoritative')}</label>
          <p class="hint" id="f-authoritative-hint">{t('coord.tr.authoritativeHint')}</p>
          <select id="f-authoritative" name="language" aria-describedby="f-authoritative-hint">
            {[s.language, ...p.translations.map((tr) => tr.language)].map((l) => (
              <option value={l} selected={l === authoritative}>
                {name(l)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="secondary">{t('coord.tr.authoritativeSave')}</button>
      </form>
    </section>
  );
}
