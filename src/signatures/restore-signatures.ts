import type { DbOrTx } from '../db/database.ts';
import { moveSignatures } from './move-signatures.ts';
import { signatureTransition, type Signature, type SignatureState } from './signature.ts';

/** The state a signature had before its latest rejection, from the audit row that recorded it. */
async function stateBeforeRejection(db: DbOrTx, signatureId: string): Promise<SignatureState | null> {
  const row = await db
    .selectFrom('audit_events')
    .select('detail')
    .where('subject_type', '=', 'signature')
    .where('subject_id', '=', signatureId)
    .where('action', '=', 'signature.rejected')
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  try {
    return (JSON.parse(row?.detail ?? 'null') as { from?: SignatureState } | null)?.from ?? null;
  } catch {
    return null;
  }
}

/**
 * Restores rejected signatures (one or many, all or nothing): one rejected from the list goes
 * back on it, one rejected in review goes back to review. The count moves in the same transaction.
 */
export async function restoreSignatures(db: DbOrTx, opts: { ids: string[]; coordinatorId: string; now: Date; statementId?: string }): Promise<Signature[]> {
  return moveSignatures(db, opts, async (s) => {
    signatureTransition(s.state, 'restore');
    const to: SignatureState = (await stateBeforeRejection(db, s.id)) === 'approved' ? 'approved' : 'confirmed';
    return { to, action: 'signature.restored', detail: { from: s.state, to } };
  });
}
