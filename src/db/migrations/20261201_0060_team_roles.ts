import type { Kysely } from 'kysely';

// Coordinators as a team (docs/decisions/roles-and-permissions.md): a role per person per
// statement, invitations by email, tokens that carry a role and optionally one statement,
// people who can be removed, and two per-statement options (viewers see contacts; an edition
// prepared by one coordinator is released by a second).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('statement_roles')
    .addColumn('statement_id', 'text', (c) => c.notNull().references('statements.id').onDelete('cascade'))
    .addColumn('coordinator_id', 'text', (c) => c.notNull().references('coordinators.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('statement_roles_pk', ['statement_id', 'coordinator_id'])
    .execute();
  await db.schema.createIndex('statement_roles_coordinator').on('statement_roles').column('coordinator_id').execute();

  await db.schema
    .createTable('invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('statement_id', 'text', (c) => c.references('statements.id').onDelete('cascade'))
    .addColumn('invited_by', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('accepted_at', 'text')
    .execute();

  await db.schema.alterTable('coordinators').addColumn('removed_at', 'text').execute();
  await db.schema.alterTable('api_tokens').addColumn('role', 'text').execute();
  await db.schema.alterTable('api_tokens').addColumn('statement_id', 'text').execute();
  await db.schema.alterTable('statements').addColumn('viewers_see_contacts', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('statements').addColumn('two_person_publishing', 'integer', (c) => c.notNull().defaultTo(0)).execute();

  // Until now every coordinator could do everything everywhere: each keeps coordinating the
  // statements that exist (instance admins need no rows).
  const now = new Date().toISOString();
  const statements = await db.selectFrom('statements').select(['id']).execute();
  const people = await db.selectFrom('coordinators').select(['id']).where('role', '!=', 'admin').execute();
  for (const s of statements) {
    for (const p of people) {
      await db.insertInto('statement_roles').values({ statement_id: s.id, coordinator_id: p.id, role: 'coordinator', created_by: 'system', created_at: now }).execute();
    }
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('statements').dropColumn('two_person_publishing').execute();
  await db.schema.alterTable('statements').dropColumn('viewers_see_contacts').execute();
  await db.schema.alterTable('api_tokens').dropColumn('statement_id').execute();
  await db.schema.alterTable('api_tokens').dropColumn('role').execute();
  await db.schema.alterTable('coordinators').dropColumn('removed_at').execute();
  await db.schema.dropTable('invitations').execute();
  await db.schema.dropTable('statement_roles').execute();
}
