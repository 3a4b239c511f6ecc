import type { DbOrTx } from '../db/database.ts';
import { recordAudit } from '../shared/audit.ts';
import { hashSecret } from '../shared/ids.ts';
import { getStatementById } from '../statements/statement.repository.ts';
import { acceptsSignatures, type Statement } from '../statements/statement.ts';
import { localisedError } from '../errors.ts';
import { findTranslation } from '../statements/translation.repository.ts';
import { findByConfirmToken } from './signature.repository.ts';
import type { Signature } from './signature.ts';

export interface ConfirmationView {
  signature: Signature;
  statement: Statement;
  /** The statement's title in the language the signatory signed in. */
  title: string;
}

/** What the confirmation page shows; reading it changes nothing (mail scanners open links). */
export async function lookUpConfirmation(db: DbOrTx, token: string): Promise<ConfirmationView | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const signature = await findByConfirmToken(db, hashSecret(token));
  if (!signature || signature.state === 'withdrawn') return null;
  const statement = await getStatementById(db, signature.statementId);
  const translation = signature.language && signature.language !== statement.language ? await findTranslation(db, statement.id, signature.language) : null;
  return { signature, statement, title: translation?.title ?? statement.title };
}

/**
 * Confirms the signature behind a token. Pressing the button twice confirms once; a signature
 * already past confirmation (approved, rejected) is left as it is.
 */
export async function confirmSignature(db: DbOrTx, opts: { token: string; now: Date }): Promise<ConfirmationView | null> {
  const view = await lookUpConfirmation(db, opts.token);
  if (!view) return null;
  // A statement that closed takes no more signatures, confirmed late or not.
  if (view.signature.state === 'unconfirmed' && !acceptsSignatures(view.statement, opts.now)) throw localisedError('statement_not_open', 'abuse.confirmClosed');
  const res = await db
    .updateTable('signatures')
    .set({ state: 'confirmed', confirmed_at: opts.now.toISOString(), updated_at: opts.now.toISOString() })
    .where('id', '=', view.signature.id)
    .where('state', '=', 'unconfirmed')
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) === 1) {
    await recordAudit(db, { at: opts.now, actor: 'public', action: 'signature.confirmed', subjectType: 'signature', subjectId: view.signature.id });
    return { ...view, signature: { ...view.signature, state: 'confirmed', confirmedAt: opts.now } };
  }
  return view;
}
