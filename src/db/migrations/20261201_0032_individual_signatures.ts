import type { Kysely } from 'kysely';

// A statement may accept signatures of individuals besides organisations; an individual gives a
// name and, optionally, an affiliation, and is listed and counted apart.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('statements').addColumn('allow_individuals', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('signatures').addColumn('affiliation', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('signatures').dropColumn('affiliation').execute();
  await db.schema.alterTable('statements').dropColumn('allow_individuals').execute();
}
