import type { Translate } from '../../i18n/i18n.ts';
import { Layout } from './layout.tsx';

export function ErrorPage(p: { status: number; message: string; t: Translate }) {
  const { t } = p;
  const heading = p.status === 404 ? t('error.heading.notFound') : p.status === 403 ? t('error.heading.forbidden') : t('error.heading.other');
  return (
    <Layout title={`${t('error.title', { status: String(p.status) })} — ${t('app.name')}`} t={t}>
      <h1>{heading}</h1>
      <p>{p.message}</p>
      <p>
        <a href="/">{t('error.backHome')}</a>
      </p>
    </Layout>
  );
}
