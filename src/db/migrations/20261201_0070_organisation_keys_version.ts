import type { Kysely } from 'kysely';

// The version of the blocking-key rules each organisation's stored keys were built with. Rows
// from before this column are 0: older than any rules, so the re-key job rebuilds them once.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('organisations').addColumn('keys_version', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.createIndex('organisations_keys_version').on('organisations').column('keys_version').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('organisations_keys_version').execute();
  await db.schema.alterTable('organisations').dropColumn('keys_version').execute();
}
