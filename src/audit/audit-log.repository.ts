import type { DbOrTx } from '../db/database.ts';
import { localisedError } from '../errors.ts';
import { actorLabel, type AuditEvent } from './audit-event.ts';

/** What the log can be narrowed to: a person, an action, a span of days (UTC, both ends included). */
export interface AuditFilter {
  statementId?: string | undefined;
  /** A coordinator's id, or 'signatory' (signatories through their links) or 'system'. */
  person?: string | undefined;
  action?: string | undefined;
  /** YYYY-MM-DD, UTC. */
  from?: string | undefined;
  to?: string | undefined;
}

export const AUDIT_PAGE = 100;
export const AUDIT_PAGE_MAX = 1000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Checks the filter as typed by a person or a client; a bad one is a clear 400, never a crash. */
export function auditFilter(q: Record<string, string | undefined>): AuditFilter {
  const f: AuditFilter = {};
  const person = q.person?.trim();
  if (person) {
    if (person.length > 100) throw localisedError('validation_failed', 'audit.error.person');
    f.person = person;
  }
  const action = q.action?.trim();
  if (action) {
    if (!/^[a-z_.]{1,60}$/.test(action)) throw localisedError('validation_failed', 'audit.error.action');
    f.action = action;
  }
  for (const k of ['from', 'to'] as const) {
    const v = q[k]?.trim();
    if (!v) continue;
    if (!DAY.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`))) throw localisedError('validation_failed', 'audit.error.date');
    f[k] = v;
  }
  if (f.from && f.to && f.from > f.to) throw localisedError('validation_failed', 'audit.error.dateOrder');
  return f;
}

/** An opaque position in the log (newest first): the time and id of the last event shown. */
const encodeCursor = (e: { at: string; id: string }) => Buffer.from(`${e.at}|${e.id}`).toString('base64url');
function decodeCursor(cursor: string): { at: string; id: string } {
  const [at, id] = Buffer.from(cursor.slice(0, 200), 'base64url').toString().split('|');
  if (!at || !id || Number.isNaN(Date.parse(at))) throw localisedError('validation_failed', 'audit.error.cursor');
  return { at, id };
}

/** One page of the log, newest first, with the cursor of the next page when there is one. */
export async function listAuditEvents(
  db: DbOrTx,
  opts: { filter: AuditFilter; cursor?: string | undefined; limit?: number },
): Promise<{ events: AuditEvent[]; nextCursor: string | null }> {
  const limit = Math.min(Math.max(opts.limit ?? AUDIT_PAGE, 1), AUDIT_PAGE_MAX);
  const f = opts.filter;
  let q = db
    .selectFrom('audit_events as e')
    .leftJoin('coordinators as c', 'c.id', 'e.actor')
    .leftJoin('statements as st', 'st.id', 'e.statement_id')
    .leftJoin('signatures as sg', (j) => j.onRef('sg.id', '=', 'e.subject_id').on('e.subject_type', '=', 'signature'))
    .select(['e.id', 'e.at', 'e.actor', 'e.action', 'e.subject_type', 'e.subject_id', 'c.id as coordinator_id', 'c.name as coordinator_name', 'c.email as coordinator_email', 'st.slug', 'st.title', 'sg.name as signature_name']);
  if (f.statementId) q = q.where('e.statement_id', '=', f.statementId);
  if (f.person === 'signatory') q = q.where('e.actor', '=', 'public');
  else if (f.person === 'system') q = q.where('e.actor', '<>', 'public').where('c.id', 'is', null);
  else if (f.person) q = q.where('e.actor', '=', f.person);
  if (f.action) q = q.where('e.action', '=', f.action);
  if (f.from) q = q.where('e.at', '>=', `${f.from}T00:00:00.000Z`);
  if (f.to) q = q.where('e.at', '<', new Date(Date.parse(`${f.to}T00:00:00Z`) + 86_400_000).toISOString());
  if (opts.cursor) {
    const c = decodeCursor(opts.cursor);
    q = q.where((eb) => eb.or([eb('e.at', '<', c.at), eb.and([eb('e.at', '=', c.at), eb('e.id', '<', c.id)])]));
  }
  const rows = await q.orderBy('e.at', 'desc').orderBy('e.id', 'desc').limit(limit + 1).execute();
  const page = rows.slice(0, limit);
  return {
    events: page.map((r) => ({
      id: r.id,
      at: new Date(r.at),
      actor: actorLabel(r.actor, r.coordinator_id ? { name: r.coordinator_name, email: r.coordinator_email! } : null),
      actorId: r.coordinator_id,
      action: r.action,
      subjectType: r.subject_type,
      subjectId: r.subject_id,
      statement: r.slug,
      subjectName: r.subject_type === 'signature' ? r.signature_name : r.subject_type === 'statement' ? r.title : null,
    })),
    nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]!) : null,
  };
}

/** The people who appear in a log (for the person filter), by name. */
export async function auditPeople(db: DbOrTx, statementId?: string): Promise<{ id: string; label: string }[]> {
  let q = db.selectFrom('audit_events as e').innerJoin('coordinators as c', 'c.id', 'e.actor').select(['c.id', 'c.name', 'c.email']).distinct();
  if (statementId) q = q.where('e.statement_id', '=', statementId);
  const rows = await q.execute();
  return rows.map((r) => ({ id: r.id, label: actorLabel(r.id, r) })).sort((a, b) => a.label.localeCompare(b.label));
}

/** The action codes that appear in a log (for the action filter). */
export async function auditActionsUsed(db: DbOrTx, statementId?: string): Promise<string[]> {
  let q = db.selectFrom('audit_events').select('action').distinct();
  if (statementId) q = q.where('statement_id', '=', statementId);
  return (await q.execute()).map((r) => r.action).sort();
}
