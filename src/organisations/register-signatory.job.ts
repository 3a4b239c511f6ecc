import { z } from 'zod';
import { defineJob } from '../jobs/job.ts';

/** Places a new signatory in the organisation registry and flags likely duplicates; nothing public waits for it. */
export const registerSignatoryJob = defineJob({
  name: 'organisations.register-signatory',
  payload: z.object({ signatureId: z.string() }),
  priority: 20,
  leaseMs: 60_000,
});

export const registerJobKey = (signatureId: string) => `register:${signatureId}`;
