import { z } from 'zod';
import { defineJob } from '../jobs/job.ts';

/** Rebuilds the registry keys of organisations stored under older key rules, a batch per run. */
export const rekeyRegistryJob = defineJob({
  name: 'organisations.rekey-registry',
  payload: z.object({}),
  // After registrations and mail: nothing waits for it, and look-ups still work on the old keys.
  priority: 50,
  leaseMs: 120_000,
});
