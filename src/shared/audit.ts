import type { DbOrTx } from '../db/database.ts';
import { newId } from './ids.ts';

/** Who did something: a coordinator id, or 'public' / 'system'. */
export type Actor = string;

/**
 * Appends one row to the audit log, inside the caller's transaction. The log is append-only:
 * there is no function that changes or deletes a row, and the database refuses both
 * (docs/decisions/audit-log.md). So `detail` must never hold contact data (it could not be erased).
 * The statement an event belongs to is taken from the subject when not given: a statement's own
 * id, or the statement of a signature or of a duplicate flag.
 */
export async function recordAudit(
  db: DbOrTx,
  e: { at: Date; actor: Actor; action: string; subjectType: string; subjectId: string; statementId?: string | null; detail?: unknown },
): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      id: newId(),
      at: e.at.toISOString(),
      actor: e.actor,
      action: e.action,
      subject_type: e.subjectType,
      subject_id: e.subjectId,
      statement_id: e.statementId !== undefined ? e.statementId : await statementOf(db, e.subjectType, e.subjectId),
      detail: e.detail === undefined ? null : JSON.stringify(e.detail),
    })
    .execute();
}

async function statementOf(db: DbOrTx, subjectType: string, subjectId: string): Promise<string | null> {
  if (subjectType === 'statement') return subjectId;
  if (subjectType === 'signature') {
    const row = await db.selectFrom('signatures').select('statement_id').where('id', '=', subjectId).executeTakeFirst();
    return row?.statement_id ?? null;
  }
  if (subjectType === 'duplicate_flag') {
    const row = await db.selectFrom('duplicate_flags').select('statement_id').where('id', '=', subjectId).executeTakeFirst();
    return row?.statement_id ?? null;
  }
  return null;
}
