import { sql, SqliteAdapter, type Kysely } from 'kysely';
import { contactKeys, emailDomainOf, emailHash, hasContactKeys, keyedHash, seal } from '../../contacts/contact-keys.ts';

// Contact names and emails, and every stored message's envelope, encrypted at rest
// (docs/decisions/contact-encryption.md). New columns: the keyed hash of the email (how
// contacts and messages are found), the email's domain in clear (free-mail checks, duplicate
// hints), and the id of the key that sealed the row. Rows stored in clear before are sealed
// here with the primary key, and the one-signature-per-organisation-and-email identity becomes
// a keyed hash of what it was. This migration needs the keys (start-up loads them first).
// Unlike the others it imports application code: the cipher is the app's own.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('contacts').addColumn('email_hash', 'text').execute();
  await db.schema.alterTable('contacts').addColumn('email_domain', 'text').execute();
  await db.schema.alterTable('contacts').addColumn('key_id', 'text').execute();
  await db.schema.createIndex('contacts_email_hash').on('contacts').column('email_hash').execute();
  await db.schema.alterTable('messages').addColumn('to_hash', 'text').execute();
  await db.schema.alterTable('messages').addColumn('key_id', 'text').execute();
  await db.schema.createIndex('messages_to_hash').on('messages').column('to_hash').execute();

  const contacts = await db.selectFrom('contacts').select(['signature_id', 'name', 'email']).execute();
  const messages = await db.selectFrom('messages').select(['id', 'to_address', 'subject', 'text']).execute();
  const identities = await db.selectFrom('signatures').select(['id', 'identity_key']).where('identity_key', 'is not', null).execute();
  if (contacts.length + messages.length + identities.length === 0) return;
  if (!hasContactKeys()) throw new Error('contact data must be encrypted, but the encryption keys are not loaded');
  const key = contactKeys().primary;

  const convert = async (trx: Kysely<any>) => {
    for (const c of contacts) {
      await trx
        .updateTable('contacts')
        .set({ name: seal(c.name, key), email: seal(c.email, key), email_hash: emailHash(c.email, key), email_domain: emailDomainOf(c.email), key_id: key.id })
        .where('signature_id', '=', c.signature_id)
        .execute();
    }
    for (const m of messages) {
      await trx
        .updateTable('messages')
        .set({ to_address: seal(m.to_address, key), subject: seal(m.subject, key), text: seal(m.text, key), to_hash: emailHash(m.to_address, key), key_id: key.id })
        .where('id', '=', m.id)
        .execute();
    }
    for (const s of identities) {
      await trx.updateTable('signatures').set({ identity_key: keyedHash(`identity|${s.identity_key}`, key) }).where('id', '=', s.id).execute();
    }
  };
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  if (db.isTransaction) await convert(db);
  else await db.transaction().execute(convert);
  if (sqlite) {
    // The clear text may linger in freed pages and in the write-ahead log: rewrite the file
    // (secure_delete is on for every connection) and empty the log.
    await sql`vacuum`.execute(db);
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
  }
}

export async function down(): Promise<void> {
  throw new Error('contact encryption cannot be undone by a migration; export the data with `undersigned contacts export` instead');
}
