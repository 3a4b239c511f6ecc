import type { DbOrTx } from '../db/database.ts';
import { localisedError } from '../errors.ts';
import { recordAudit } from '../shared/audit.ts';
import { bumpList } from '../statements/statement.repository.ts';
import { getSignature } from './signature.repository.ts';
import { countDelta, type Signature, type SignatureState } from './signature.ts';

/** A bulk action takes one to 5,000 signatures. */
export function checkSelection(ids: readonly string[]): void {
  if (ids.length === 0) throw localisedError('validation_failed', 'error.selectSignatures', undefined, { ids: { key: 'error.selectSignatures' } });
  if (ids.length > 5000) throw localisedError('validation_failed', 'error.tooManySignatures', { max: 5000 }, { ids: { key: 'error.tooManySignatures', params: { max: 5000 } } });
}

/** Where one signature goes, and what the audit trail says about it. */
export interface Move {
  to: SignatureState;
  action: string;
  detail: Record<string, unknown>;
}

/**
 * Moves a selection of signatures, all or nothing: each is read, `plan` decides its move (and
 * throws if the lifecycle forbids it), the row changes only if nobody changed it meanwhile, one
 * audit event is written per signature, and the cached public counts move in the same transaction.
 */
export async function moveSignatures(
  db: DbOrTx,
  opts: { ids: string[]; coordinatorId: string; now: Date; statementId?: string },
  plan: (s: Signature) => Promise<Move> | Move,
): Promise<Signature[]> {
  checkSelection(opts.ids);
  const out: Signature[] = [];
  const deltas = new Map<string, number>();
  const at = opts.now.toISOString();
  for (const id of new Set(opts.ids)) {
    const s = await getSignature(db, id);
    if (opts.statementId && s.statementId !== opts.statementId) throw localisedError('not_found', 'error.signatureNotInStatement');
    const move = await plan(s);
    const res = await db.updateTable('signatures').set({ state: move.to, decided_at: at, updated_at: at }).where('id', '=', id).where('state', '=', s.state).executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw localisedError('conflict', 'error.signatureChanged', { name: s.name });
    deltas.set(s.statementId, (deltas.get(s.statementId) ?? 0) + countDelta(s.state, move.to, s.kind));
    await recordAudit(db, { at: opts.now, actor: opts.coordinatorId, action: move.action, subjectType: 'signature', subjectId: id, detail: move.detail });
    out.push({ ...s, state: move.to, decidedAt: opts.now });
  }
  for (const [statementId, delta] of deltas) await bumpList(db, statementId, delta, opts.now);
  return out;
}
