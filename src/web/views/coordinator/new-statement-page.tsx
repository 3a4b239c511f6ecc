import type { Coordinator } from '../../../accounts/coordinator.ts';
import type { Translate } from '../../../i18n/i18n.ts';
import { CsrfField, ErrorSummary, Field, Layout } from '../layout.tsx';

/** Headline, rounding, place and date, and body: the same fields when creating and editing a statement. */
export function StatementTextFields(p: { values: Record<string, string>; errors: Record<string, string>; t: Translate }) {
  const { t, values: v, errors: e } = p;
  return (
    <>
      <Field t={t} name="headline" label={t('coord.new.headline')} value={v.headline} error={e.headline} maxlength={300} hint={t('coord.new.headlineHint')} dir="auto" />
      <Field t={t} name="headline_rounding" label={t('coord.new.rounding')} type="number" value={v.headline_rounding} error={e.headline_rounding} hint={t('coord.new.roundingHint')} />
      <Field t={t} name="place_and_date" label={t('coord.new.placeAndDate')} value={v.place_and_date} error={e.place_and_date} maxlength={200} hint={t('coord.new.placeAndDateHint')} dir="auto" />
      <div class={e.body ? 'field invalid' : 'field'}>
        <label for="f-body">{t('coord.new.body')}</label>
        <p class="hint" id="f-body-hint">{t('coord.new.bodyHint')}</p>
        {e.body ? <p class="error">{e.body}</p> : null}
        <textarea id="f-body" name="body" required dir="auto" aria-describedby="f-body-hint">{v.body ?? ''}</textarea>
      </div>
    </>
  );
}

export function NewStatementPage(p: { coordinator: Coordinator; csrfToken: string; values: Record<string, string>; errors?: Record<string, string>; t: Translate }) {
  const { t } = p;
  const v = p.values;
  const e = p.errors ?? {};
  return (
    <Layout title={`${t('coord.new.heading')} — ${t('app.name')}`} coordinator={p.coordinator} csrfToken={p.csrfToken} t={t}>
      <h1>{t('coord.new.heading')}</h1>
      <ErrorSummary errors={e} message={t('common.fixErrors')} />
      <form method="post" action="/coordinator/statements">
        <CsrfField token={p.csrfToken} />
        <Field t={t} name="title" label={t('coord.col.title')} value={v.title} error={e.title} required maxlength={300} dir="auto" />
        <Field t={t} name="slug" label={t('coord.new.slug')} value={v.slug} error={e.slug} required maxlength={80} hint={t('coord.new.slugHint')} />
        <Field t={t} name="language" label={t('coord.new.language')} value={v.language ?? t.locale} error={e.language} required maxlength={35} hint={t('coord.new.languageHint')} />
        <StatementTextFields values={v} errors={e} t={t} />
        <button type="submit">{t('coord.new.submit')}</button>
      </form>
    </Layout>
  );
}
