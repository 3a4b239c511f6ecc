import type { Coordinator } from '../../../accounts/coordinator.ts';
import { actionInWords, type AuditEvent } from '../../../audit/audit-event.ts';
import type { AuditFilter } from '../../../audit/audit-log.repository.ts';
import type { Translate } from '../../../i18n/i18n.ts';
import type { MessageKey } from '../../../i18n/messages.en.ts';

/** Subjects with a name in the catalogue (`audit.about.<type>`). */
const SUBJECTS = new Set(['coordinator', 'message', 'api_token', 'duplicate_flag', 'statement', 'signature']);
import type { Statement } from '../../../statements/statement.ts';
import { Layout } from '../layout.tsx';
import { utcTime } from './when.ts';

const query = (f: AuditFilter, extra: Record<string, string> = {}) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries({ person: f.person, action: f.action, from: f.from, to: f.to, ...extra })) if (v) p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : '';
};

function actorShown(e: AuditEvent, t: Translate) {
  if (e.actorId) return <bdi>{e.actor}</bdi>;
  return t(e.actor === 'signatory' ? 'audit.actor.signatory' : 'audit.actor.system');
}

/** The audit log of one statement, or of the whole instance for admins: filterable, pageable, exportable. */
export function AuditPage(p: {
  statement: Statement | null;
  events: AuditEvent[];
  nextCursor: string | null;
  filter: AuditFilter;
  people: { id: string; label: string }[];
  actions: string[];
  error?: string | undefined;
  coordinator: Coordinator;
  csrfToken: string;
  t: Translate;
}) {
  const { t, filter } = p;
  const base = p.statement ? `/coordinator/statements/${p.statement.slug}/audit` : '/coordinator/audit';
  const heading = p.statement ? t('audit.heading.statement') : t('audit.heading.instance');
  return (
    <Layout title={`${heading} — ${t('app.name')}`} coordinator={p.coordinator} csrfToken={p.csrfToken} t={t} wide>
      {p.statement ? (
        <p>
          <a href={`/coordinator/statements/${p.statement.slug}`}>← <bdi>{p.statement.title}</bdi></a>
        </p>
      ) : null}
      <h1>{heading}</h1>
      <p class="muted">{t('audit.intro')}</p>
      {p.error ? <p class="error" role="alert">{p.error}</p> : null}
      <form method="get" action={base} class="filters">
        <div class="field">
          <label for="f-person">{t('audit.filter.person')}</label>
          <select id="f-person" name="person">
            <option value="">{t('audit.filter.anyone')}</option>
            {p.people.map((x) => (
              <option value={x.id} selected={filter.person === x.id}>{x.label}</option>
            ))}
            <option value="signatory" selected={filter.person === 'signatory'}>{t('audit.actor.signatory')}</option>
            <option value="system" selected={filter.person === 'system'}>{t('audit.actor.system')}</option>
          </select>
        </div>
        <div class="field">
          <label for="f-action">{t('audit.filter.action')}</label>
          <select id="f-action" name="action">
            <option value="">{t('audit.filter.anyAction')}</option>
            {p.actions.map((a) => (
              <option value={a} selected={filter.action === a}>{actionInWords(a, t)}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-from">{t('audit.filter.from')}</label>
          <input id="f-from" name="from" type="date" value={filter.from ?? ''} />
        </div>
        <div class="field">
          <label for="f-to">{t('audit.filter.to')}</label>
          <input id="f-to" name="to" type="date" value={filter.to ?? ''} />
        </div>
        <button type="submit">{t('audit.filter.submit')}</button>
      </form>
      <p>
        <a href={`${base}.csv${query(filter)}`} download>{t('audit.download')}</a>
      </p>
      {p.events.length === 0 ? (
        <p>{t('audit.none')}</p>
      ) : (
        <div class="table-scroll">
          <table class="audit">
            <thead>
              <tr>
                <th scope="col">{t('audit.col.when')}</th>
                <th scope="col">{t('audit.col.who')}</th>
                <th scope="col">{t('audit.col.what')}</th>
                <th scope="col">{t('audit.col.about')}</th>
              </tr>
            </thead>
            <tbody>
              {p.events.map((e) => (
                <tr>
                  <td>
                    <time datetime={e.at.toISOString()}>{utcTime(e.at, t.locale)}</time>
                  </td>
                  <td>{actorShown(e, t)}</td>
                  <td>{actionInWords(e.action, t)}</td>
                  <td>
                    {e.subjectType === 'signature' && e.subjectName ? (
                      <a href={`/coordinator/signatures/${e.subjectId}`}><bdi>{e.subjectName}</bdi></a>
                    ) : e.subjectType === 'statement' && e.statement ? (
                      <a href={`/coordinator/statements/${e.statement}`}><bdi>{e.subjectName ?? e.statement}</bdi></a>
                    ) : (
                      <span class="muted">{SUBJECTS.has(e.subjectType) ? t(`audit.about.${e.subjectType}` as MessageKey) : t('audit.subject', { type: e.subjectType })}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {p.nextCursor ? (
        <p>
          <a href={`${base}${query(filter, { cursor: p.nextCursor })}`} rel="next">{t('audit.older')}</a>
        </p>
      ) : null}
    </Layout>
  );
}
