import type { Kysely } from 'kysely';

// Where a public sign-on came from, kept apart from the signature: the client's address and its
// network only as keyed hashes that change every day, and the contact email's domain. Floods are
// grouped and rejected by these; a sign-on over a limit is held here for review (hold_reason).
// Each solved sign-on challenge is used once; its key is kept until the challenge expires.
// The instance secret keys the address hashes when no secret is configured.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sign_on_origins')
    .addColumn('signature_id', 'text', (c) => c.primaryKey())
    .addColumn('statement_id', 'text', (c) => c.notNull())
    .addColumn('client_hash', 'text')
    .addColumn('network_hash', 'text')
    .addColumn('email_domain', 'text', (c) => c.notNull())
    .addColumn('hold_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sign_on_origins_statement_at').on('sign_on_origins').columns(['statement_id', 'created_at']).execute();
  await db.schema
    .createTable('used_challenges')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('instance_secrets')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('instance_secrets').execute();
  await db.schema.dropTable('used_challenges').execute();
  await db.schema.dropTable('sign_on_origins').execute();
}
