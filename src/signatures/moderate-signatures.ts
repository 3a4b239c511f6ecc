import type { DbOrTx } from '../db/database.ts';
import { localisedError } from '../errors.ts';
import { recordAudit } from '../shared/audit.ts';
import { bumpList } from '../statements/statement.repository.ts';
import { getSignature } from './signature.repository.ts';
import { countDelta, signatureTransition, type ModerationDecision, type Signature } from './signature.ts';

/** A bulk action takes one to 5,000 signatures. */
export function checkSelection(ids: readonly string[]): void {
  if (ids.length === 0) throw localisedError('validation_failed', 'error.selectSignatures', undefined, { ids: { key: 'error.selectSignatures' } });
  if (ids.length > 5000) throw localisedError('validation_failed', 'error.tooManySignatures', { max: 5000 }, { ids: { key: 'error.tooManySignatures', params: { max: 5000 } } });
}

/**
 * Approves or rejects signatures (one or many). All or nothing: if any cannot move, none does,
 * and the error names it. The cached public count moves in the same transaction.
 */
export async function moderateSignatures(
  db: DbOrTx,
  opts: { ids: string[]; decision: ModerationDecision; coordinatorId: string; now: Date; statementId?: string },
): Promise<Signature[]> {
  checkSelection(opts.ids);
  const out: Signature[] = [];
  const deltas = new Map<string, number>();
  const at = opts.now.toISOString();
  for (const id of new Set(opts.ids)) {
    const s = await getSignature(db, id);
    if (opts.statementId && s.statementId !== opts.statementId) throw localisedError('not_found', 'error.signatureNotInStatement');
    const to = signatureTransition(s.state, opts.decision);
    const res = await db
      .updateTable('signatures')
      .set({ state: to, decided_at: at, updated_at: at })
      .where('id', '=', id)
      .where('state', '=', s.state)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw localisedError('conflict', 'error.signatureChanged', { name: s.name });
    deltas.set(s.statementId, (deltas.get(s.statementId) ?? 0) + countDelta(s.state, to, s.kind));
    await recordAudit(db, {
      at: opts.now,
      actor: opts.coordinatorId,
      action: opts.decision === 'approve' ? 'signature.approved' : 'signature.rejected',
      subjectType: 'signature',
      subjectId: id,
      detail: { from: s.state },
    });
    out.push({ ...s, state: to, decidedAt: opts.now });
  }
  for (const [statementId, delta] of deltas) await bumpList(db, statementId, delta, opts.now);
  return out;
}
