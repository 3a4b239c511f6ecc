import type { DbOrTx } from '../db/database.ts';
import { localisedError } from '../errors.ts';
import { recordAudit } from '../shared/audit.ts';
import { getSignature } from '../signatures/signature.repository.ts';
import type { Signature } from '../signatures/signature.ts';
import { bumpList, getStatementBySlug } from '../statements/statement.repository.ts';
import type { Statement } from '../statements/statement.ts';
import { organisationEmailDomain, organisationWebsiteDomain } from './domains.ts';

/**
 * An organisation is verified when its contact's email domain is the registrable domain of its
 * website; a free-mail domain or a page on a shared host never counts (docs/decisions/verified-
 * organisations.md). Takes the email's *domain* (or the whole address), so a caller that keeps
 * only the domain in clear can call it; the result is stored on the signature when it is written.
 */
export function verifiedByDomain(o: { kind: 'organisation' | 'individual' | string; emailDomain: string | null | undefined; website: string | null | undefined }): boolean {
  if (o.kind !== 'organisation') return false;
  const email = organisationEmailDomain(o.emailDomain);
  return email !== null && email === organisationWebsiteDomain(o.website);
}

/** The columns to write with a new signature. */
export const verificationColumns = (o: Parameters<typeof verifiedByDomain>[0]) =>
  verifiedByDomain(o) ? { verified: 1, verified_by: 'domain' } : { verified: 0, verified_by: null };

/** A coordinator marks an organisation verified, or takes the mark away (audited; a hand's decision stays). */
export async function setVerified(db: DbOrTx, opts: { id: string; verified: boolean; coordinatorId: string; now: Date; statementId?: string }): Promise<Signature> {
  const s = await getSignature(db, opts.id);
  if (opts.statementId && s.statementId !== opts.statementId) throw localisedError('not_found', 'error.signatureNotInStatement');
  if (s.kind !== 'organisation') throw localisedError('conflict', 'verified.onlyOrganisations');
  if (s.verified === opts.verified && s.verifiedBy === 'coordinator') return s;
  const at = opts.now.toISOString();
  await db.updateTable('signatures').set({ verified: opts.verified ? 1 : 0, verified_by: 'coordinator', updated_at: at }).where('id', '=', s.id).execute();
  // The public list may show the mark: every cache of it redraws.
  await bumpList(db, s.statementId, 0, opts.now);
  await recordAudit(db, { at: opts.now, actor: opts.coordinatorId, action: opts.verified ? 'signature.verified' : 'signature.unverified', subjectType: 'signature', subjectId: s.id, statementId: s.statementId });
  return getSignature(db, s.id);
}

/** Whether the public list of a statement shows the verified mark (audited when it changes). */
export async function setShowVerified(db: DbOrTx, opts: { slug: string; show: boolean; coordinatorId: string; now: Date }): Promise<Statement> {
  const s = await getStatementBySlug(db, opts.slug);
  if (s.showVerified === opts.show) return s;
  await db.updateTable('statements').set({ show_verified: opts.show ? 1 : 0 }).where('id', '=', s.id).execute();
  await bumpList(db, s.id, 0, opts.now);
  await recordAudit(db, { at: opts.now, actor: opts.coordinatorId, action: opts.show ? 'statement.verified_mark_shown' : 'statement.verified_mark_hidden', subjectType: 'statement', subjectId: s.id });
  return getStatementBySlug(db, opts.slug);
}
