import { z } from 'zod';
import type { DbOrTx } from '../db/database.ts';
import { localisedError } from '../errors.ts';
import { translator } from '../i18n/i18n.ts';
import type { Mailer } from '../mail/mailer.ts';
import { recordAudit } from '../shared/audit.ts';
import { hashSecret, newId, newSecret } from '../shared/ids.ts';
import { emailAddress } from '../shared/text.ts';
import { validate } from '../shared/validate.ts';
import { ensureCoordinator, raiseInstanceRole, type Coordinator } from './coordinator.ts';
import { GRANTABLE_ROLES, type GrantableRole } from './roles.ts';
import { grantStatementRole } from './statement-roles.ts';

export const INVITATION_DAYS = 7;

export const InvitationInput = z.object({
  email: emailAddress('field.email'),
  role: z.enum(GRANTABLE_ROLES),
  statement: z.string().max(200).nullish(),
});

export interface Invitation {
  id: string;
  email: string;
  role: GrantableRole;
  statementId: string | null;
  statementTitle: string | null;
}

/** The invitation a link opens (unused, unexpired), without using it. */
export async function peekInvitation(db: DbOrTx, opts: { token: string; now: Date }): Promise<Invitation | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(opts.token)) return null;
  const row = await db
    .selectFrom('invitations')
    .leftJoin('statements', 'statements.id', 'invitations.statement_id')
    .select(['invitations.id', 'invitations.email', 'invitations.role', 'invitations.statement_id', 'statements.title'])
    .where('invitations.token_hash', '=', hashSecret(opts.token))
    .where('invitations.accepted_at', 'is', null)
    .where('invitations.expires_at', '>', opts.now.toISOString())
    .executeTakeFirst();
  return row ? { id: row.id, email: row.email, role: row.role as GrantableRole, statementId: row.statement_id, statementTitle: row.title ?? null } : null;
}

/**
 * Invites someone: stores the invitation (its link's secret hashed, one-time, expiring in a
 * week) and queues the email with the link in the same transaction, in the given language.
 * Who may invite to what is decided by the caller (the route) before this runs.
 */
export async function createInvitation(
  db: DbOrTx,
  opts: { email: string; role: GrantableRole; statementId: string | null; statementTitle: string | null; inviter: Coordinator; language: string; now: Date; mailer: Mailer; publicUrl: string },
): Promise<{ id: string }> {
  const token = newSecret();
  const id = newId();
  const expires = new Date(opts.now.getTime() + INVITATION_DAYS * 86_400_000);
  await db
    .insertInto('invitations')
    .values({
      id,
      token_hash: hashSecret(token),
      email: opts.email,
      role: opts.role,
      statement_id: opts.statementId,
      invited_by: opts.inviter.id,
      language: opts.language,
      created_at: opts.now.toISOString(),
      expires_at: expires.toISOString(),
      accepted_at: null,
    })
    .execute();
  const t = translator(opts.language);
  const role = t(opts.role === 'admin' ? 'team.role.admin' : opts.statementId ? `team.role.${opts.role}` : 'team.role.instanceCoordinator');
  const params = { inviter: opts.inviter.email, role, link: `${opts.publicUrl}/invitations/${token}`, expires: expires.toISOString().slice(0, 16).replace('T', ' ') };
  await opts.mailer.queue(db, {
    to: opts.email,
    subject: t('team.mail.subject'),
    text: opts.statementId ? t('team.mail.textStatement', { ...params, statement: opts.statementTitle ?? '' }) : t('team.mail.textInstance', params),
    now: opts.now,
  });
  await recordAudit(db, { at: opts.now, actor: opts.inviter.id, action: 'invitation.created', subjectType: opts.statementId ? 'statement' : 'instance', subjectId: opts.statementId ?? id, detail: { invitation: id, role: opts.role } });
  return { id };
}

/** Validates an invitation request's shape: moderators and viewers need a statement, admins none. */
export function invitationRequest(input: unknown) {
  const v = validate(InvitationInput, input);
  const statement = v.statement ?? null;
  if (v.role === 'admin' && statement) throw localisedError('validation_failed', 'team.error.adminNoStatement', undefined, { statement: { key: 'team.error.adminNoStatement' } });
  if ((v.role === 'moderator' || v.role === 'viewer') && !statement) throw localisedError('validation_failed', 'team.error.roleNeedsStatement', undefined, { statement: { key: 'team.error.roleNeedsStatement' } });
  return { email: v.email, role: v.role, statement };
}

/** Uses an invitation once: the person exists (or comes back) with the password and the role. */
export async function acceptInvitation(db: DbOrTx, opts: { token: string; passwordHash: string; now: Date }): Promise<Coordinator | null> {
  const inv = await peekInvitation(db, opts);
  if (!inv) return null;
  const used = await db.updateTable('invitations').set({ accepted_at: opts.now.toISOString() }).where('id', '=', inv.id).where('accepted_at', 'is', null).executeTakeFirst();
  if (Number(used.numUpdatedRows) !== 1) return null;
  const person = await ensureCoordinator(db, { email: inv.email, passwordHash: opts.passwordHash, now: opts.now, role: 'member' });
  if (inv.statementId) {
    await grantStatementRole(db, { statementId: inv.statementId, coordinatorId: person.id, role: inv.role === 'admin' ? 'coordinator' : inv.role, by: person.id, now: opts.now });
  } else {
    await raiseInstanceRole(db, { coordinatorId: person.id, role: inv.role === 'admin' ? 'admin' : 'coordinator', by: person.id, now: opts.now });
  }
  await recordAudit(db, { at: opts.now, actor: person.id, action: 'invitation.accepted', subjectType: 'coordinator', subjectId: person.id, detail: { invitation: inv.id } });
  return person;
}
