import type { Coordinator } from '../../../accounts/coordinator.ts';
import type { Translate } from '../../../i18n/i18n.ts';
import type { StatementVersion } from '../../../statements/statement-version.repository.ts';
import type { Statement } from '../../../statements/statement.ts';
import { CsrfField, ErrorSummary, Field, Layout } from '../layout.tsx';
import { StatementTextFields } from './new-statement-page.tsx';
import { utcTime } from './when.ts';

/** "2026-05-01T09:00" for a datetime-local input, in UTC as the labels say. */
export const utcInputValue = (d: Date | null) => (d ? d.toISOString().slice(0, 16) : '');

/** The form's values for a statement as it stands. */
export function editValues(s: Statement): Record<string, string> {
  return {
    title: s.title,
    headline: s.headline ?? '',
    headline_rounding: s.headlineRounding ? String(s.headlineRounding) : '',
    place_and_date: s.placeAndDate ?? '',
    body: s.body,
    opens_at: utcInputValue(s.opensAt),
    closes_at: utcInputValue(s.closesAt),
    allow_individuals: s.allowIndividuals ? 'on' : '',
  };
}

export function EditStatementPage(p: {
  statement: Statement;
  versions: { version: StatementVersion; signatures: number }[];
  coordinator: Coordinator;
  csrfToken: string;
  values: Record<string, string>;
  errors?: Record<string, string>;
  t: Translate;
}) {
  const { t } = p;
  const v = p.values;
  const e = p.errors ?? {};
  const base = `/coordinator/statements/${p.statement.slug}`;
  return (
    <Layout title={`${t('coord.edit.heading')} — ${p.statement.title} — ${t('app.name')}`} coordinator={p.coordinator} csrfToken={p.csrfToken} t={t}>
      <p>
        <a href={base}>{t('common.back')}</a>
      </p>
      <h1>{t('coord.edit.heading')}</h1>
      <ErrorSummary errors={e} message={t('common.fixErrors')} />
      <form method="post" action={`${base}/edit`}>
        <CsrfField token={p.csrfToken} />
        <Field t={t} name="title" label={t('coord.col.title')} value={v.title} error={e.title} required maxlength={300} dir="auto" />
        <StatementTextFields values={v} errors={e} t={t} />
        <Field t={t} name="opens_at" label={t('coord.edit.opensAt')} type="datetime-local" value={v.opens_at} error={e.opens_at} hint={t('coord.edit.windowHint')} />
        <Field t={t} name="closes_at" label={t('coord.edit.closesAt')} type="datetime-local" value={v.closes_at} error={e.closes_at} hint={t('coord.edit.windowHint')} />
        <div class="checkbox">
          <input id="f-allow-individuals" type="checkbox" name="allow_individuals" value="on" checked={v.allow_individuals === 'on'} />
          <label for="f-allow-individuals">{t('coord.edit.allowIndividuals')}</label>
        </div>
        <div class="checkbox">
          <input id="f-material" type="checkbox" name="material" value="on" checked={v.material === 'on'} aria-describedby="f-material-hint" />
          <label for="f-material">{t('coord.edit.material')}</label>
        </div>
        <p class="hint" id="f-material-hint">{t('coord.edit.materialHint')}</p>
        <button type="submit">{t('coord.edit.submit')}</button>
      </form>

      <h2>{t('coord.edit.versionsHeading')}</h2>
      <ul>
        {p.versions.map(({ version, signatures }) => (
          <li>{t('coord.edit.versionLine', { version: version.version, date: utcTime(version.createdAt, t.locale), material: String(version.material), count: signatures })}</li>
        ))}
      </ul>
    </Layout>
  );
}
