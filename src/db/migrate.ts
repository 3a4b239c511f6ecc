import { Migrator, PostgresAdapter, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './database.ts';
import * as initial from './migrations/20261127_0001_initial.ts';
import * as editions from './migrations/20261127_0002_editions.ts';
import * as organisations from './migrations/20261127_0003_organisations.ts';
import * as jobs from './migrations/20261201_0001_jobs.ts';
import * as importProgress from './migrations/20261201_0002_import_progress.ts';
import * as duplicateLevels from './migrations/20261201_0010_duplicate_levels.ts';
import * as statementTranslations from './migrations/20261201_0020_statement_translations.ts';
import * as editionLanguages from './migrations/20261201_0021_edition_languages.ts';
import * as statementVersions from './migrations/20261201_0030_statement_versions.ts';
import * as manageTokens from './migrations/20261201_0031_manage_tokens.ts';
import * as individualSignatures from './migrations/20261201_0032_individual_signatures.ts';
import * as teamRoles from './migrations/20261201_0060_team_roles.ts';
import * as auditAndSignIn from './migrations/20261201_0065_audit_and_sign_in.ts';
import * as organisationKeysVersion from './migrations/20261201_0070_organisation_keys_version.ts';
import * as internationalSignatories from './migrations/20261201_0090_international_signatories.ts';
import * as editionIndividuals from './migrations/20261201_0091_edition_individuals.ts';
import * as partners from './migrations/20261201_0085_partners.ts';
import * as signOnOrigins from './migrations/20261201_0040_sign_on_origins.ts';
import * as contactEncryption from './migrations/20261201_0045_contact_encryption.ts';
import * as partnerLinks from './migrations/20261201_0080_partner_links.ts';
import * as sealedPendingImports from './migrations/20261201_0100_sealed_pending_imports.ts';

/** Migrations are listed here explicitly so they work the same from source, tests and the CLI. */
const migrations: Record<string, Migration> = {
  '20261127_0001_initial': initial,
  '20261127_0002_editions': editions,
  '20261127_0003_organisations': organisations,
  '20261201_0001_jobs': jobs,
  '20261201_0002_import_progress': importProgress,
  '20261201_0010_duplicate_levels': duplicateLevels,
  '20261201_0020_statement_translations': statementTranslations,
  '20261201_0021_edition_languages': editionLanguages,
  '20261201_0030_statement_versions': statementVersions,
  '20261201_0031_manage_tokens': manageTokens,
  '20261201_0032_individual_signatures': individualSignatures,
  '20261201_0060_team_roles': teamRoles,
  '20261201_0065_audit_and_sign_in': auditAndSignIn,
  '20261201_0070_organisation_keys_version': organisationKeysVersion,
  '20261201_0090_international_signatories': internationalSignatories,
  '20261201_0091_edition_individuals': editionIndividuals,
  '20261201_0085_partners': partners,
  '20261201_0040_sign_on_origins': signOnOrigins,
  '20261201_0045_contact_encryption': contactEncryption,
  '20261201_0080_partner_links': partnerLinks,
  '20261201_0100_sealed_pending_imports': sealedPendingImports,
};

class StaticProvider implements MigrationProvider {
  async getMigrations() {
    return migrations;
  }
}

/** Where a database stands against the migrations this code knows. */
export interface MigrationStatus {
  applied: string[];
  /** Known here, not yet run, in the order they would run. */
  pending: string[];
  /** Run on the database but unknown here: a newer version of the app migrated it. */
  unknown: string[];
}

/** Reads the applied migrations without creating anything (a database never migrated has none). */
export async function migrationStatus(db: Kysely<any>): Promise<MigrationStatus> {
  let applied: string[] = [];
  try {
    const rows = await db.selectFrom('kysely_migration').select('name').orderBy('name').execute();
    applied = rows.map((r: { name: string }) => r.name);
  } catch (err) {
    if (!/no such table|does not exist/.test(err instanceof Error ? err.message : String(err))) throw err;
  }
  const known = Object.keys(migrations).sort();
  const done = new Set(applied);
  return { applied, pending: known.filter((n) => !done.has(n)), unknown: applied.filter((n) => !(n in migrations)) };
}

/** A downgrade: the database was migrated by a newer version; running older code on it would corrupt it. */
export class DowngradeRefused extends Error {
  override name = 'DowngradeRefused';
  constructor(readonly unknown: string[]) {
    super(
      `This database was upgraded by a newer version of Undersigned: it has migrations this version does not know (${unknown.join(', ')}). ` +
        'Downgrades are not supported. Run the newer version again, or restore a backup taken before the upgrade into an empty database.',
    );
  }
}

/** Any 64-bit number unique to this app; the same in every instance. */
const MIGRATION_LOCK = 0x756e_6465_7273_6967n; // "undersig"

/**
 * Brings the schema up to date; throws with the failing migration's name, or DowngradeRefused.
 * On PostgreSQL the whole step runs under a session advisory lock, so instances starting
 * together migrate one after the other: the first applies, the next finds nothing to do.
 * (SQLite has one writer at a time, and one instance per file.)
 */
export async function migrateToLatest(db: Db, opts: { onWait?: () => void } = {}): Promise<string[]> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return migrateUnlocked(db);
  return db.connection().execute(async (conn) => {
    const got = await sql<{ ok: boolean }>`select pg_try_advisory_lock(${sql.lit(MIGRATION_LOCK)}) as ok`.execute(conn);
    if (!got.rows[0]?.ok) {
      opts.onWait?.();
      await sql`select pg_advisory_lock(${sql.lit(MIGRATION_LOCK)})`.execute(conn);
    }
    try {
      return await migrateUnlocked(conn);
    } finally {
      await sql`select pg_advisory_unlock(${sql.lit(MIGRATION_LOCK)})`.execute(conn);
    }
  });
}

async function migrateUnlocked(db: Db): Promise<string[]> {
  const status = await migrationStatus(db);
  if (status.unknown.length) throw new DowngradeRefused(status.unknown);
  if (status.pending.length === 0) return [];
  // Features are written side by side, each with its own number range; a database that ran a
  // later-numbered one first still takes the others (each migration stands on its own).
  const migrator = new Migrator({ db, provider: new StaticProvider(), allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${cause}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
