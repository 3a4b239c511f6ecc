import type { Translate } from '../../i18n/i18n.ts';
import type { ConfirmationView } from '../../signatures/confirm-signature.ts';
import { CsrfField, Layout } from './layout.tsx';
import { textDirection } from './statement-page.tsx';

/** Shown when the emailed link is opened: nothing is confirmed until the button is pressed. */
export function ConfirmPage(p: { view: ConfirmationView | null; token: string; csrfToken: string; locale: string; t: Translate; done?: boolean }) {
  const { t, view } = p;
  if (!view) {
    return (
      <Layout title={t('confirm.heading')} lang={p.locale}>
        <h1>{t('confirm.heading')}</h1>
        <p class="error">{t('confirm.invalid')}</p>
      </Layout>
    );
  }
  const confirmed = view.signature.state !== 'unconfirmed';
  return (
    <Layout title={t('confirm.heading')} lang={p.locale} dir={textDirection(p.locale)}>
      {confirmed ? (
        <>
          <h1>{t('confirm.done.heading')}</h1>
          <p class="notice">{t('confirm.done.body', { name: view.signature.name })}</p>
        </>
      ) : (
        <>
          <h1>{t('confirm.heading')}</h1>
          <p>{t('confirm.body', { name: view.signature.name, title: view.statement.title })}</p>
          <form method="post" action={`/confirm/${p.token}`}>
            <CsrfField token={p.csrfToken} />
            <button type="submit">{t('confirm.button')}</button>
          </form>
        </>
      )}
      <p>
        <a href={`/statements/${view.statement.slug}`}>{view.statement.title}</a>
      </p>
    </Layout>
  );
}
