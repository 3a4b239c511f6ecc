import type { DbOrTx } from '../db/database.ts';
import { newId } from './ids.ts';

/** Who did something: a coordinator id, or 'public' / 'system'. */
export type Actor = string;

/** Appends one row to the audit log, inside the caller's transaction. */
export async function recordAudit(
  db: DbOrTx,
  e: { at: Date; actor: Actor; action: string; subjectType: string; subjectId: string; detail?: unknown },
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
      detail: e.detail === undefined ? null : JSON.stringify(e.detail),
    })
    .execute();
}
