import type { DbOrTx } from '../db/database.ts';
import { moveSignatures } from './move-signatures.ts';
import { signatureTransition, type ModerationDecision, type Signature } from './signature.ts';

/**
 * Approves or rejects signatures (one or many). All or nothing: if any cannot move, none does,
 * and the error names it. The cached public count moves in the same transaction.
 */
export async function moderateSignatures(
  db: DbOrTx,
  opts: { ids: string[]; decision: ModerationDecision; coordinatorId: string; now: Date; statementId?: string },
): Promise<Signature[]> {
  return moveSignatures(db, opts, (s) => ({
    to: signatureTransition(s.state, opts.decision),
    action: opts.decision === 'approve' ? 'signature.approved' : 'signature.rejected',
    detail: { from: s.state },
  }));
}
