import type { Kysely } from 'kysely';

// Every duplicate flag says how sure it is: "likely" (merged with one click) or "possible"
// (worth a look). Flags made before levels existed were all likely ones.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('duplicate_flags').addColumn('level', 'text', (c) => c.notNull().defaultTo('likely')).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('duplicate_flags').dropColumn('level').execute();
}
