import type { Translate } from '../../i18n/i18n.ts';
import type { UnsubscribeView } from '../../partners/unsubscribe.ts';
import { CsrfField, Layout } from './layout.tsx';

/**
 * The unsubscribe link's page. Opening it changes nothing (mail scanners open links); the button
 * unsubscribes, without JavaScript. Mail programs' one-click unsubscribe posts to the same address.
 */
export function UnsubscribePage(p: { view: UnsubscribeView | null; token: string; csrfToken: string; t: Translate }) {
  const { t, view } = p;
  return (
    <Layout title={t('partners.unsubscribe.heading')} t={t}>
      <h1>{t('partners.unsubscribe.heading')}</h1>
      {!view ? (
        <p class="error">{t('partners.unsubscribe.invalid')}</p>
      ) : view.done ? (
        <p class="notice" role="status" id="unsubscribed">
          {t('partners.unsubscribe.done')}
        </p>
      ) : (
        <>
          <p>{t.rich('partners.unsubscribe.body', { title: <bdi>{view.statementTitle}</bdi> })}</p>
          <form method="post" action={`/unsubscribe/${p.token}`}>
            <CsrfField token={p.csrfToken} />
            <button type="submit">{t('partners.unsubscribe.button')}</button>
          </form>
        </>
      )}
    </Layout>
  );
}
