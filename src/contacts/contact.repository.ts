import type { Selectable } from 'kysely';
import type { DbOrTx } from '../db/database.ts';
import type { ContactsTable } from '../db/schema.ts';
import { contactKeys, emailDomainOf, emailHash, emailHashes, seal, sealedKeyId, unseal } from './contact-keys.ts';

/**
 * The one place contacts are read and written. Names and emails are sealed on the way in and
 * opened on the way out; a contact is found by email only through its keyed hash. Other
 * features use these functions, never the table (docs/decisions/contact-encryption.md).
 */
export interface Contact {
  signatureId: string;
  name: string;
  email: string;
  /** Lower-cased, in clear. */
  emailDomain: string | null;
  /** The language emails to this contact are written in. */
  language: string;
  createdAt: Date;
}

export interface NewContact {
  signatureId: string;
  name: string;
  email: string;
  language: string;
  createdAt: Date;
  /** Ticked "tell us about future statements" (partner invitations). */
  updatesConsent?: boolean;
}

type Row = Selectable<ContactsTable>;

const toContact = (r: Row): Contact => ({
  signatureId: r.signature_id,
  name: unseal(r.name),
  email: unseal(r.email),
  emailDomain: r.email_domain,
  language: r.language,
  createdAt: new Date(r.created_at),
});

const toRow = (c: NewContact) => {
  const key = contactKeys().primary;
  return {
    signature_id: c.signatureId,
    name: seal(c.name, key),
    email: seal(c.email, key),
    email_hash: emailHash(c.email, key),
    email_domain: emailDomainOf(c.email),
    key_id: key.id,
    language: c.language,
    updates_consent: c.updatesConsent ? 1 : 0,
    created_at: c.createdAt.toISOString(),
  };
};

/** Stores contacts; a signature that already has one keeps it (a repeated sign-on). */
export async function insertContacts(db: DbOrTx, contacts: readonly NewContact[]): Promise<void> {
  if (contacts.length === 0) return;
  await db
    .insertInto('contacts')
    .values(contacts.map(toRow))
    .onConflict((oc) => oc.column('signature_id').doNothing())
    .execute();
}

/** A signature's contact, or null (none given, or erased). */
export async function contactOf(db: DbOrTx, signatureId: string): Promise<Contact | null> {
  const row = await db.selectFrom('contacts').selectAll().where('signature_id', '=', signatureId).executeTakeFirst();
  return row ? toContact(row) : null;
}

/** The contacts of these signatures, by signature id (those without one are absent). */
export async function contactsOf(db: DbOrTx, signatureIds: readonly string[]): Promise<Map<string, Contact>> {
  const out = new Map<string, Contact>();
  const unique = [...new Set(signatureIds)];
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await db.selectFrom('contacts').selectAll().where('signature_id', 'in', unique.slice(i, i + 500)).execute();
    for (const r of rows) out.set(r.signature_id, toContact(r));
  }
  return out;
}

/** Only the email domains (no decryption), by signature id: enough for duplicate hints. */
export async function emailDomainsOf(db: DbOrTx, signatureIds: readonly string[]): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>();
  const unique = [...new Set(signatureIds)];
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await db.selectFrom('contacts').select(['signature_id', 'email_domain']).where('signature_id', 'in', unique.slice(i, i + 500)).execute();
    for (const r of rows) out.set(r.signature_id, r.email_domain);
  }
  return out;
}

/** Every contact with this email (normalised), whichever configured key hashed it. */
export async function contactsWithEmail(db: DbOrTx, email: string): Promise<Contact[]> {
  const rows = await db.selectFrom('contacts').selectAll().where('email_hash', 'in', emailHashes(email)).orderBy('created_at').execute();
  return rows.map(toContact);
}

/** The contacts of a statement's signatures (for retention and exports), by signature id. */
export async function signatureIdsWithContact(db: DbOrTx, statementIds: readonly string[]): Promise<string[]> {
  if (statementIds.length === 0) return [];
  const rows = await db
    .selectFrom('contacts')
    .innerJoin('signatures', 'signatures.id', 'contacts.signature_id')
    .select('contacts.signature_id')
    .where('signatures.statement_id', 'in', [...statementIds])
    .execute();
  return rows.map((r) => r.signature_id);
}

/** Deletes these signatures' contacts; returns how many there were. */
export async function deleteContacts(db: DbOrTx, signatureIds: readonly string[]): Promise<number> {
  let n = 0;
  const unique = [...new Set(signatureIds)];
  for (let i = 0; i < unique.length; i += 500) {
    const res = await db.deleteFrom('contacts').where('signature_id', 'in', unique.slice(i, i + 500)).executeTakeFirst();
    n += Number(res.numDeletedRows);
  }
  return n;
}

/** Contacts sealed with another key than the primary, a page at a time (for rotation). */
export async function contactsNotUnderPrimary(db: DbOrTx, limit: number): Promise<Contact[]> {
  const rows = await db
    .selectFrom('contacts')
    .selectAll()
    .where((eb) => eb.or([eb('key_id', '!=', contactKeys().primary.id), eb('key_id', 'is', null)]))
    .orderBy('signature_id')
    .limit(limit)
    .execute();
  return rows.map(toContact);
}

/** Seals a contact again with the primary key (its hash too). */
export async function resealContact(db: DbOrTx, c: Contact): Promise<void> {
  const { signature_id: _, language: __, created_at: ___, ...sealed } = toRow({ ...c });
  await db.updateTable('contacts').set(sealed).where('signature_id', '=', c.signatureId).execute();
}

/** Which key ids contacts are sealed with, and how many under each. */
export async function contactKeyUse(db: DbOrTx): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('contacts')
    .select(['key_id'])
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .groupBy('key_id')
    .execute();
  return new Map(rows.map((r) => [r.key_id ?? '(none)', Number(r.n)]));
}

/**
 * Refuses to go on when stored contacts, messages, second factors or staged imports are sealed with a key that is not
 * configured: a lost key file, or an instance started with another key than its peers.
 * Writing on would mix keys and leave the old rows unreadable.
 */
export async function checkContactKeys(db: DbOrTx): Promise<void> {
  const known = new Set(contactKeys().all.map((k) => k.id));
  const used = new Set<string>();
  for (const r of await db.selectFrom('contacts').select('key_id').distinct().execute()) if (r.key_id) used.add(r.key_id);
  for (const r of await db.selectFrom('messages').select('key_id').distinct().execute()) if (r.key_id) used.add(r.key_id);
  for (const r of await db.selectFrom('coordinators').select('totp_secret').where('totp_secret', 'like', 'c1.%').execute()) {
    const id = /^c1\.([0-9a-f]{8})\./.exec(r.totp_secret ?? '')?.[1];
    if (id) used.add(id);
  }
  for (const r of await db.selectFrom('pending_imports').select(['entries_json', 'table_json']).execute()) {
    for (const v of [r.entries_json, r.table_json]) {
      const id = v ? sealedKeyId(v) : null;
      if (id) used.add(id);
    }
  }
  const missing = [...used].filter((id) => !known.has(id));
  if (missing.length) {
    throw new Error(
      `contact data is encrypted with key ${missing.join(', ')}, which is not configured (configured: ${[...known].join(', ')} from ${contactKeys().source}). ` +
        'Restore the key file or set ENCRYPTION_KEY to the key(s) in use; every instance must share them.',
    );
  }
}
