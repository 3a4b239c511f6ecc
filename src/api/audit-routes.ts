import { Hono } from 'hono';
import { localisedError } from '../errors.ts';
import { auditFilter, listAuditEvents, AUDIT_PAGE_MAX } from '../audit/audit-log.repository.ts';
import type { AuditEvent } from '../audit/audit-event.ts';
import { getStatementBySlug } from '../statements/statement.repository.ts';
import { requireCoordinator } from '../web/auth.ts';
import type { AppEnv } from '../web/env.ts';

/** The audit log as JSON, mounted at /api/v1. */
export const auditApi = new Hono<AppEnv>();

// needs: statement.read-audit (a coordinator of the statement)
export const STATEMENT_AUDIT_PERMISSION = 'statement.read-audit';
// needs: instance.admin
export const INSTANCE_AUDIT_PERMISSION = 'instance.admin';

const eventJson = (e: AuditEvent) => ({ at: e.at.toISOString(), actor: e.actor, action: e.action, subject_type: e.subjectType, subject_id: e.subjectId, statement: e.statement });

function pageOptions(q: Record<string, string | undefined>) {
  const limit = q.limit === undefined ? undefined : Number(q.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1 || limit > AUDIT_PAGE_MAX)) throw localisedError('validation_failed', 'audit.error.limit', { max: AUDIT_PAGE_MAX });
  return { limit, cursor: q.cursor || undefined };
}

auditApi.get('/statements/:slug/audit', async (c) => {
  requireCoordinator(c); // STATEMENT_AUDIT_PERMISSION
  const { db } = c.get('deps');
  const s = await getStatementBySlug(db, c.req.param('slug'));
  const q = c.req.query();
  const page = await listAuditEvents(db, { filter: { ...auditFilter(q), statementId: s.id }, ...pageOptions(q) });
  return c.json({ events: page.events.map(eventJson), next_cursor: page.nextCursor });
});

auditApi.get('/audit', async (c) => {
  const who = requireCoordinator(c); // INSTANCE_AUDIT_PERMISSION
  if (who.role !== 'admin') throw localisedError('forbidden', 'audit.error.adminOnly');
  const { db } = c.get('deps');
  const q = c.req.query();
  const page = await listAuditEvents(db, { filter: auditFilter(q), ...pageOptions(q) });
  return c.json({ events: page.events.map(eventJson), next_cursor: page.nextCursor });
});
