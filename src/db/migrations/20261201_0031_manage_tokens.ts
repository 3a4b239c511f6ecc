import type { Kysely } from 'kysely';

// A signatory's private "manage your signature" links: each email that carries one adds a token,
// stored hashed, valid for the signature's life (docs/decisions/signatory-manage-links.md). A
// correction of an approved signature waits on the signature for the coordinator's review.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('manage_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('signature_id', 'text', (c) => c.notNull().references('signatures.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('manage_tokens_signature').on('manage_tokens').column('signature_id').execute();
  await db.schema.alterTable('signatures').addColumn('pending_correction', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('signatures').dropColumn('pending_correction').execute();
  await db.schema.dropTable('manage_tokens').execute();
}
