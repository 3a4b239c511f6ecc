import type { DbOrTx } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { recordAudit } from '../shared/audit.ts';
import { bumpList } from '../statements/statement.repository.ts';
import { getSignature } from './signature.repository.ts';
import { countDelta, signatureTransition, type ModerationDecision, type Signature } from './signature.ts';

/**
 * Approves or rejects signatures (one or many). All or nothing: if any cannot move, none does,
 * and the error names it. The cached public count moves in the same transaction.
 */
export async function moderateSignatures(
  db: DbOrTx,
  opts: { ids: string[]; decision: ModerationDecision; coordinatorId: string; now: Date; statementId?: string },
): Promise<Signature[]> {
  if (opts.ids.length === 0) throw new AppError('validation_failed', 'Select at least one signature.', { ids: 'Select at least one signature.' });
  if (opts.ids.length > 5000) throw new AppError('validation_failed', 'At most 5,000 signatures at a time.', { ids: 'Too many at once.' });
  const out: Signature[] = [];
  const deltas = new Map<string, number>();
  const at = opts.now.toISOString();
  for (const id of new Set(opts.ids)) {
    const s = await getSignature(db, id);
    if (opts.statementId && s.statementId !== opts.statementId) throw new AppError('not_found', 'Signature was not found in this statement.');
    const to = signatureTransition(s.state, opts.decision);
    const res = await db
      .updateTable('signatures')
      .set({ state: to, decided_at: at, updated_at: at })
      .where('id', '=', id)
      .where('state', '=', s.state)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw new AppError('conflict', `Signature of "${s.name}" changed meanwhile; reload and try again.`);
    deltas.set(s.statementId, (deltas.get(s.statementId) ?? 0) + countDelta(s.state, to));
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
