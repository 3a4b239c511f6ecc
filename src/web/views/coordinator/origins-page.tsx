import type { Coordinator } from '../../../accounts/coordinator.ts';
import type { Translate } from '../../../i18n/i18n.ts';
import { isFreeMail } from '../../../abuse/email-domain.ts';
import type { HeldSignOn, OriginGroup, OriginKind } from '../../../abuse/sign-on-origins.repository.ts';
import type { Statement } from '../../../statements/statement.ts';
import { CsrfField, Layout } from '../layout.tsx';
import { utcTime } from './when.ts';

export const PERIODS = [1, 6, 24, 72] as const;

/** Public sign-ons of a statement by client network and by email domain, with one action against each. */
export function OriginsPage(p: {
  statement: Statement;
  hours: number;
  networks: OriginGroup[];
  domains: OriginGroup[];
  held: HeldSignOn[];
  notice?: string | undefined;
  coordinator: Coordinator;
  csrfToken: string;
  t: Translate;
}) {
  const { t, statement: s } = p;
  const base = `/coordinator/statements/${s.slug}/origins`;
  return (
    <Layout title={`${t('abuse.heading')} — ${s.title}`} coordinator={p.coordinator} csrfToken={p.csrfToken} t={t}>
      <p>
        <a href={`/coordinator/statements/${s.slug}`} dir="auto">{s.title}</a>
      </p>
      <h1>{t('abuse.heading')}</h1>
      {p.notice ? <p class="notice" role="status">{p.notice}</p> : null}
      <p class="muted">{t('abuse.intro', { hours: p.hours })}</p>
      <p>
        {t('abuse.period')}:{' '}
        {PERIODS.map((h) => (h === p.hours ? <strong>{t('abuse.hoursOption', { hours: h })} </strong> : <a href={`${base}?hours=${h}`}>{t('abuse.hoursOption', { hours: h })} </a>))}
      </p>
      <Groups title={t('abuse.networks')} by="network" groups={p.networks} base={base} {...p} />
      <Groups title={t('abuse.domains')} by="domain" groups={p.domains} base={base} {...p} />
      <h2>{t('abuse.heldHeading')}</h2>
      <p class="muted">{t('abuse.heldIntro')}</p>
      {p.held.length === 0 ? (
        <p>{t('abuse.noHeld')}</p>
      ) : (
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                <th>{t('abuse.col.name')}</th>
                <th>{t('abuse.col.domain')}</th>
                <th>{t('abuse.col.reason')}</th>
                <th>{t('abuse.col.action')}</th>
              </tr>
            </thead>
            <tbody>
              {p.held.map((h) => (
                <tr>
                  <td dir="auto">
                    {h.name}
                    <br />
                    <span class="muted">{utcTime(h.createdAt, t.locale)}</span>
                  </td>
                  <td dir="ltr">{h.emailDomain}</td>
                  <td>{h.reason ? t(`abuse.reason.${h.reason}`) : ''}</td>
                  <td>
                    <form method="post" action={`${base}/release`} class="inline">
                      <CsrfField token={p.csrfToken} />
                      <input type="hidden" name="id" value={h.signatureId} />
                      <button type="submit" class="secondary">{t('abuse.release')}</button>
                    </form>{' '}
                    <form method="post" action={`${base}/reject`} class="inline">
                      <CsrfField token={p.csrfToken} />
                      <input type="hidden" name="id" value={h.signatureId} />
                      <button type="submit" class="secondary">{t('abuse.reject')}</button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}

function Groups(p: { title: string; by: OriginKind; groups: OriginGroup[]; base: string; hours: number; csrfToken: string; t: Translate }) {
  const { t } = p;
  return (
    <section>
      <h2>{p.title}</h2>
      {p.groups.length === 0 ? (
        <p>{t('abuse.none')}</p>
      ) : (
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                <th>{p.by === 'network' ? t('abuse.col.network') : t('abuse.col.domain')}</th>
                <th>{t('abuse.col.total')}</th>
                <th>{t('abuse.col.pending')}</th>
                <th>{t('abuse.col.held')}</th>
                <th>{t('abuse.col.action')}</th>
              </tr>
            </thead>
            <tbody>
              {p.groups.map((g) => (
                <tr>
                  <td dir="ltr">
                    {p.by === 'network' ? <code title={g.value}>{g.value.slice(0, 8)}</code> : g.value}
                    {p.by === 'domain' && isFreeMail(g.value) ? <span class="muted"> ({t('abuse.freeMail')})</span> : null}
                  </td>
                  <td>{g.total}</td>
                  <td>{g.pending}</td>
                  <td>{g.held}</td>
                  <td>
                    {g.pending + g.held > 0 ? (
                      <form method="post" action={`${p.base}/reject`} class="inline">
                        <CsrfField token={p.csrfToken} />
                        <input type="hidden" name="by" value={p.by} />
                        <input type="hidden" name="value" value={g.value} />
                        <button type="submit" class="secondary">{t('abuse.rejectAll')}</button>
                      </form>
                    ) : null}{' '}
                    {g.held > 0 ? (
                      <form method="post" action={`${p.base}/release`} class="inline">
                        <CsrfField token={p.csrfToken} />
                        <input type="hidden" name="by" value={p.by} />
                        <input type="hidden" name="value" value={g.value} />
                        <button type="submit" class="secondary">{t('abuse.releaseAll')}</button>
                      </form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
