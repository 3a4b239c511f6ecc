import { sql } from 'kysely';
import type { DbOrTx } from '../db/database.ts';
import { hasDueJobs } from './job.repository.ts';

/**
 * Whether the queue is stuck: some job has been due for longer than `stuckMs` (queued past its
 * time, or held under a lease that ran out that long ago) and no job finished in that time.
 * A queue that is merely slow (a launch-day crowd, where registry work waits for a lull while
 * confirmations go out) keeps finishing jobs and is not stuck.
 */
export async function isQueueStuck(db: DbOrTx, opts: { now: Date; stuckMs: number }): Promise<boolean> {
  const before = new Date(opts.now.getTime() - opts.stuckMs);
  // Due `stuckMs` ago is overdue by that much now.
  if (!(await hasDueJobs(db, before))) return false;
  // Only asked when something is overdue, which is rare: no index on finished_at is needed.
  const progress = await db.selectFrom('jobs').select(sql<number>`1`.as('one')).where('finished_at', '>=', before.toISOString()).limit(1).executeTakeFirst();
  return !progress;
}
