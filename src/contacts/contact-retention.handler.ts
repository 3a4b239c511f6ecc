import { handles } from '../jobs/job.ts';
import { eraseExpiredContacts } from './contact-retention.ts';
import { contactRetentionJob, scheduleContactRetention } from './contact-retention.job.ts';

const DAY = 24 * 3600_000;

/** Erases what is due, then queues tomorrow's run (in the same transaction: the chain never breaks). */
export const contactRetentionHandler = (deps: { readonly contactRetentionMonths?: number | undefined }) =>
  handles(contactRetentionJob, async (_payload, { write, now }) => {
    await write(async (trx) => {
      await eraseExpiredContacts(trx, { months: deps.contactRetentionMonths ?? 12, now });
      await scheduleContactRetention(trx, { now, runAt: new Date(now.getTime() + DAY) });
    });
  });
