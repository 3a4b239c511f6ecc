import type { DbOrTx } from '../db/database.ts';
import { recordAudit } from '../shared/audit.ts';
import { getStatementBySlug } from './statement.repository.ts';
import { transition, type Statement, type StatementState } from './statement.ts';

/** Opens a draft (or reopens a closed statement) for signature, or closes an open one. */
export async function changeStatementState(
  db: DbOrTx,
  opts: { slug: string; to: Extract<StatementState, 'open' | 'closed'>; coordinatorId: string; now: Date },
): Promise<Statement> {
  const statement = await getStatementBySlug(db, opts.slug);
  const next = transition(statement, opts.to);
  // The WHERE on the old state makes a concurrent change lose cleanly instead of overwriting.
  const res = await db
    .updateTable('statements')
    .set({ state: next, updated_at: opts.now.toISOString() })
    .where('id', '=', statement.id)
    .where('state', '=', statement.state)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) return changeStatementState(db, opts);
  await recordAudit(db, {
    at: opts.now,
    actor: opts.coordinatorId,
    action: next === 'open' ? 'statement.opened' : 'statement.closed',
    subjectType: 'statement',
    subjectId: statement.id,
    detail: { from: statement.state, to: next },
  });
  return { ...statement, state: next, updatedAt: opts.now };
}
