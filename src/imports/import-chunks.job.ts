import { z } from 'zod';
import { defineJob } from '../jobs/job.ts';

/** Creates a large confirmed import's signatories, chunk by chunk, showing progress on the import. */
export const importChunksJob = defineJob({
  name: 'imports.create-signatories',
  payload: z.object({ importId: z.string() }),
  priority: 15,
  retryForMs: 24 * 3600_000,
  leaseMs: 5 * 60_000,
});
