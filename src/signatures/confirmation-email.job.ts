import { z } from 'zod';
import { defineJob } from '../jobs/job.ts';
import { MAIL_RETRY_FOR_MS } from '../mail/send-message.job.ts';

/**
 * Writes and sends the confirmation email of a signature. Keyed by signature while pending, so
 * a burst of identical sign-ons sends one email; a repeat after it went out sends a fresh one.
 */
export const confirmationEmailJob = defineJob({
  name: 'signature.confirmation-email',
  payload: z.object({ signatureId: z.string() }),
  priority: 0,
  retryForMs: MAIL_RETRY_FOR_MS,
  leaseMs: 120_000,
});

export const confirmationJobKey = (signatureId: string) => `confirmation:${signatureId}`;
