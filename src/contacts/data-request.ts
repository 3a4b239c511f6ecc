import type { DbOrTx } from '../db/database.ts';
import { recordAudit } from '../shared/audit.ts';
import { newId } from '../shared/ids.ts';
import { getSignature } from '../signatures/signature.repository.ts';
import { emailHashes, unseal } from './contact-keys.ts';
import { contactsWithEmail } from './contact.repository.ts';
import { eraseContacts } from './erase-contacts.ts';

/** Everything held about one email, as a data-protection request gets it. */
export interface PersonData {
  email: string;
  signatures: {
    signature_id: string;
    statement: { slug: string; title: string };
    organisation: { id: string; name: string } | null;
    name: string;
    kind: string;
    country: string | null;
    website: string | null;
    affiliation: string | null;
    state: string;
    contact: { name: string; email: string; language: string; given_at: string };
    signed_at: string;
    confirmed_at: string | null;
    decided_at: string | null;
  }[];
  messages: { id: string; subject: string; status: string; created_at: string; sent_at: string | null; text: string }[];
}

/** Messages to this email, opened (the recipient is found by its keyed hash). */
async function messagesTo(db: DbOrTx, email: string) {
  const rows = await db.selectFrom('messages').selectAll().where('to_hash', 'in', emailHashes(email)).orderBy('created_at').execute();
  return rows.map((m) => ({ id: m.id, subject: unseal(m.subject), status: m.status, created_at: m.created_at, sent_at: m.sent_at, text: unseal(m.text) }));
}

/**
 * What Undersigned holds about the person with this email: every signature given with it, its
 * statement and organisation, the contact details and every stored message to them. The audit
 * trail notes that an export happened (with counts), never the email or the data.
 */
export async function exportPersonData(db: DbOrTx, opts: { email: string; actor: string; now: Date }): Promise<PersonData> {
  const contacts = await contactsWithEmail(db, opts.email);
  const signatures: PersonData['signatures'] = [];
  for (const c of contacts) {
    const s = await getSignature(db, c.signatureId);
    const statement = await db.selectFrom('statements').select(['slug', 'title']).where('id', '=', s.statementId).executeTakeFirstOrThrow();
    const row = await db.selectFrom('signatures').select('organisation_id').where('id', '=', s.id).executeTakeFirstOrThrow();
    const organisation = row.organisation_id ? ((await db.selectFrom('organisations').select(['id', 'name']).where('id', '=', row.organisation_id).executeTakeFirst()) ?? null) : null;
    signatures.push({
      signature_id: s.id,
      statement,
      organisation,
      name: s.name,
      kind: s.kind,
      country: s.country,
      website: s.website,
      affiliation: s.affiliation,
      state: s.state,
      contact: { name: c.name, email: c.email, language: c.language, given_at: c.createdAt.toISOString() },
      signed_at: s.createdAt.toISOString(),
      confirmed_at: s.confirmedAt?.toISOString() ?? null,
      decided_at: s.decidedAt?.toISOString() ?? null,
    });
  }
  const messages = await messagesTo(db, opts.email);
  await recordAudit(db, { at: opts.now, actor: opts.actor, action: 'contact.exported', subjectType: 'data_request', subjectId: newId(), detail: { signatures: signatures.length, messages: messages.length } });
  return { email: opts.email, signatures, messages };
}

export interface PersonErasure {
  email: string;
  /** The signatures whose contact was erased (their public entries stay unless withdrawn). */
  signatures: { signature_id: string; statement: string; name: string; withdrawn: boolean }[];
  contacts: number;
  messages: number;
  manage_links: number;
}

/** Erases every contact given with this email and every message to it; prints nothing of what is gone but ids and counts. */
export async function erasePersonData(db: DbOrTx, opts: { email: string; withdraw: boolean; actor: string; now: Date }): Promise<PersonErasure> {
  const contacts = await contactsWithEmail(db, opts.email);
  const listed = [];
  for (const c of contacts) {
    const s = await getSignature(db, c.signatureId);
    const statement = await db.selectFrom('statements').select('slug').where('id', '=', s.statementId).executeTakeFirstOrThrow();
    listed.push({ signature_id: s.id, statement: statement.slug, name: s.name });
  }
  const done = await eraseContacts(db, { signatureIds: contacts.map((c) => c.signatureId), withdraw: opts.withdraw, reason: 'request', actor: opts.actor, now: opts.now });
  // Messages to the address that no contact of it leads to (e.g. after an earlier erasure of one signature).
  const rest = await db.deleteFrom('messages').where('to_hash', 'in', emailHashes(opts.email)).executeTakeFirst();
  const messages = done.messages + Number(rest.numDeletedRows);
  await recordAudit(db, { at: opts.now, actor: opts.actor, action: 'contact.erasure_requested', subjectType: 'data_request', subjectId: newId(), detail: { signatures: listed.length, messages } });
  return {
    email: opts.email,
    signatures: listed.map((l) => ({ ...l, withdrawn: done.withdrawn.includes(l.signature_id) })),
    contacts: done.contacts,
    messages,
    manage_links: done.manageLinks,
  };
}
