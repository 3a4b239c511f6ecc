import type { Coordinator } from '../../../accounts/coordinator.ts';
import { textDirection, type Translate } from '../../../i18n/i18n.ts';
import type { Statement } from '../../../statements/statement.ts';
import { Layout } from '../layout.tsx';

export function StatementsPage(p: { statements: Statement[]; coordinator: Coordinator; csrfToken: string; notice?: string; t: Translate }) {
  const { t } = p;
  return (
    <Layout title={`${t('nav.statements')} — ${t('app.name')}`} coordinator={p.coordinator} csrfToken={p.csrfToken} t={t}>
      <h1>{t('nav.statements')}</h1>
      {p.notice ? <p class="notice">{p.notice}</p> : null}
      <p>
        <a class="button" href="/coordinator/statements/new">{t('coord.statements.new')}</a>
      </p>
      {p.statements.length === 0 ? (
        <p class="muted">{t('coord.statements.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('coord.col.title')}</th>
              <th>{t('coord.col.state')}</th>
              <th>{t('coord.col.signatories')}</th>
            </tr>
          </thead>
          <tbody>
            {p.statements.map((s) => (
              <tr>
                <td>
                  <a href={`/coordinator/statements/${s.slug}`} lang={s.language} dir={textDirection(s.language)}>
                    {s.title}
                  </a>
                  <div class="muted" dir="ltr">/{s.slug}</div>
                </td>
                <td>
                  <span class="state">{t(`state.${s.state}`)}</span>
                </td>
                <td>{new Intl.NumberFormat(t.locale).format(s.approvedCount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
