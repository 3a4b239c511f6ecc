import type { Coordinator } from '../../../accounts/coordinator.ts';
import { countryOptions } from '../../../i18n/countries.ts';
import { placeName } from '../../../i18n/place-name.ts';
import type { Translate } from '../../../i18n/i18n.ts';
import { ORGANISATION_TYPES, SIGNATURE_STATES } from '../../../signatures/signature.ts';
import type { ListedSignatory, SignatoryQuery } from '../../../signatures/signatory-list.ts';
import type { Statement } from '../../../statements/statement.ts';
import { CsrfField, Layout } from '../layout.tsx';

/** The query string of the list with some filters changed. */
function href(base: string, q: SignatoryQuery, change: Partial<SignatoryQuery>): string {
  const v = { ...q, ...change };
  const params = new URLSearchParams();
  if (v.q) params.set('q', v.q);
  if (v.state) params.set('state', v.state);
  if (v.country) params.set('country', v.country);
  if (v.type) params.set('type', v.type);
  if (v.textVersion !== undefined) params.set('version', String(v.textVersion));
  if (v.sort) params.set('sort', v.sort);
  if (v.page && v.page > 1) params.set('page', String(v.page));
  const s = params.toString();
  return s ? `${base}?${s}` : base;
}

/** Every signatory of a statement, numbered as published, with search, filters, sorting, paging and bulk moderation. */
export function SignatoriesPage(p: {
  statement: Statement;
  coordinator: Coordinator;
  csrfToken: string;
  query: SignatoryQuery;
  rows: ListedSignatory[];
  total: number;
  page: number;
  pages: number;
  versions: number[];
  notice?: string | undefined;
  t: Translate;
}) {
  const { t, query: q } = p;
  const s = p.statement;
  const base = `/coordinator/statements/${s.slug}/signatories`;
  const fmt = new Intl.NumberFormat(t.locale);
  return (
    <Layout title={`${t('coord.list.heading')} — ${s.title} — ${t('app.name')}`} coordinator={p.coordinator} csrfToken={p.csrfToken} t={t}>
      <p>
        <a href={`/coordinator/statements/${s.slug}`}>{t('common.back')}</a>
      </p>
      <h1>{t('coord.list.heading')}</h1>
      {p.notice ? <p class="notice" role="status">{p.notice}</p> : null}
      <form method="get" action={base} class="filters" role="search">
        <div class="field">
          <label for="f-q">{t('coord.list.search')}</label>
          <input id="f-q" name="q" type="search" value={q.q ?? ''} dir="auto" />
        </div>
        <div class="field">
          <label for="f-state">{t('coord.col.state')}</label>
          <select id="f-state" name="state">
            <option value="">{t('coord.list.any')}</option>
            {SIGNATURE_STATES.map((st) => (
              <option value={st} selected={q.state === st}>
                {t('coord.list.state', { state: st })}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-country">{t('coord.col.country')}</label>
          <select id="f-country" name="country">
            <option value="">{t('coord.list.any')}</option>
            <option value="international" selected={q.country === 'international'}>
              {t('sign.international')}
            </option>
            {countryOptions(t.locale).map((c) => (
              <option value={c.code} selected={q.country === c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-type">{t('coord.admin.type')}</label>
          <select id="f-type" name="type">
            <option value="">{t('coord.list.any')}</option>
            {ORGANISATION_TYPES.map((k) => (
              <option value={k} selected={q.type === k}>
                {t(`orgType.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-version">{t('coord.list.version')}</label>
          <select id="f-version" name="version">
            <option value="">{t('coord.list.any')}</option>
            {p.versions.map((v) => (
              <option value={String(v)} selected={q.textVersion === v}>
                {fmt.format(v)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-sort">{t('coord.list.sort')}</label>
          <select id="f-sort" name="sort">
            {(['number', 'name', 'newest'] as const).map((k) => (
              <option value={k} selected={(q.sort ?? 'number') === k}>
                {t('coord.list.sortBy', { sort: k })}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('coord.list.apply')}</button>
      </form>
      <p id="list-total">{t('coord.list.total', { count: p.total })}</p>
      <form method="post" action={`/coordinator/statements/${s.slug}/moderate`}>
        <CsrfField token={p.csrfToken} />
        <input type="hidden" name="return_to" value={href(base, q, {})} />
        <table class="signatures">
          <thead>
            <tr>
              <th scope="col">{t('coord.col.select')}</th>
              <th scope="col">{t('coord.list.number')}</th>
              <th scope="col">{t('coord.col.organisation')}</th>
              <th scope="col">{t('coord.col.country')}</th>
              <th scope="col">{t('coord.col.state')}</th>
              <th scope="col">{t('coord.list.version')}</th>
              <th scope="col">{t('coord.col.contact')}</th>
            </tr>
          </thead>
          <tbody>
            {p.rows.map((r) => (
              <tr data-id={r.id}>
                <td>
                  <input type="checkbox" name="ids" value={r.id} aria-label={t('coord.admin.selectName', { name: r.name })} />
                </td>
                <td class="number">{r.number === null ? '—' : fmt.format(r.number)}</td>
                <td>
                  <a href={`/coordinator/signatures/${r.id}`}>
                    <bdi>{r.name}</bdi>
                  </a>
                  {r.verified ? <> <span class="badge-verified" title={t(r.verifiedBy === 'domain' ? 'verified.byDomain' : 'verified.byHand')}>✓ {t('verified.badge')}</span></> : null}
                  {r.initiator ? <span class="state"> {t('coord.admin.initiatorBadge')}</span> : null}
                  {r.confidential ? <span class="state"> {t('coord.admin.confidentialBadge')}</span> : null}
                  {r.type ? <div class="muted">{t(`orgType.${r.type}`)}</div> : null}
                </td>
                <td>{placeName(r, t.locale)}</td>
                <td>
                  <span class="state" data-state={r.state}>{t('coord.list.state', { state: r.state })}</span>
                </td>
                <td>{fmt.format(r.textVersion)}</td>
                <td class="contact">
                  {r.contact ? (
                    <>
                      <bdi>{r.contact.name}</bdi> <span dir="ltr">&lt;{r.contact.email}&gt;</span>
                    </>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div class="actions">
          <button type="submit" name="decision" value="approve">{t('coord.admin.approveSelected')}</button>
          <button type="submit" name="decision" value="restore" class="secondary">{t('coord.list.restoreSelected')}</button>
          <button type="submit" name="decision" value="reject" class="danger">{t('coord.admin.rejectSelected')}</button>
        </div>
      </form>
      {p.pages > 1 ? (
        <nav aria-label={t('coord.list.pages')}>
          <p>
            {p.page > 1 ? <a href={href(base, q, { page: p.page - 1 })} rel="prev">{t('coord.list.previous')}</a> : null} {t('coord.list.pageOf', { page: p.page, pages: p.pages })}{' '}
            {p.page < p.pages ? <a href={href(base, q, { page: p.page + 1 })} rel="next">{t('coord.list.next')}</a> : null}
          </p>
        </nav>
      ) : null}
    </Layout>
  );
}
