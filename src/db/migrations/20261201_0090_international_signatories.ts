import { sql, type Kysely } from 'kysely';

// An organisation that works internationally or regionally signs with "International / regional"
// instead of a country. Both that and "country not given" (an imported list without countries)
// have no country code, so the choice is its own column. Sign-ons through the public form before
// this column could only leave the country out by choosing "International / regional".
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('signatures').addColumn('international', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await sql`UPDATE signatures SET international = 1 WHERE country IS NULL AND kind = 'organisation' AND source = 'form'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('signatures').dropColumn('international').execute();
}
