import type { Kysely } from 'kysely';

// Reaching partners and addressees (docs/decisions/partner-invitations-and-delivery.md):
// a contact's consent to hear about future statements; invitations, one per address per
// statement; unsubscribes, honoured across statements; the addressees of a statement, the
// deliveries of its editions to them and their responses. Messages may carry extra headers
// (List-Unsubscribe) and references to stored files to attach (never the bytes themselves).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('contacts').addColumn('updates_consent', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('messages').addColumn('headers', 'text').execute();
  await db.schema.alterTable('messages').addColumn('attachments', 'text').execute();

  await db.schema
    .createTable('partner_invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('statement_id', 'text', (c) => c.notNull().references('statements.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (c) => c.references('organisations.id').onDelete('set null'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('email_hash', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text')
    .addColumn('reminder_message_id', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('reminded_at', 'text')
    // Nobody is emailed twice for the same statement.
    .addUniqueConstraint('partner_invitations_once', ['statement_id', 'email_hash'])
    .execute();

  // The secrets in an invitation's links (the pre-filled sign form, unsubscribe), hashed; the
  // reminder carries fresh ones and the first email's keep working.
  await db.schema
    .createTable('partner_invitation_links')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('invitation_id', 'text', (c) => c.notNull().references('partner_invitations.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('mail_unsubscribes')
    .addColumn('email_hash', 'text', (c) => c.primaryKey())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('addressees')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('statement_id', 'text', (c) => c.notNull().references('statements.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('organisation', 'text')
    .addColumn('title', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('addressees_statement').on('addressees').column('statement_id').execute();

  await db.schema
    .createTable('deliveries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('statement_id', 'text', (c) => c.notNull().references('statements.id').onDelete('cascade'))
    .addColumn('edition_number', 'integer', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('deliveries_statement').on('deliveries').column('statement_id').execute();

  await db.schema
    .createTable('delivery_messages')
    .addColumn('delivery_id', 'text', (c) => c.notNull().references('deliveries.id').onDelete('cascade'))
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('addressee_id', 'text', (c) => c.references('addressees.id').onDelete('set null'))
    .addColumn('addressee_name', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('delivery_messages_pk', ['delivery_id', 'message_id'])
    .execute();

  await db.schema
    .createTable('addressee_responses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('statement_id', 'text', (c) => c.notNull().references('statements.id').onDelete('cascade'))
    .addColumn('responder', 'text', (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('body', 'text')
    .addColumn('link', 'text')
    .addColumn('published', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('addressee_responses_statement').on('addressee_responses').column('statement_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['addressee_responses', 'delivery_messages', 'deliveries', 'addressees', 'mail_unsubscribes', 'partner_invitation_links', 'partner_invitations']) await db.schema.dropTable(t).execute();
  await db.schema.alterTable('messages').dropColumn('attachments').execute();
  await db.schema.alterTable('messages').dropColumn('headers').execute();
  await db.schema.alterTable('contacts').dropColumn('updates_consent').execute();
}
