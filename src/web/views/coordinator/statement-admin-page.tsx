import type { StatementRole } from '../../../accounts/roles.ts';
import type { Coordinator } from '../../../accounts/coordinator.ts';
import { placeName, type Place } from '../../../i18n/place-name.ts';
import { formatDate, textDirection, type Translate } from '../../../i18n/i18n.ts';
import { ORGANISATION_TYPES, type Signature, type SignatureState } from '../../../signatures/signature.ts';
import type { Statement } from '../../../statements/statement.ts';
import type { Edition } from '../../../publishing/edition.ts';
import type { WithdrawalSince } from '../../../publishing/withdrawals-since-edition.ts';
import { PublicationSection } from './publication-section.tsx';
import { TranslationsSection } from './translations-section.tsx';
import type { StatementTranslation } from '../../../statements/translation.ts';
import { CsrfField, ErrorSummary, Field, Layout } from '../layout.tsx';

type Row = Signature & { contact: { name: string; email: string } | null };

export interface StatementAdminProps {
  statement: Statement;
  /** The role the reader acts with here (the controls are shown for it; the routes check it). */
  role?: StatementRole | null;
  /** Whether the reader may see signatories' contacts here (viewers only when the coordinator allows it). */
  contactsShown?: boolean;
  preparedBy?: Map<number, { email: string; byMe: boolean }>;
  coordinator: Coordinator;
  csrfToken: string;
  queue: Row[];
  approved: Row[];
  counts: Record<SignatureState, number>;
  /** Organisations of the latest edition that withdrew since it was published (null before any). */
  sinceEdition: { edition: Edition; withdrawals: WithdrawalSince[] } | null;
  editions: Edition[];
  notice?: string | undefined;
  addValues?: Record<string, string>;
  addErrors?: Record<string, string>;
  translations: StatementTranslation[];
  translationValues?: Record<string, string> | undefined;
  translationErrors?: Record<string, string> | undefined;
  t: Translate;
}

function SignatureTable(p: { rows: Row[]; withContact: boolean; selectable?: boolean; t: Translate }) {
  const selectable = p.selectable !== false;
  const { t } = p;
  return (
    <table class="signatures">
      <thead>
        <tr>
          {selectable ? <th scope="col">{t('coord.col.select')}</th> : null}
          <th scope="col">{t('coord.col.organisation')}</th>
          <th scope="col">{t('coord.col.country')}</th>
          {p.withContact ? <th scope="col">{t('coord.col.contact')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {p.rows.map((s) => (
          <tr>
            {selectable ? (
              <td>
                <input type="checkbox" name="ids" value={s.id} aria-label={t('coord.admin.selectName', { name: s.name })} />
              </td>
            ) : null}
            <td>
              <bdi>{s.name}</bdi>
              {s.initiator ? <span class="state"> {t('coord.admin.initiatorBadge')}</span> : null}
              {s.confidential ? <span class="state"> {t('coord.admin.confidentialBadge')}</span> : null}
              {s.website ? <div class="muted url" dir="ltr">{s.website}</div> : null}
            </td>
            <td>{placeName(s, t.locale)}</td>
            {p.withContact ? (
              <td class="contact">
                {s.contact ? (
                  <>
                    <bdi>{s.contact.name}</bdi> <span dir="ltr">&lt;{s.contact.email}&gt;</span>
                  </>
                ) : (
                  '—'
                )}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function StatementAdminPage(p: StatementAdminProps) {
  const s = p.statement;
  const base = `/coordinator/statements/${s.slug}`;
  const av = p.addValues ?? {};
  const ae = p.addErrors ?? {};
  const { t } = p;
  // The controls shown follow the reader's role here (the routes check it again).
  const coordinates = p.role === 'coordinator' || !p.role;
  const moderates = coordinates || p.role === 'moderator';
  return (
    <Layout title={`${s.title} — ${t('app.name')}`} coordinator={p.coordinator} csrfToken={p.csrfToken} t={t}>
      <h1 lang={s.language} dir={textDirection(s.language)}>{s.title}</h1>
      {p.notice ? <p class="notice" role="status">{p.notice}</p> : null}
      <p>
        {t('coord.admin.state')} <span class="state" id="statement-state" data-state={s.state}>{t(`state.${s.state}`)}</span> · {t('coord.admin.publicPage')}{' '}
        <a href={`/statements/${s.slug}`} dir="ltr" class="url">/statements/{s.slug}</a>
      </p>
      <p>{t('coord.admin.counts', { approved: p.counts.approved, confirmed: p.counts.confirmed, unconfirmed: p.counts.unconfirmed, rejected: p.counts.rejected })}</p>
      {p.counts.withdrawn > 0 ? <p id="withdrawn-count">{t('coord.admin.withdrawnCount', { count: p.counts.withdrawn })}</p> : null}
      {p.role ? <p id="your-role" data-role={p.role}>{t('team.yourRole', { role: t(`team.role.${p.role}`) })}</p> : null}
      {p.contactsShown === false ? <p class="muted">{t('team.contactsHidden')}</p> : null}
      {p.sinceEdition && p.sinceEdition.withdrawals.length > 0 ? (
        <div id="withdrawn-since-edition" class="notice">
          <p>{t('coord.admin.withdrawnSinceEdition', { count: p.sinceEdition.withdrawals.length, edition: p.sinceEdition.edition.number })}</p>
          <ul>
            {p.sinceEdition.withdrawals.map((w) => (
              <li>
                {t('coord.admin.withdrawnEntry', { number: w.number })} <bdi lang={s.language}>{w.name}</bdi>
                {w.withdrawnAt ? <> · {formatDate(w.withdrawnAt, t.locale)}</> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p>
        <a href={`${base}/dashboard`} id="dashboard-link">{t('reach.dashboard.link')}</a> · <a href={`${base}/signatories`}>{t('coord.list.link')}</a> · <a href={`${base}/audit`}>{t('audit.nav')}</a>
        {moderates ? <> · <a href={`${base}/duplicates`}>{t('coord.admin.duplicates')}</a> · <a href={`${base}/origins`}>{t('abuse.link')}</a> · <a href={`${base}/import`}>{t('coord.admin.import')}</a></> : null}
        {coordinates ? <> · <a href={`${base}/edit`}>{t('coord.edit.link')}</a> · <a href={`${base}/team`}>{t('team.nav.team')}</a> · <a href={`${base}/partners`}>{t('partners.page.link')}</a> · <a href={`${base}/delivery`}>{t('delivery.page.link')}</a></> : null}
      </p>
      {coordinates ? (
        <>
      <div class="actions">
        {s.state !== 'open' ? (
          <form method="post" action={`${base}/open`}>
            <CsrfField token={p.csrfToken} />
            <button type="submit">{s.state === 'draft' ? t('coord.admin.open') : t('coord.admin.reopen')}</button>
          </form>
        ) : (
          <form method="post" action={`${base}/close`}>
            <CsrfField token={p.csrfToken} />
            <button type="submit" class="secondary">{t('coord.admin.close')}</button>
          </form>
        )}
      </div>

      <form method="post" action={`${base}/verified-mark`} class="verified-mark">
        <CsrfField token={p.csrfToken} />
        <div class="checkbox">
          <input id="f-show-verified" type="checkbox" name="show" value="on" checked={s.showVerified} />
          <label for="f-show-verified">{t('verified.publicMark')}</label>
        </div>
        <button type="submit" class="secondary">{t('verified.publicMarkSave')}</button>
      </form>


      </>
      ) : null}

      <PublicationSection statement={s} editions={p.editions} csrfToken={p.csrfToken} t={t} preparedBy={p.preparedBy} mayPublish={coordinates} contactsShown={p.contactsShown !== false} />

      {coordinates ? (
        <>
      <TranslationsSection statement={s} translations={p.translations} csrfToken={p.csrfToken} values={p.translationValues} errors={p.translationErrors} t={t} />
        </>
      ) : null}

      <h2>{t('coord.admin.queue', { count: p.queue.length })}</h2>
      {p.queue.length === 0 ? (
        <p class="muted">{t('coord.admin.queueEmpty')}</p>
      ) : (
        moderates ? (
          <form method="post" action={`${base}/moderate`}>
            <CsrfField token={p.csrfToken} />
            <SignatureTable rows={p.queue} withContact t={t} />
            <div class="actions">
              <button type="submit" name="decision" value="approve">{t('coord.admin.approveSelected')}</button>
              <button type="submit" name="decision" value="reject" class="danger">{t('coord.admin.rejectSelected')}</button>
            </div>
          </form>
        ) : (
          <SignatureTable rows={p.queue} withContact selectable={false} t={t} />
        )
      )}

      {moderates && p.approved.some((r) => r.pendingCorrection) ? (
        <>
          <h2 id="corrections">{t('coord.admin.correctionsHeading')}</h2>
          <ul class="corrections">
            {p.approved
              .filter((r) => r.pendingCorrection)
              .map((r) => {
                const c = r.pendingCorrection!;
                const place = (where: Place) => placeName(where, t.locale) ?? '—';
                return (
                  <li>
                    <bdi>{r.name}</bdi> ({place(r)}) → <bdi>{c.name}</bdi> ({place({ country: c.country, international: c.international ?? (c.country === null && r.international) })}){c.website ? <span dir="ltr"> {c.website}</span> : null}
                    <div class="actions">
                      <form method="post" action={`/coordinator/signatures/${r.id}/correction/approve`}>
                        <CsrfField token={p.csrfToken} />
                        <button type="submit">{t('coord.admin.correctionApply')}</button>
                      </form>
                      <form method="post" action={`/coordinator/signatures/${r.id}/correction/dismiss`}>
                        <CsrfField token={p.csrfToken} />
                        <button type="submit" class="secondary">{t('coord.admin.correctionDismiss')}</button>
                      </form>
                    </div>
                  </li>
                );
              })}
          </ul>
        </>
      ) : null}

      {moderates ? (
        <>
      <h2>{t('coord.admin.addHeading')}</h2>
      <p class="muted">{t('coord.admin.addIntro')}</p>
      <ErrorSummary errors={ae} message={t('common.fixErrors')} />
      <form method="post" action={`${base}/signatories`}>
        <CsrfField token={p.csrfToken} />
        <Field t={t} name="name" label={t('sign.name')} value={av.name} error={ae.name} required maxlength={300} dir="auto" />
        <Field t={t} name="country" label={t('coord.admin.countryCode')} value={av.country} error={ae.country} maxlength={2} hint={t('coord.admin.countryCodeHint')} />
        <div class="field">
          <label for="f-add-type">
            {t('coord.admin.type')} <span class="muted">({t('common.optional')})</span>
          </label>
          <select id="f-add-type" name="type">
            <option value="">—</option>
            {ORGANISATION_TYPES.map((k) => (
              <option value={k} selected={av.type === k}>
                {t(`orgType.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="checkbox">
          <input id="f-initiator" type="checkbox" name="initiator" value="on" checked={av.initiator === 'on'} />
          <label for="f-initiator">{t('coord.admin.initiator')}</label>
        </div>
        <div class="checkbox">
          <input id="f-confidential" type="checkbox" name="confidential" value="on" checked={av.confidential === 'on'} />
          <label for="f-confidential">{t('coord.admin.confidential')}</label>
        </div>
        <button type="submit">{t('coord.admin.addSubmit')}</button>
      </form>
        </>
      ) : null}

      <h2>{t('coord.admin.approvedHeading', { count: p.approved.length })}</h2>
      {p.approved.length === 0 ? null : moderates ? (
        <form method="post" action={`${base}/moderate`}>
          <CsrfField token={p.csrfToken} />
          <SignatureTable rows={p.approved} withContact t={t} />
          <div class="actions">
            <button type="submit" name="decision" value="reject" class="danger">{t('coord.admin.rejectSelected')}</button>
          </div>
        </form>
      ) : (
        <SignatureTable rows={p.approved} withContact selectable={false} t={t} />
      )}
    </Layout>
  );
}
