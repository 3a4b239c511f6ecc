import type { Coordinator } from '../../../accounts/coordinator.ts';
import type { Translate } from '../../../i18n/i18n.ts';
import type { ImportProgress } from '../../../imports/pending-import.repository.ts';
import type { Statement } from '../../../statements/statement.ts';
import { Layout } from '../layout.tsx';

/** A large import being created in the background; the page reloads itself (Refresh header) until done. */
export function ImportProgressPage(p: { statement: Statement; coordinator: Coordinator; csrfToken: string; t: Translate; progress: ImportProgress }) {
  const base = `/coordinator/statements/${p.statement.slug}`;
  const percent = p.progress.total ? Math.floor((100 * p.progress.done) / p.progress.total) : 100;
  return (
    <Layout title={`${p.t('import.progress.title')} — ${p.statement.title}`} coordinator={p.coordinator} csrfToken={p.csrfToken} t={p.t}>
      <p class="muted">
        <a href={base}>← {p.statement.title}</a>
      </p>
      <h1>{p.t('import.progress.title')}</h1>
      <p role="status">{p.t('import.progress.body', { done: p.progress.done, total: p.progress.total })}</p>
      <progress max={100} value={percent} aria-label={p.t('import.progress.title')}>
        {percent}%
      </progress>
      <p class="muted">{p.t('import.progress.note')}</p>
    </Layout>
  );
}
