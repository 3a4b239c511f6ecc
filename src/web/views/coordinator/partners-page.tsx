import type { Coordinator } from '../../../accounts/coordinator.ts';
import { LOCALES, type Translate } from '../../../i18n/i18n.ts';
import { awaitingReminder, type InvitationView } from '../../../partners/invitation-list.ts';
import type { Statement } from '../../../statements/statement.ts';
import { CsrfField, ErrorSummary, Layout } from '../layout.tsx';
import { utcTime } from './when.ts';

/** Inviting partners: from the registry (those who agreed) and a pasted list; who was invited, who signed; the one reminder. */
export function PartnersPage(p: {
  statement: Statement;
  organisations: { id: string; name: string; country: string | null }[];
  invitations: InvitationView[];
  values?: Record<string, string>;
  errors?: Record<string, string>;
  notice?: string | undefined;
  coordinator: Coordinator;
  csrfToken: string;
  t: Translate;
}) {
  const { t, statement: s, errors: e = {} } = p;
  const base = `/coordinator/statements/${s.slug}`;
  const invited = new Set(p.invitations.map((i) => i.organisationId).filter(Boolean));
  const due = awaitingReminder(p.invitations).length;
  const signed = p.invitations.filter((i) => i.signed).length;
  return (
    <Layout title={`${t('partners.page.heading')} — ${s.title}`} coordinator={p.coordinator} csrfToken={p.csrfToken} t={t} wide>
      <p>
        <a href={base}>{s.title}</a>
      </p>
      <h1>{t('partners.page.heading')}</h1>
      {p.notice ? <p class="notice" role="status" id="partners-notice">{p.notice}</p> : null}
      <ErrorSummary errors={e} message={t('common.fixErrors')} />
      <form method="post" action={`${base}/partners`} novalidate>
        <CsrfField token={p.csrfToken} />
        <fieldset>
          <legend>{t('partners.page.registry')}</legend>
          <p class="hint">{t('partners.page.registryHint')}</p>
          {p.organisations.length === 0 ? <p class="muted">{t('partners.page.registryNone')}</p> : null}
          {p.organisations.map((o) => (
            <div class="checkbox">
              <input id={`org-${o.id}`} type="checkbox" name="organisations" value={o.id} disabled={invited.has(o.id)} />
              <label for={`org-${o.id}`} dir="auto">
                {o.name}
                {o.country ? <span class="muted"> ({o.country})</span> : null}
                {invited.has(o.id) ? <span class="muted"> — {t('partners.page.alreadyInvited')}</span> : null}
              </label>
            </div>
          ))}
        </fieldset>
        <div class={e.emails ? 'field invalid' : 'field'}>
          <label for="f-emails">{t('partners.page.emails')}</label>
          <p class="hint" id="f-emails-hint">{t('partners.page.emailsHint', { max: 500 })}</p>
          {e.emails ? <p class="error" id="f-emails-error">{e.emails}</p> : null}
          <textarea id="f-emails" name="emails" rows={6} dir="ltr" maxlength={60000} aria-describedby="f-emails-hint">{p.values?.emails ?? ''}</textarea>
        </div>
        <div class="field">
          <label for="f-language">{t('partners.page.language')}</label>
          <p class="hint" id="f-language-hint">{t('partners.page.languageHint')}</p>
          <select id="f-language" name="language" aria-describedby="f-language-hint">
            <option value="">{t('partners.page.languageStatement')}</option>
            {LOCALES.map((l) => (
              <option value={l} selected={p.values?.language === l}>
                {new Intl.DisplayNames([t.locale], { type: 'language' }).of(l) ?? l}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('partners.page.send')}</button>
      </form>

      <h2 id="invited">{t('partners.page.invited', { count: p.invitations.length })}</h2>
      {p.invitations.length > 0 ? (
        <>
          <p id="invited-summary">{t('partners.page.signedOf', { signed, count: p.invitations.length })}</p>
          <div class="table-wrap">
            <table class="invitations">
              <thead>
                <tr>
                  <th scope="col">{t('partners.page.colWho')}</th>
                  <th scope="col">{t('partners.page.colLanguage')}</th>
                  <th scope="col">{t('partners.page.colInvited')}</th>
                  <th scope="col">{t('partners.page.colStatus')}</th>
                </tr>
              </thead>
              <tbody>
                {p.invitations.map((i) => (
                  <tr data-email={i.email}>
                    <td>
                      {i.organisationName ? <div dir="auto">{i.organisationName}</div> : null}
                      <bdi class="muted">{i.email}</bdi>
                    </td>
                    <td>{i.language}</td>
                    <td>
                      {utcTime(i.invitedAt, t.locale)}
                      {i.remindedAt ? <div class="muted">{t('partners.page.remindedAt', { when: utcTime(i.remindedAt, t.locale) })}</div> : null}
                    </td>
                    <td class="state">{i.signed ? t('partners.page.signed') : i.unsubscribed ? t('partners.page.unsubscribed') : t('partners.page.notSigned')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>{t('partners.page.reminder')}</h2>
          {due > 0 ? (
            <form method="post" action={`${base}/partners/reminders`}>
              <CsrfField token={p.csrfToken} />
              <p>{t('partners.page.reminderHint', { count: due })}</p>
              <button type="submit">{t('partners.page.remind', { count: due })}</button>
            </form>
          ) : (
            <p class="muted">{t('partners.page.reminderNone')}</p>
          )}
        </>
      ) : null}
    </Layout>
  );
}
