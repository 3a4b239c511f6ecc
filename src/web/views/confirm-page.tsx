import { textDirection, type Translate } from '../../i18n/i18n.ts';
import type { ConfirmationView } from '../../signatures/confirm-signature.ts';
import { CsrfField, Layout } from './layout.tsx';

/** Shown when the emailed link is opened: nothing is confirmed until the button is pressed. */
export function ConfirmPage(p: { view: ConfirmationView | null; token: string; csrfToken: string; t: Translate; done?: boolean }) {
  const { t, view } = p;
  if (!view) {
    return (
      <Layout title={t('confirm.heading')} t={t}>
        <h1>{t('confirm.heading')}</h1>
        <p class="error">{t('confirm.invalid')}</p>
      </Layout>
    );
  }
  const confirmed = view.signature.state !== 'unconfirmed';
  return (
    <Layout title={t('confirm.heading')} t={t}>
      {confirmed ? (
        <>
          <h1>{t('confirm.done.heading')}</h1>
          <p class="notice">{t.rich(view.signature.state === 'approved' ? 'confirm.done.listed' : 'confirm.done.body', { name: <bdi>{view.signature.name}</bdi> })}</p>
        </>
      ) : (
        <>
          <h1>{t('confirm.heading')}</h1>
          <p>{t.rich('confirm.body', { name: <bdi>{view.signature.name}</bdi>, title: <bdi>{view.title}</bdi> })}</p>
          <form method="post" action={`/confirm/${p.token}`}>
            <CsrfField token={p.csrfToken} />
            <button type="submit">{t('confirm.button')}</button>
          </form>
        </>
      )}
      <p>
        <a href={`/statements/${view.statement.slug}`} lang={view.signature.language ?? view.statement.language} dir={textDirection(view.signature.language ?? view.statement.language)}>
          {view.title}
        </a>
      </p>
    </Layout>
  );
}
