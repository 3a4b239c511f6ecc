import type { Coordinator } from '../../accounts/coordinator.ts';
import { textDirection, type Translate } from '../../i18n/i18n.ts';
import type { Statement } from '../../statements/statement.ts';
import { Layout } from './layout.tsx';

export function HomePage(p: { statements: Statement[]; coordinator: Coordinator | null; csrfToken: string; t: Translate }) {
  const { t } = p;
  return (
    <Layout title={t('app.name')} coordinator={p.coordinator} csrfToken={p.csrfToken} t={t}>
      <h1>{t('home.heading')}</h1>
      {p.statements.length === 0 ? <p class="muted">{t('home.none')}</p> : null}
      <ul>
        {p.statements.map((s) => (
          <li>
            <a href={`/statements/${s.slug}`} lang={s.language} dir={textDirection(s.language)}>
              {s.title}
            </a>{' '}
            <span class="muted">
              — {t('home.signatories', { count: s.approvedCount })} · {t(`state.${s.state}`)}
            </span>
          </li>
        ))}
      </ul>
      {p.coordinator ? null : (
        <p>
          <a href="/sign-in">{t('home.coordinatorSignIn')}</a>
        </p>
      )}
    </Layout>
  );
}
