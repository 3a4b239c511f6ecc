import type { DbOrTx } from '../db/database.ts';
import { hashSecret, newSecret } from '../shared/ids.ts';
import type { WithdrawLink } from '../statements/edit-statement.ts';
import { rowToSignature } from './signature.repository.ts';
import type { Signature } from './signature.ts';

/** The private page where a signatory corrects, chooses to be listed or counted, or withdraws. */
export const manageLink = (publicUrl: string, token: string) => `${publicUrl}/manage/${token}`;

/**
 * A fresh manage token for a signature, stored hashed. Every email that carries a manage link
 * gets its own, and all stay valid for the signature's life, so no email's link stops working
 * because a later one was sent (docs/decisions/signatory-manage-links.md).
 */
export async function issueManageToken(db: DbOrTx, signatureId: string, now: Date): Promise<string> {
  const token = newSecret();
  await db.insertInto('manage_tokens').values({ token_hash: hashSecret(token), signature_id: signatureId, created_at: now.toISOString() }).execute();
  return token;
}

/** The signature a manage token belongs to, or null for a malformed or unknown token. */
export async function findByManageToken(db: DbOrTx, token: string): Promise<Signature | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const row = await db
    .selectFrom('manage_tokens')
    .innerJoin('signatures', 'signatures.id', 'manage_tokens.signature_id')
    .selectAll('signatures')
    .where('manage_tokens.token_hash', '=', hashSecret(token))
    .executeTakeFirst();
  return row ? rowToSignature(row) : null;
}

/** The link a change notice gives each signatory: their own manage page, where they can withdraw. */
export const withdrawLinkFor =
  (publicUrl: string): WithdrawLink =>
  async (db, signatureId, now) =>
    `${manageLink(publicUrl, await issueManageToken(db, signatureId, now))}#withdraw`;
