import { textDirection, type Translate } from '../../i18n/i18n.ts';
import type { ManagedSignature } from '../../signatures/manage-signature.ts';
import { placeValue } from '../../signatures/signature-input.ts';
import { CsrfField, ErrorSummary, Field, Layout } from './layout.tsx';
import { CountrySelect, TypeSelect } from './sign-page.tsx';

/**
 * The signatory's private page behind the emailed manage link: the signature's state, a form to
 * correct the organisation's details or choose to be only counted, and a withdraw button.
 * Opening it changes nothing; each change is a POST form.
 */
export function ManagePage(p: {
  view: ManagedSignature | null;
  token: string;
  csrfToken: string;
  t: Translate;
  notice?: string | undefined;
  values?: Record<string, string> | undefined;
  errors?: Record<string, string> | undefined;
}) {
  const { t, view } = p;
  if (!view) {
    return (
      <Layout title={t('manage.title')} t={t}>
        <h1>{t('manage.title')}</h1>
        <p class="error">{t('manage.invalid')}</p>
      </Layout>
    );
  }
  const s = view.signature;
  const shown = s.pendingCorrection ? { ...s, ...s.pendingCorrection } : s;
  const v = p.values ?? { name: shown.name, country: placeValue({ country: shown.country, international: shown.international ?? false }), type: shown.type ?? '', website: shown.website ?? '', confidential: s.confidential ? 'on' : '' };
  const e = p.errors ?? {};
  const base = `/manage/${p.token}`;
  const language = s.language ?? view.statement.language;
  return (
    <Layout title={t('manage.title')} t={t}>
      <h1>{t('manage.title')}</h1>
      <p>
        <a href={`/statements/${view.statement.slug}`} lang={language} dir={textDirection(language)}>
          {view.title}
        </a>
      </p>
      {p.notice ? <p class="notice" role="status">{p.notice}</p> : null}
      <p id="signature-state" data-state={s.state}>
        {t.rich('manage.state', { state: s.state, name: <bdi>{s.name}</bdi> })}
      </p>
      {s.state === 'withdrawn' ? null : (
        <>
          {s.pendingCorrection ? <p class="notice">{t('manage.pending')}</p> : null}
          <h2>{t('manage.detailsHeading')}</h2>
          {s.state === 'approved' ? <p class="muted">{t('manage.reviewNote')}</p> : null}
          <ErrorSummary errors={e} message={t('common.fixErrors')} />
          <form method="post" action={base} novalidate>
            <CsrfField token={p.csrfToken} />
            <Field t={t} name="name" label={t('sign.name')} value={v.name} error={e.name} required maxlength={300} autocomplete="organization" dir="auto" />
            <CountrySelect value={v.country} error={e.country} t={t} />
            <TypeSelect value={v.type} error={e.type} t={t} />
            <Field t={t} name="website" label={t('sign.website')} value={v.website} error={e.website} maxlength={300} inputmode="url" autocomplete="url" dir="ltr" />
            <div class="checkbox">
              <input id="f-confidential" type="checkbox" name="confidential" value="on" checked={v.confidential === 'on'} />
              <label for="f-confidential">{t('manage.confidential')}</label>
            </div>
            <button type="submit">{t('manage.save')}</button>
          </form>
          <h2 id="withdraw">{t('manage.withdrawHeading')}</h2>
          <p>{t.rich('manage.withdrawBody', { name: <bdi>{s.name}</bdi> })}</p>
          <form method="post" action={`${base}/withdraw`}>
            <CsrfField token={p.csrfToken} />
            <button type="submit" class="danger">{t('manage.withdrawButton')}</button>
          </form>
        </>
      )}
      <h2 id="erase">{t('privacy.eraseHeading')}</h2>
      <p>{t('privacy.eraseBody')}</p>
      <form method="post" action={`${base}/erase`}>
        <CsrfField token={p.csrfToken} />
        {s.state === 'withdrawn' ? (
          <input type="hidden" name="withdraw" value="no" />
        ) : (
          <div role="radiogroup" aria-labelledby="erase">
            <div class="checkbox">
              <input id="f-erase-keep" type="radio" name="withdraw" value="no" checked />
              <label for="f-erase-keep">{t.rich('privacy.keepEntry', { name: <bdi>{s.name}</bdi> })}</label>
            </div>
            <div class="checkbox">
              <input id="f-erase-withdraw" type="radio" name="withdraw" value="yes" />
              <label for="f-erase-withdraw">{t('privacy.withdrawEntry')}</label>
            </div>
          </div>
        )}
        <button type="submit" class="danger">{t('privacy.eraseButton')}</button>
      </form>
    </Layout>
  );
}

/** After the signatory erased their contact details: the manage link no longer works. */
export function ErasedPage(p: { t: Translate; statementSlug: string; withdrawn: boolean }) {
  const { t } = p;
  return (
    <Layout title={t('privacy.erasedTitle')} t={t}>
      <h1>{t('privacy.erasedTitle')}</h1>
      <p class="notice" role="status">
        {t(p.withdrawn ? 'privacy.erasedWithdrawn' : 'privacy.erasedKept')}
      </p>
      <p>
        <a href={`/statements/${p.statementSlug}`}>{t('privacy.backToStatement')}</a>
      </p>
    </Layout>
  );
}
