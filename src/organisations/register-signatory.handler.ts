import { sql } from 'kysely';
import { emailDomainsOf } from '../contacts/contact.repository.ts';
import type { DialectName } from '../db/database.ts';
import { handles } from '../jobs/job.ts';
import { registerSignatoryJob } from './register-signatory.job.ts';
import { registerSignatory } from './register-signatory.ts';

/** Any constant: the key of the lock that puts registrations in one line on PostgreSQL. */
export const REGISTRY_LOCK = 72_46_0001;

/**
 * Idempotent: a signature already linked to an organisation was registered by an earlier run.
 * Registrations run one at a time: two signatories of one new organisation registered side by
 * side would each miss the other and create it twice, unflagged. SQLite has one writer anyway.
 */
export const registerSignatoryHandler = (deps: { readonly dialect: DialectName }) =>
  handles(registerSignatoryJob, async ({ signatureId }, { write, now }) => {
    await write(async (trx) => {
      if (deps.dialect === 'postgres') await sql`select pg_advisory_xact_lock(${REGISTRY_LOCK})`.execute(trx);
      const row = await trx
        .selectFrom('signatures')
        .select(['signatures.id', 'signatures.statement_id', 'signatures.organisation_id', 'signatures.name', 'signatures.country', 'signatures.org_type', 'signatures.website'])
        .where('signatures.id', '=', signatureId)
        .executeTakeFirst();
      if (!row || row.organisation_id) return;
      await registerSignatory(trx, {
        signatureId: row.id,
        statementId: row.statement_id,
        name: row.name,
        country: row.country,
        type: row.org_type,
        website: row.website,
        // The domain is all the registry uses of the email (and it is kept in clear).
        contactEmail: (await emailDomainsOf(trx, [row.id])).get(row.id) ?? null,
        now,
      });
    });
  });
