import type { Coordinator } from '../../../accounts/coordinator.ts';
import type { Translate } from '../../../i18n/i18n.ts';
import type { Signature } from '../../../signatures/signature.ts';
import { placeValue } from '../../../signatures/signature-input.ts';
import type { Statement } from '../../../statements/statement.ts';
import { CsrfField, ErrorSummary, Field, Layout } from '../layout.tsx';
import { CountrySelect, TypeSelect } from '../sign-page.tsx';

/** The form's values for a signatory as it stands. */
export const signatoryValues = (s: Signature): Record<string, string> => ({
  name: s.name,
  country: placeValue(s),
  type: s.type ?? '',
  website: s.website ?? '',
  initiator: s.initiator ? 'on' : '',
  confidential: s.confidential ? 'on' : '',
});

/** A coordinator corrects one signatory, makes it an initiator or confidential, or restores it if rejected. */
export function EditSignatoryPage(p: { statement: Statement; signature: Signature; coordinator: Coordinator; csrfToken: string; values: Record<string, string>; errors?: Record<string, string>; t: Translate }) {
  const { t, values: v } = p;
  const e = p.errors ?? {};
  const action = `/coordinator/signatures/${p.signature.id}`;
  return (
    <Layout title={`${p.signature.name} — ${t('app.name')}`} coordinator={p.coordinator} csrfToken={p.csrfToken} t={t}>
      <p>
        <a href={`/coordinator/statements/${p.statement.slug}/signatories`}>{t('common.back')}</a>
      </p>
      <h1>
        <bdi>{p.signature.name}</bdi>
      </h1>
      <p>
        <span class="state" data-state={p.signature.state}>{t('coord.list.state', { state: p.signature.state })}</span>
      </p>
      {p.signature.kind === 'organisation' ? (
        <div class="verification" id="verification">
          <p>
            {p.signature.verified ? <><span class="badge-verified">✓ {t('verified.badge')}</span> </> : null}
            {t(p.signature.verified ? (p.signature.verifiedBy === 'domain' ? 'verified.byDomain' : 'verified.byHand') : 'verified.not')}
          </p>
          <form method="post" action={`${action}/verified`} class="inline">
            <CsrfField token={p.csrfToken} />
            <input type="hidden" name="verified" value={p.signature.verified ? 'no' : 'yes'} />
            <button type="submit" class="secondary">{t(p.signature.verified ? 'verified.unverify' : 'verified.verify')}</button>
          </form>
        </div>
      ) : null}
      <ErrorSummary errors={e} message={t('common.fixErrors')} />
      <form method="post" action={`${action}/edit`} novalidate>
        <CsrfField token={p.csrfToken} />
        <Field t={t} name="name" label={t('sign.name')} value={v.name} error={e.name} required maxlength={300} dir="auto" />
        <CountrySelect value={v.country} error={e.country} t={t} optional />
        <TypeSelect value={v.type} error={e.type} t={t} />
        <Field t={t} name="website" label={t('sign.website')} value={v.website} error={e.website} maxlength={300} inputmode="url" dir="ltr" />
        <div class="checkbox">
          <input id="f-initiator" type="checkbox" name="initiator" value="on" checked={v.initiator === 'on'} />
          <label for="f-initiator">{t('coord.admin.initiator')}</label>
        </div>
        <div class="checkbox">
          <input id="f-confidential" type="checkbox" name="confidential" value="on" checked={v.confidential === 'on'} />
          <label for="f-confidential">{t('coord.admin.confidential')}</label>
        </div>
        <button type="submit">{t('coord.edit.submit')}</button>
      </form>
      {p.signature.state === 'rejected' ? (
        <form method="post" action={`/coordinator/statements/${p.statement.slug}/moderate`}>
          <CsrfField token={p.csrfToken} />
          <input type="hidden" name="ids" value={p.signature.id} />
          <input type="hidden" name="return_to" value={`/coordinator/statements/${p.statement.slug}/signatories`} />
          <button type="submit" name="decision" value="restore" class="secondary">{t('coord.list.restoreSelected')}</button>
        </form>
      ) : null}
    </Layout>
  );
}
