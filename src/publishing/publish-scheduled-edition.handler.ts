import { handles } from '../jobs/job.ts';
import { publishScheduledEdition } from './publish-edition.ts';
import { publishScheduledEditionJob } from './publish-scheduled-edition.job.ts';
import type { Renderers } from './renderers.ts';

export const publishScheduledEditionHandler = (deps: { renderers: Renderers }) =>
  handles(publishScheduledEditionJob, async ({ editionId }, { db, now }) => {
    await publishScheduledEdition(db, { editionId, now, renderers: deps.renderers });
  });
