import { z } from 'zod';
import type { DbOrTx } from '../db/database.ts';
import { enqueueJob } from '../jobs/job.repository.ts';
import { defineJob } from '../jobs/job.ts';

/** Once a day: erase the contacts of statements closed longer ago than CONTACT_RETENTION_MONTHS. */
export const contactRetentionJob = defineJob({
  name: 'contacts.retention',
  payload: z.object({}),
  priority: 30,
  retryForMs: 24 * 3600_000,
  leaseMs: 10 * 60_000,
});

/** The run of a given day; its key makes every instance's request for that day one job. */
export function scheduleContactRetention(db: DbOrTx, opts: { now: Date; runAt?: Date }): Promise<number> {
  const at = opts.runAt ?? opts.now;
  return enqueueJob(db, contactRetentionJob, {}, { now: opts.now, runAt: at, key: `contacts.retention:${at.toISOString().slice(0, 10)}` });
}
