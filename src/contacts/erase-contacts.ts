import type { DbOrTx } from '../db/database.ts';
import { localisedError } from '../errors.ts';
import { recordAudit, type Actor } from '../shared/audit.ts';
import { findByManageToken } from '../signatures/manage-link.ts';
import { withdrawBySignatory } from '../signatures/manage-signature.ts';
import { getSignature } from '../signatures/signature.repository.ts';
import { emailHashes } from './contact-keys.ts';
import { contactsOf, deleteContacts } from './contact.repository.ts';

/** Why contact details were erased (recorded in the audit trail, with nothing of the data). */
export type ErasureReason = 'signatory' | 'request' | 'retention';

export interface Erasure {
  /** Signatures whose contact was erased. */
  signatureIds: string[];
  /** Of those, the ones withdrawn at the same time. */
  withdrawn: string[];
  contacts: number;
  messages: number;
  manageLinks: number;
}

/**
 * Erases the contact details of these signatures: the contact (name, email, language), every
 * stored message to those addresses (queued ones are then never sent), the manage links (they
 * stop working) and the one-signature identity, which was derived from the email. The public
 * entry stays, or is withdrawn when asked. The audit trail notes each erasure, never the data.
 * Safe to repeat: a signature without a contact is left as it is.
 */
export async function eraseContacts(
  db: DbOrTx,
  opts: { signatureIds: readonly string[]; withdraw: boolean; reason: ErasureReason; actor: Actor; now: Date },
): Promise<Erasure> {
  const contacts = await contactsOf(db, opts.signatureIds);
  const ids = [...contacts.keys()];
  const out: Erasure = { signatureIds: ids, withdrawn: [], contacts: 0, messages: 0, manageLinks: 0 };
  if (opts.withdraw) {
    for (const id of new Set(opts.signatureIds)) {
      const s = await getSignature(db, id);
      if (s.state === 'withdrawn' || s.state === 'merged') continue;
      await withdrawBySignatory(db, { signature: s, now: opts.now, actor: opts.actor });
      out.withdrawn.push(id);
    }
  }
  if (ids.length === 0) return out;
  const hashes = [...new Set([...contacts.values()].flatMap((c) => emailHashes(c.email)))];
  for (let i = 0; i < hashes.length; i += 500) {
    const res = await db.deleteFrom('messages').where('to_hash', 'in', hashes.slice(i, i + 500)).executeTakeFirst();
    out.messages += Number(res.numDeletedRows);
  }
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const res = await db.deleteFrom('manage_tokens').where('signature_id', 'in', chunk).executeTakeFirst();
    out.manageLinks += Number(res.numDeletedRows);
    await db.updateTable('signatures').set({ identity_key: null, updated_at: opts.now.toISOString() }).where('id', 'in', chunk).execute();
  }
  out.contacts = await deleteContacts(db, ids);
  for (const id of ids) {
    await recordAudit(db, { at: opts.now, actor: opts.actor, action: 'contact.erased', subjectType: 'signature', subjectId: id, detail: { reason: opts.reason, withdrawn: out.withdrawn.includes(id) } });
  }
  return out;
}

/** The signatory erases their own contact details from the manage page (or its API twin). */
export async function eraseOwnContact(db: DbOrTx, opts: { token: string; withdraw: boolean; now: Date }): Promise<Erasure & { statementSlug: string; language: string }> {
  const signature = await findByManageToken(db, opts.token);
  if (!signature || signature.state === 'merged') throw localisedError('not_found', 'manage.invalid');
  const statement = await db.selectFrom('statements').select(['slug', 'language']).where('id', '=', signature.statementId).executeTakeFirstOrThrow();
  const done = await eraseContacts(db, { signatureIds: [signature.id], withdraw: opts.withdraw, reason: 'signatory', actor: 'public', now: opts.now });
  return { ...done, statementSlug: statement.slug, language: signature.language ?? statement.language };
}
