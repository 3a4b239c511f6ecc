import type { DbOrTx } from '../db/database.ts';
import { localisedError } from '../errors.ts';
import { recordAudit } from '../shared/audit.ts';
import { bumpList, getStatementById } from '../statements/statement.repository.ts';
import type { Statement } from '../statements/statement.ts';
import { findTranslation } from '../statements/translation.repository.ts';
import { applySignatoryFacts, correctedFacts, factChanges } from './edit-signatory.ts';
import { findByManageToken } from './manage-link.ts';
import { getSignature } from './signature.repository.ts';
import { countDelta, PUBLIC_STATES, signatureTransition, type Signature, type SignatoryCorrection } from './signature.ts';

export interface ManagedSignature {
  signature: Signature;
  statement: Statement;
  /** The statement's title in the language the signatory signed in. */
  title: string;
}

/** What the manage page shows; reading it changes nothing. Null for an unknown token. */
export async function lookUpManaged(db: DbOrTx, token: string): Promise<ManagedSignature | null> {
  const signature = await findByManageToken(db, token);
  if (!signature || signature.state === 'merged') return null;
  const statement = await getStatementById(db, signature.statementId);
  const translation = signature.language && signature.language !== statement.language ? await findTranslation(db, statement.id, signature.language) : null;
  return { signature, statement, title: translation?.title ?? statement.title };
}

async function managed(db: DbOrTx, token: string): Promise<ManagedSignature> {
  const view = await lookUpManaged(db, token);
  if (!view) throw localisedError('not_found', 'manage.invalid');
  return view;
}

/**
 * The signatory withdraws. It takes effect at once: the live list and count drop the signature
 * (published editions stay as published). Its identity is released, so the organisation may sign
 * again later, and its confirmation token is cleared, so an old confirmation link confirms
 * nothing. Withdrawing twice is harmless.
 */
export async function withdrawSignature(db: DbOrTx, opts: { token: string; now: Date }): Promise<ManagedSignature> {
  const view = await managed(db, opts.token);
  const s = view.signature;
  if (s.state === 'withdrawn') return view;
  return { ...view, signature: await withdrawBySignatory(db, { signature: s, now: opts.now }) };
}

/** The withdrawal itself, for a signature its signatory is known to hold (by a manage token, or a data-protection request). */
export async function withdrawBySignatory(db: DbOrTx, opts: { signature: Signature; now: Date; actor?: string }): Promise<Signature> {
  const s = opts.signature;
  if (s.state === 'withdrawn' || s.state === 'merged') return s;
  const to = signatureTransition(s.state, 'withdraw');
  const at = opts.now.toISOString();
  const res = await db
    .updateTable('signatures')
    .set({ state: to, identity_key: null, confirm_token_hash: null, pending_correction: null, decided_at: at, updated_at: at })
    .where('id', '=', s.id)
    .where('state', '=', s.state)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw localisedError('conflict', 'error.signatureChanged', { name: s.name });
  // The list version moves even for a signature not yet public, so the coordinator's view refreshes too.
  await bumpList(db, s.statementId, countDelta(s.state, to, s.kind), opts.now);
  await recordAudit(db, { at: opts.now, actor: opts.actor ?? 'public', action: 'signature.withdrawn', subjectType: 'signature', subjectId: s.id, detail: { from: s.state } });
  return getSignature(db, s.id);
}

/**
 * The signatory corrects the organisation's details or chooses to be listed or only counted.
 * The choice to be counted without a name applies at once, whatever the state (a signatory's
 * safety does not wait for review). Other corrections apply at once before approval; on an
 * approved signature they wait for a coordinator, and the published entry stays as it was.
 */
export async function correctSignature(db: DbOrTx, opts: { token: string; input: unknown; now: Date }): Promise<ManagedSignature & { awaitingReview: boolean }> {
  const view = await managed(db, opts.token);
  const s = view.signature;
  if (s.state === 'withdrawn') throw localisedError('illegal_transition', 'error.illegalSignatureMove', { action: 'edit', from: s.state });
  const facts = correctedFacts(s, opts.input, ['name', 'country', 'type', 'website', 'confidential']);
  if (!PUBLIC_STATES.includes(s.state)) {
    const signature = await applySignatoryFacts(db, { signature: s, facts, actor: 'public', action: 'signature.corrected', now: opts.now });
    return { ...view, signature, awaitingReview: false };
  }
  let signature = await applySignatoryFacts(db, { signature: s, facts: { ...s, confidential: facts.confidential }, actor: 'public', action: 'signature.corrected', now: opts.now });
  const correction: SignatoryCorrection = { name: facts.name, country: facts.country, international: facts.international, type: facts.type, website: facts.website };
  const changes = factChanges(s, { ...s, ...correction });
  const pending = Object.keys(changes).length > 0 ? correction : null;
  if (pending || s.pendingCorrection) {
    await db.updateTable('signatures').set({ pending_correction: pending ? JSON.stringify(pending) : null, updated_at: opts.now.toISOString() }).where('id', '=', s.id).execute();
    if (pending) await recordAudit(db, { at: opts.now, actor: 'public', action: 'signature.correction_requested', subjectType: 'signature', subjectId: s.id, detail: { changes } });
    signature = await getSignature(db, s.id);
  }
  return { ...view, signature, awaitingReview: pending !== null };
}

/** A coordinator applies (`approve`) or sets aside (`dismiss`) a signatory's correction of an approved signature. */
export async function reviewCorrection(db: DbOrTx, opts: { id: string; decision: 'approve' | 'dismiss'; coordinatorId: string; now: Date }): Promise<Signature> {
  const s = await getSignature(db, opts.id);
  if (!s.pendingCorrection) throw localisedError('conflict', 'error.noCorrection');
  await db.updateTable('signatures').set({ pending_correction: null, updated_at: opts.now.toISOString() }).where('id', '=', s.id).execute();
  if (opts.decision === 'dismiss') {
    await recordAudit(db, { at: opts.now, actor: opts.coordinatorId, action: 'signature.correction_dismissed', subjectType: 'signature', subjectId: s.id, detail: { correction: s.pendingCorrection } });
    return getSignature(db, s.id);
  }
  return applySignatoryFacts(db, { signature: { ...s, pendingCorrection: null }, facts: { ...s, ...s.pendingCorrection, international: s.pendingCorrection.international ?? (s.pendingCorrection.country === null && s.international) }, actor: opts.coordinatorId, action: 'signature.correction_approved', now: opts.now });
}
