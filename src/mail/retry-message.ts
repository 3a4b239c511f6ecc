import type { DbOrTx } from '../db/database.ts';
import { AppError, notFound } from '../errors.ts';
import { retryJobNow } from '../jobs/job.repository.ts';
import { recordAudit } from '../shared/audit.ts';

/**
 * A coordinator's "retry" of a message that failed or is waiting for its next attempt: its job
 * runs again now, with a fresh retry window. A sent message, or one in the outbox, has nothing
 * to retry.
 */
export async function retryMessage(db: DbOrTx, opts: { id: string; coordinatorId: string; now: Date }): Promise<void> {
  const m = /^[0-9a-f-]{36}$/.test(opts.id) ? await db.selectFrom('messages').select(['id', 'status', 'job_id']).where('id', '=', opts.id).executeTakeFirst() : undefined;
  if (!m) throw notFound('Message');
  if (!['failed', 'retrying', 'queued'].includes(m.status) || !m.job_id) {
    throw new AppError('conflict', `This message is ${m.status}; there is nothing to retry.`);
  }
  if (!(await retryJobNow(db, { id: m.job_id, now: opts.now }))) throw new AppError('conflict', 'This message is being sent right now.');
  await db.updateTable('messages').set({ status: 'queued', last_error: null }).where('id', '=', m.id).execute();
  await recordAudit(db, { at: opts.now, actor: opts.coordinatorId, action: 'message.retried', subjectType: 'message', subjectId: m.id });
}
