import { z } from 'zod';
import { defineJob } from '../jobs/job.ts';

/** SMTP outages of a day or two are survived: temporary failures are retried for three days. */
export const MAIL_RETRY_FOR_MS = 72 * 3600_000;

/** Sends one stored message through SMTP. */
export const sendMessageJob = defineJob({
  name: 'mail.send',
  payload: z.object({ messageId: z.string() }),
  priority: 5,
  retryForMs: MAIL_RETRY_FOR_MS,
  leaseMs: 120_000,
});
