import type { DbOrTx } from '../db/database.ts';
import { emailHashes, seal, unseal } from '../contacts/contact-keys.ts';
import { hashSecret } from '../shared/ids.ts';

/**
 * Every read and write of contact data (emails, contact names) that reaching partners and
 * addressees needs, in one module, so it can be routed through the contacts repository (and its
 * encryption at rest) in one place. Nothing here is ever shown publicly.
 */

/** How an address is known without being stored again: case and spaces folded, hashed. */
export const emailHash = (email: string): string => hashSecret(`email:${email.trim().toLowerCase()}`);

/** The states in which an organisation has signed: confirmed by email, approved or not yet. */
const SIGNED = ['confirmed', 'approved'] as const;

export interface RegistryContact {
  organisationId: string;
  organisationName: string;
  contactName: string;
  email: string;
  /** The language they signed in: invitations are written in it. */
  language: string;
}

/**
 * For each registry organisation asked for, the most recent contact who signed for it (on any
 * statement of this instance) and ticked "tell us about future statements". Organisations with
 * no such contact are absent: nobody who did not agree is written to from the registry.
 */
export async function consentingContacts(db: DbOrTx, organisationIds: readonly string[]): Promise<Map<string, RegistryContact>> {
  const out = new Map<string, RegistryContact>();
  for (let i = 0; i < organisationIds.length; i += 500) {
    const rows = await db
      .selectFrom('signatures')
      .innerJoin('contacts', 'contacts.signature_id', 'signatures.id')
      .innerJoin('organisations', 'organisations.id', 'signatures.organisation_id')
      .select(['organisations.id as organisation_id', 'organisations.name as organisation_name', 'contacts.name', 'contacts.email', 'contacts.language', 'contacts.created_at'])
      .where('signatures.organisation_id', 'in', organisationIds.slice(i, i + 500))
      .where('signatures.state', 'in', SIGNED)
      .where('contacts.updates_consent', '=', 1)
      .orderBy('contacts.created_at', 'desc')
      .execute();
    for (const r of rows) {
      if (out.has(r.organisation_id)) continue;
      out.set(r.organisation_id, { organisationId: r.organisation_id, organisationName: r.organisation_name, contactName: unseal(r.name), email: unseal(r.email), language: r.language });
    }
  }
  return out;
}

/** Registry organisations with at least one contact who agreed to hear about new statements. */
export async function invitableOrganisations(db: DbOrTx, opts: { limit: number }): Promise<{ id: string; name: string; country: string | null }[]> {
  const rows = await db
    .selectFrom('organisations')
    .select(['organisations.id', 'organisations.name', 'organisations.country'])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('signatures')
          .innerJoin('contacts', 'contacts.signature_id', 'signatures.id')
          .select('signatures.id')
          .whereRef('signatures.organisation_id', '=', 'organisations.id')
          .where('signatures.state', 'in', SIGNED)
          .where('contacts.updates_consent', '=', 1),
      ),
    )
    .orderBy('organisations.name')
    .limit(opts.limit)
    .execute();
  return rows;
}

/** The language each address last signed in, for pasted addresses that are known contacts. */
export async function knownLanguages(db: DbOrTx, emails: readonly string[]): Promise<Map<string, string>> {
  // Contacts are found by the keyed hash of their email (under every configured key), never by the email.
  const byHash = new Map<string, string>();
  for (const email of emails) for (const h of emailHashes(email)) byHash.set(h, email);
  const hashes = [...byHash.keys()];
  const out = new Map<string, string>();
  for (let i = 0; i < hashes.length; i += 500) {
    const rows = await db.selectFrom('contacts').select(['email_hash', 'language', 'created_at']).where('email_hash', 'in', hashes.slice(i, i + 500)).orderBy('created_at', 'desc').execute();
    for (const r of rows) {
      const email = r.email_hash ? byHash.get(r.email_hash) : undefined;
      if (email && !out.has(email)) out.set(email, r.language);
    }
  }
  return out;
}

/** Who has signed a statement, to tell invitations answered from those still waiting. */
export async function signedOn(db: DbOrTx, statementId: string): Promise<{ emailHashes: Set<string>; organisationIds: Set<string> }> {
  const rows = await db
    .selectFrom('signatures')
    .leftJoin('contacts', 'contacts.signature_id', 'signatures.id')
    .select(['signatures.organisation_id', 'contacts.email'])
    .where('signatures.statement_id', '=', statementId)
    .where('signatures.state', 'in', SIGNED)
    .execute();
  const emailHashes = new Set<string>();
  const organisationIds = new Set<string>();
  for (const r of rows) {
    if (r.email) emailHashes.add(emailHash(unseal(r.email)));
    if (r.organisation_id) organisationIds.add(r.organisation_id);
  }
  return { emailHashes, organisationIds };
}

/** The addresses among these that asked for no more invitations. */
export async function unsubscribed(db: DbOrTx, hashes: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < hashes.length; i += 500) {
    const rows = await db.selectFrom('mail_unsubscribes').select('email_hash').where('email_hash', 'in', hashes.slice(i, i + 500)).execute();
    for (const r of rows) out.add(r.email_hash);
  }
  return out;
}

/** Notes an address as unsubscribed for every statement; repeating it is harmless. */
export async function recordUnsubscribe(db: DbOrTx, hash: string, now: Date): Promise<void> {
  await db.insertInto('mail_unsubscribes').values({ email_hash: hash, created_at: now.toISOString() }).onConflict((oc) => oc.column('email_hash').doNothing()).execute();
}

export interface NewInvitation {
  id: string;
  statementId: string;
  organisationId: string | null;
  email: string;
  language: string;
  createdBy: string;
  now: Date;
}

/**
 * Stores invitations, skipping any address already invited to the statement (the unique
 * constraint decides, so two coordinators inviting at once still send one). Returns the ids
 * actually stored.
 */
export async function insertInvitations(db: DbOrTx, rows: readonly NewInvitation[]): Promise<Set<string>> {
  const stored = new Set<string>();
  for (let i = 0; i < rows.length; i += 200) {
    const chunk = rows.slice(i, i + 200);
    if (chunk.length === 0) continue;
    const done = await db
      .insertInto('partner_invitations')
      .values(
        chunk.map((r) => ({
          id: r.id,
          statement_id: r.statementId,
          organisation_id: r.organisationId,
          email: seal(r.email),
          email_hash: emailHash(r.email),
          language: r.language,
          message_id: null,
          reminder_message_id: null,
          created_by: r.createdBy,
          created_at: r.now.toISOString(),
          reminded_at: null,
        })),
      )
      .onConflict((oc) => oc.columns(['statement_id', 'email_hash']).doNothing())
      .returning('id')
      .execute();
    for (const d of done) stored.add(d.id);
  }
  return stored;
}

export interface StoredInvitation {
  id: string;
  organisationId: string | null;
  organisationName: string | null;
  email: string;
  emailHash: string;
  language: string;
  createdAt: Date;
  remindedAt: Date | null;
}

/** A statement's invitations, oldest first, with the organisation's registry name. */
export async function invitationsOf(db: DbOrTx, statementId: string): Promise<StoredInvitation[]> {
  const rows = await db
    .selectFrom('partner_invitations')
    .leftJoin('organisations', 'organisations.id', 'partner_invitations.organisation_id')
    .select([
      'partner_invitations.id',
      'partner_invitations.organisation_id',
      'organisations.name as organisation_name',
      'partner_invitations.email',
      'partner_invitations.email_hash',
      'partner_invitations.language',
      'partner_invitations.created_at',
      'partner_invitations.reminded_at',
    ])
    .where('partner_invitations.statement_id', '=', statementId)
    .orderBy('partner_invitations.created_at')
    .orderBy('partner_invitations.email_hash')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    email: unseal(r.email),
    emailHash: r.email_hash,
    language: r.language,
    createdAt: new Date(r.created_at),
    remindedAt: r.reminded_at ? new Date(r.reminded_at) : null,
  }));
}

/** What an invitation's link opens: its statement, address and organisation. */
export async function invitationByLink(db: DbOrTx, tokenHash: string, purpose: 'sign' | 'unsubscribe') {
  const row = await db
    .selectFrom('partner_invitation_links')
    .innerJoin('partner_invitations', 'partner_invitations.id', 'partner_invitation_links.invitation_id')
    .leftJoin('organisations', 'organisations.id', 'partner_invitations.organisation_id')
    .select([
      'partner_invitations.id',
      'partner_invitations.statement_id',
      'partner_invitations.organisation_id',
      'partner_invitations.email',
      'partner_invitations.email_hash',
      'partner_invitations.language',
      'organisations.name as organisation_name',
      'organisations.country',
      'organisations.org_type',
      'organisations.website_domain',
    ])
    .where('partner_invitation_links.token_hash', '=', tokenHash)
    .where('partner_invitation_links.purpose', '=', purpose)
    .executeTakeFirst();
  return row ? { ...row, email: unseal(row.email) } : null;
}

// ——— Addressees: whom a statement addresses, with a private email ———

export interface Addressee {
  id: string;
  statementId: string;
  name: string;
  email: string;
  organisation: string | null;
  title: string | null;
  createdAt: Date;
}

type AddresseeFields = { name: string; email: string; organisation: string | null; title: string | null };

export async function insertAddressee(db: DbOrTx, a: AddresseeFields & { id: string; statementId: string; now: Date }): Promise<void> {
  const at = a.now.toISOString();
  await db
    .insertInto('addressees')
    .values({ id: a.id, statement_id: a.statementId, name: seal(a.name), email: seal(a.email), organisation: a.organisation, title: a.title, created_at: at, updated_at: at })
    .execute();
}

export async function updateAddressee(db: DbOrTx, a: AddresseeFields & { id: string; statementId: string; now: Date }): Promise<boolean> {
  const r = await db
    .updateTable('addressees')
    .set({ name: seal(a.name), email: seal(a.email), organisation: a.organisation, title: a.title, updated_at: a.now.toISOString() })
    .where('id', '=', a.id)
    .where('statement_id', '=', a.statementId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function deleteAddressee(db: DbOrTx, statementId: string, id: string): Promise<boolean> {
  const r = await db.deleteFrom('addressees').where('id', '=', id).where('statement_id', '=', statementId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function addresseesOf(db: DbOrTx, statementId: string): Promise<Addressee[]> {
  const rows = await db.selectFrom('addressees').selectAll().where('statement_id', '=', statementId).execute();
  // Names are sealed, so the order by name is made here, after opening them.
  const collator = new Intl.Collator('und');
  return rows
    .map((r) => ({ id: r.id, statementId: r.statement_id, name: unseal(r.name), email: unseal(r.email), organisation: r.organisation, title: r.title, createdAt: new Date(r.created_at) }))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
}
