import { Hono, type Context } from 'hono';
import { auditCsv } from '../audit/audit-csv.ts';
import { auditActionsUsed, auditFilter, auditPeople, listAuditEvents, AUDIT_PAGE_MAX, type AuditFilter } from '../audit/audit-log.repository.ts';
import type { AuditEvent } from '../audit/audit-event.ts';
import { AppError, localisedError } from '../errors.ts';
import { getStatementBySlug } from '../statements/statement.repository.ts';
import type { Statement } from '../statements/statement.ts';
import { coordinatorArea, requireCoordinator } from './auth.ts';
import type { AppEnv } from './env.ts';
import { errorMessage } from './errors.tsx';
import { AuditPage } from './views/coordinator/audit-page.tsx';

/** The audit log pages, mounted at /coordinator. */
export const auditRoutes = new Hono<AppEnv>();
auditRoutes.use('*', coordinatorArea);

// needs: statement.read-audit (a coordinator of the statement)
export const STATEMENT_AUDIT_PAGE_PERMISSION = 'statement.read-audit';
// needs: instance.admin
export const INSTANCE_AUDIT_PAGE_PERMISSION = 'instance.admin';

/** A CSV holds at most this many events; a longer log is narrowed by dates first. */
const CSV_MAX = 100_000;

async function page(c: Context<AppEnv>, statement: Statement | null) {
  const { db } = c.get('deps');
  const who = requireCoordinator(c);
  let filter: AuditFilter = {};
  let error: string | undefined;
  try {
    filter = auditFilter(c.req.query());
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    error = errorMessage(err, c.get('t'));
  }
  const result = await listAuditEvents(db, { filter: { ...filter, statementId: statement?.id }, cursor: error ? undefined : c.req.query('cursor') });
  const [people, actions] = await Promise.all([auditPeople(db, statement?.id), auditActionsUsed(db, statement?.id)]);
  return c.html(
    <AuditPage statement={statement} events={result.events} nextCursor={result.nextCursor} filter={filter} people={people} actions={actions} error={error} coordinator={who} csrfToken={c.get('csrfToken')} t={c.get('t')} />,
    error ? 400 : 200,
  );
}

async function csv(c: Context<AppEnv>, statement: Statement | null, filename: string) {
  const { db } = c.get('deps');
  const filter = { ...auditFilter(c.req.query()), statementId: statement?.id };
  const events: AuditEvent[] = [];
  let cursor: string | undefined;
  do {
    const p = await listAuditEvents(db, { filter, cursor, limit: AUDIT_PAGE_MAX });
    events.push(...p.events);
    cursor = p.nextCursor ?? undefined;
  } while (cursor && events.length < CSV_MAX);
  return c.body(auditCsv(events.slice(0, CSV_MAX), c.get('t')), 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"`,
    'Cache-Control': 'private, no-store',
  });
}

function requireAdmin(c: Context<AppEnv>) {
  if (requireCoordinator(c).role !== 'admin') throw localisedError('forbidden', 'audit.error.adminOnly');
}

auditRoutes.get('/statements/:slug/audit', async (c) => {
  requireCoordinator(c); // STATEMENT_AUDIT_PAGE_PERMISSION
  return page(c, await getStatementBySlug(c.get('deps').db, c.req.param('slug')));
});

auditRoutes.get('/statements/:slug/audit.csv', async (c) => {
  requireCoordinator(c); // STATEMENT_AUDIT_PAGE_PERMISSION
  const s = await getStatementBySlug(c.get('deps').db, c.req.param('slug'));
  return csv(c, s, `${s.slug}-audit.csv`);
});

auditRoutes.get('/audit', async (c) => {
  requireAdmin(c); // INSTANCE_AUDIT_PAGE_PERMISSION
  return page(c, null);
});

auditRoutes.get('/audit.csv', async (c) => {
  requireAdmin(c); // INSTANCE_AUDIT_PAGE_PERMISSION
  return csv(c, null, 'audit.csv');
});
