import type { Kysely } from 'kysely';

// An edition freezes the individuals' list beside the organisations' (JSON of number, name and
// affiliation); editions published before keep null, read as "none recorded".
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('editions').addColumn('individuals_json', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('editions').dropColumn('individuals_json').execute();
}
