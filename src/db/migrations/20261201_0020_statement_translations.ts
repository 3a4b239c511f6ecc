import type { Kysely } from 'kysely';

// Translations of a statement's text, the language that prevails, and the language each
// signatory read and signed in.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('statement_translations')
    .addColumn('statement_id', 'text', (c) => c.notNull().references('statements.id').onDelete('cascade'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('headline', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('place_and_date', 'text')
    .addColumn('ready', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('statement_translations_pk', ['statement_id', 'language'])
    .execute();
  // Null means the original language prevails.
  await db.schema.alterTable('statements').addColumn('authoritative_language', 'text').execute();
  // Null for signatures made before this column, by import or by a coordinator.
  await db.schema.alterTable('signatures').addColumn('language', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('signatures').dropColumn('language').execute();
  await db.schema.alterTable('statements').dropColumn('authoritative_language').execute();
  await db.schema.dropTable('statement_translations').ifExists().execute();
}
