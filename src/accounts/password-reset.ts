import type { DbOrTx } from '../db/database.ts';
import type { Translate } from '../i18n/i18n.ts';
import type { Mailer } from '../mail/mailer.ts';
import { recordAudit } from '../shared/audit.ts';
import { findCoordinatorByEmail } from './coordinator.ts';
import { consumeOneTimeLink, createOneTimeLink } from './one-time-links.ts';
import { revokeOtherSessions } from './sessions.ts';

/**
 * Sends a one-time, one-hour link to choose a new password, through the outbox/SMTP path like
 * every other email. The caller shows the same answer whether or not the account exists.
 */
export async function requestPasswordReset(db: DbOrTx, opts: { email: string; now: Date; mailer: Mailer; publicUrl: string; t: Translate }): Promise<void> {
  const found = await findCoordinatorByEmail(db, opts.email);
  if (!found) return;
  const token = await createOneTimeLink(db, { purpose: 'password-reset', coordinatorId: found.id, now: opts.now });
  const link = `${opts.publicUrl.replace(/\/$/, '')}/password-reset/${token}`;
  await opts.mailer.queue(db, { to: found.email, subject: opts.t('security.reset.mailSubject'), text: opts.t('security.reset.mailBody', { link }), now: opts.now, kind: 'confirmation' });
}

/**
 * Sets the new password through a reset link (used once) and ends every session of the account,
 * since whoever held the old password may be signed in. Null when the link is not usable.
 */
export async function resetPassword(db: DbOrTx, opts: { token: string; passwordHash: string; now: Date }): Promise<{ coordinatorId: string } | null> {
  const link = await consumeOneTimeLink(db, { token: opts.token, purpose: 'password-reset', now: opts.now });
  if (!link?.coordinatorId) return null;
  await db.updateTable('coordinators').set({ password_hash: opts.passwordHash }).where('id', '=', link.coordinatorId).execute();
  await revokeOtherSessions(db, { coordinatorId: link.coordinatorId, now: opts.now, audit: false });
  await recordAudit(db, { at: opts.now, actor: link.coordinatorId, action: 'password.reset', subjectType: 'coordinator', subjectId: link.coordinatorId, statementId: null });
  return { coordinatorId: link.coordinatorId };
}
