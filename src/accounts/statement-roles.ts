import type { DbOrTx } from '../db/database.ts';
import { recordAudit } from '../shared/audit.ts';
import type { StatementRole } from './roles.ts';

/** Gives a person a role on a statement, replacing the one they had there. */
export async function grantStatementRole(db: DbOrTx, opts: { statementId: string; coordinatorId: string; role: StatementRole; by: string; now: Date }): Promise<void> {
  const existing = await roleOnStatement(db, opts.coordinatorId, opts.statementId);
  if (existing === opts.role) return;
  if (existing) {
    await db.updateTable('statement_roles').set({ role: opts.role }).where('statement_id', '=', opts.statementId).where('coordinator_id', '=', opts.coordinatorId).execute();
  } else {
    await db
      .insertInto('statement_roles')
      .values({ statement_id: opts.statementId, coordinator_id: opts.coordinatorId, role: opts.role, created_by: opts.by, created_at: opts.now.toISOString() })
      .execute();
  }
  await recordAudit(db, { at: opts.now, actor: opts.by, action: 'statement_role.granted', subjectType: 'statement', subjectId: opts.statementId, detail: { coordinator: opts.coordinatorId, role: opts.role } });
}

/** Takes a person's role on a statement away; what they could do there ends with their next request. */
export async function revokeStatementRole(db: DbOrTx, opts: { statementId: string; coordinatorId: string; by: string; now: Date }): Promise<boolean> {
  const res = await db.deleteFrom('statement_roles').where('statement_id', '=', opts.statementId).where('coordinator_id', '=', opts.coordinatorId).executeTakeFirst();
  if (Number(res.numDeletedRows) === 0) return false;
  await db.deleteFrom('api_tokens').where('coordinator_id', '=', opts.coordinatorId).where('statement_id', '=', opts.statementId).execute();
  await recordAudit(db, { at: opts.now, actor: opts.by, action: 'statement_role.revoked', subjectType: 'statement', subjectId: opts.statementId, detail: { coordinator: opts.coordinatorId } });
  return true;
}

export async function roleOnStatement(db: DbOrTx, coordinatorId: string, statementId: string): Promise<StatementRole | null> {
  const r = await db.selectFrom('statement_roles').select('role').where('coordinator_id', '=', coordinatorId).where('statement_id', '=', statementId).executeTakeFirst();
  return (r?.role as StatementRole | undefined) ?? null;
}

/** statement id → role, for one person. */
export async function rolesOf(db: DbOrTx, coordinatorId: string): Promise<Map<string, StatementRole>> {
  const rows = await db.selectFrom('statement_roles').select(['statement_id', 'role']).where('coordinator_id', '=', coordinatorId).execute();
  return new Map(rows.map((r) => [r.statement_id, r.role as StatementRole]));
}

export interface TeamMember {
  coordinatorId: string;
  email: string;
  role: StatementRole;
}

/** The people with a role on a statement. */
export async function statementTeam(db: DbOrTx, statementId: string): Promise<TeamMember[]> {
  const rows = await db
    .selectFrom('statement_roles')
    .innerJoin('coordinators', 'coordinators.id', 'statement_roles.coordinator_id')
    .select(['coordinators.id', 'coordinators.email', 'statement_roles.role'])
    .where('statement_roles.statement_id', '=', statementId)
    .where('coordinators.removed_at', 'is', null)
    .orderBy('coordinators.email')
    .execute();
  return rows.map((r) => ({ coordinatorId: r.id, email: r.email, role: r.role as StatementRole }));
}

/** Every role of every person, for the people page: coordinator id → [{statement slug, role}]. */
export async function allStatementRoles(db: DbOrTx): Promise<Map<string, { slug: string; title: string; role: StatementRole }[]>> {
  const rows = await db
    .selectFrom('statement_roles')
    .innerJoin('statements', 'statements.id', 'statement_roles.statement_id')
    .select(['statement_roles.coordinator_id', 'statements.slug', 'statements.title', 'statement_roles.role'])
    .orderBy('statements.slug')
    .execute();
  const out = new Map<string, { slug: string; title: string; role: StatementRole }[]>();
  for (const r of rows) {
    const list = out.get(r.coordinator_id) ?? [];
    list.push({ slug: r.slug, title: r.title, role: r.role as StatementRole });
    out.set(r.coordinator_id, list);
  }
  return out;
}
