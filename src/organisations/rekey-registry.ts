import type { DbOrTx } from '../db/database.ts';
import { enqueueJob } from '../jobs/job.repository.ts';
import { rekeyOrganisation, staleKeyOrganisationIds } from './organisation.repository.ts';
import { rekeyRegistryJob } from './rekey-registry.job.ts';

/** Organisations re-keyed per job run, in one transaction: small enough that registrations queued behind it wait little. */
export const REKEY_BATCH = 100;

/**
 * Rebuilds the blocking keys of up to `limit` organisations stored under older key rules
 * (organisations.keys_version < KEYS_VERSION). Returns how many were rebuilt and whether any
 * stale ones remain. Safe to repeat: an organisation already current is not selected.
 */
export async function rekeyStaleOrganisations(db: DbOrTx, opts: { limit?: number } = {}): Promise<{ rekeyed: number; more: boolean }> {
  const limit = opts.limit ?? REKEY_BATCH;
  const ids = await staleKeyOrganisationIds(db, limit + 1);
  let rekeyed = 0;
  for (const id of ids.slice(0, limit)) if (await rekeyOrganisation(db, id)) rekeyed++;
  return { rekeyed, more: ids.length > limit };
}

/**
 * Queues the re-key job when the registry holds organisations keyed by older rules (after an
 * upgrade that changed them). Called at start-up; a pending job absorbs a repeat.
 */
export async function scheduleRegistryRekey(db: DbOrTx, now: Date): Promise<boolean> {
  const [stale] = await staleKeyOrganisationIds(db, 1);
  if (!stale) return false;
  await enqueueJob(db, rekeyRegistryJob, {}, { now, key: 'organisations.rekey' });
  return true;
}
