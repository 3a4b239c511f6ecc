import { z } from 'zod';
import { defineJob } from '../jobs/job.ts';

/** Publishes an edition at its set time; queued with run_at = publish_at when it is scheduled. */
export const publishScheduledEditionJob = defineJob({
  name: 'publishing.publish-scheduled-edition',
  payload: z.object({ editionId: z.string() }),
  priority: 1,
  retryForMs: 3600_000,
  // Rendering 5,000 names takes seconds; a lease of minutes leaves room for a slow machine.
  leaseMs: 10 * 60_000,
});
