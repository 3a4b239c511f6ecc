import { sql } from 'kysely';
import type { DialectName } from '../db/database.ts';
import { enqueueJob } from '../jobs/job.repository.ts';
import { handles } from '../jobs/job.ts';
import { REGISTRY_LOCK } from './register-signatory.handler.ts';
import { rekeyRegistryJob } from './rekey-registry.job.ts';
import { rekeyStaleOrganisations } from './rekey-registry.ts';

/**
 * One batch per run, in one transaction, in line with registrations (the same lock on
 * PostgreSQL), so key counts stay exact; queues the next batch while stale organisations remain.
 */
export const rekeyRegistryHandler = (deps: { readonly dialect: DialectName }) =>
  handles(rekeyRegistryJob, async (_payload, { write, now }) => {
    await write(async (trx) => {
      if (deps.dialect === 'postgres') await sql`select pg_advisory_xact_lock(${REGISTRY_LOCK})`.execute(trx);
      const { more } = await rekeyStaleOrganisations(trx);
      // Without a key: this run's own key is still held until it ends.
      if (more) await enqueueJob(trx, rekeyRegistryJob, {}, { now });
    });
  });
