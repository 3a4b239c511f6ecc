import { Migrator, type Migration, type MigrationProvider } from 'kysely';
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
};

class StaticProvider implements MigrationProvider {
  async getMigrations() {
    return migrations;
  }
}

/** Brings the schema up to date; throws with the failing migration's name. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new StaticProvider() });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${cause}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
