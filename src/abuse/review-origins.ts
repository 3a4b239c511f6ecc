import type { DbOrTx } from '../db/database.ts';
import { localisedError } from '../errors.ts';
import { enqueueJobs } from '../jobs/job.repository.ts';
import { newId } from '../shared/ids.ts';
import { signOnJobs } from '../signatures/sign-on.ts';
import { signaturesFrom, type OriginKind } from './sign-on-origins.repository.ts';

/** What a coordinator may send back: one network or one domain, or one signature. */
export interface OriginTarget {
  statementId: string;
  by: OriginKind;
  /** The network hash or email domain; empty with `ids`. */
  value: string;
  ids?: string[];
}

function checkTarget(t: OriginTarget): void {
  if ((!t.value && !t.ids?.length) || t.value.length > 300 || (t.ids?.length ?? 0) > 5000) {
    throw localisedError('validation_failed', 'error.selectSignatures', undefined, { value: { key: 'error.selectSignatures' } });
  }
}

/**
 * Rejects every pending or held sign-on from one network or email domain (one action for a flood).
 * Only states that were never public are touched, so the public count does not move.
 */
export async function rejectFromOrigin(trx: DbOrTx, o: OriginTarget & { coordinatorId: string; now: Date }): Promise<number> {
  checkTarget(o);
  const rows = await signaturesFrom(trx, { ...o, states: ['held', 'unconfirmed', 'confirmed'] });
  if (rows.length === 0) return 0;
  const at = o.now.toISOString();
  for (const state of new Set(rows.map((r) => r.state))) {
    await trx.updateTable('signatures').set({ state: 'rejected', decided_at: at, updated_at: at }).where('id', 'in', rows.filter((r) => r.state === state).map((r) => r.id)).where('state', '=', state).execute();
  }
  await trx
    .insertInto('audit_events')
    .values(rows.map((r) => ({ id: newId(), at, actor: o.coordinatorId, action: 'signature.rejected', subject_type: 'signature', subject_id: r.id, detail: JSON.stringify({ from: r.state, by: o.by }) })))
    .execute();
  return rows.length;
}

/** Releases held sign-ons: they become unconfirmed and their confirmation email goes out. */
export async function releaseHeld(trx: DbOrTx, o: OriginTarget & { coordinatorId: string; now: Date }): Promise<number> {
  checkTarget(o);
  const rows = await signaturesFrom(trx, { ...o, states: ['held'] });
  if (rows.length === 0) return 0;
  const at = o.now.toISOString();
  await trx.updateTable('signatures').set({ state: 'unconfirmed', updated_at: at }).where('id', 'in', rows.map((r) => r.id)).where('state', '=', 'held').execute();
  await trx
    .insertInto('audit_events')
    .values(rows.map((r) => ({ id: newId(), at, actor: o.coordinatorId, action: 'signature.released', subject_type: 'signature', subject_id: r.id, detail: null })))
    .execute();
  await enqueueJobs(trx, rows.flatMap((r) => signOnJobs(r.id, r.kind === 'individual')), o.now);
  return rows.length;
}
