import { sql } from 'kysely';
import type { DbOrTx } from '../db/database.ts';

/**
 * Whether the queue is stuck: some job has been due for longer than `stuckMs` (queued past its
 * time, or held under a lease that ran out that long ago) and no job finished in that time.
 * A queue that is merely slow (a launch-day crowd, where registry work waits for a lull while
 * confirmations go out) keeps finishing jobs and is not stuck.
 */
export async function isQueueStuck(db: DbOrTx, opts: { now: Date; stuckMs: number }): Promise<boolean> {
  const before = new Date(opts.now.getTime() - opts.stuckMs).toISOString();
  const overdue = await db
    .selectFrom('jobs')
    .select(sql<number>`1`.as('one'))
    .where((eb) => eb.or([eb.and([eb('state', '=', 'queued'), eb('run_at', '<', before)]), eb.and([eb('state', '=', 'running'), eb('locked_until', '<', before)])]))
    .limit(1)
    .executeTakeFirst();
  if (!overdue) return false;
  // Only asked when something is overdue, which is rare: no index on finished_at is needed.
  const progress = await db.selectFrom('jobs').select(sql<number>`1`.as('one')).where('finished_at', '>=', before).limit(1).executeTakeFirst();
  return !progress;
}
