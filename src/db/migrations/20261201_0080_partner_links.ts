import type { Kysely } from 'kysely';

// A co-convener's referral link for one statement (`?ref=<code>`), and the link a sign-on came
// through. The code is public (it is in the link); only the coordinator sees the counts.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('partner_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('statement_id', 'text', (c) => c.notNull().references('statements.id'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('partner_links_statement').on('partner_links').columns(['statement_id', 'created_at']).execute();
  await db.schema.alterTable('signatures').addColumn('partner_link_id', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('signatures').dropColumn('partner_link_id').execute();
  await db.schema.dropTable('partner_links').execute();
}
