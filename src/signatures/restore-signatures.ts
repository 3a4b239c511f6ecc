import type { DbOrTx } from '../db/database.ts';
import { localisedError } from '../errors.ts';
import { recordAudit } from '../shared/audit.ts';
import { bumpList } from '../statements/statement.repository.ts';
import { checkSelection } from './moderate-signatures.ts';
import { getSignature } from './signature.repository.ts';
import { countDelta, signatureTransition, type Signature, type SignatureState } from './signature.ts';

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
  checkSelection(opts.ids);
  const out: Signature[] = [];
  const deltas = new Map<string, number>();
  const at = opts.now.toISOString();
  for (const id of new Set(opts.ids)) {
    const s = await getSignature(db, id);
    if (opts.statementId && s.statementId !== opts.statementId) throw localisedError('not_found', 'error.signatureNotInStatement');
    signatureTransition(s.state, 'restore');
    const to: SignatureState = (await stateBeforeRejection(db, id)) === 'approved' ? 'approved' : 'confirmed';
    const res = await db.updateTable('signatures').set({ state: to, decided_at: at, updated_at: at }).where('id', '=', id).where('state', '=', s.state).executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw localisedError('conflict', 'error.signatureChanged', { name: s.name });
    deltas.set(s.statementId, (deltas.get(s.statementId) ?? 0) + countDelta(s.state, to, s.kind));
    await recordAudit(db, { at: opts.now, actor: opts.coordinatorId, action: 'signature.restored', subjectType: 'signature', subjectId: id, detail: { from: s.state, to } });
    out.push({ ...s, state: to, decidedAt: opts.now });
  }
  for (const [statementId, delta] of deltas) await bumpList(db, statementId, delta, opts.now);
  return out;
}
