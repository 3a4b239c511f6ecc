import type { DbOrTx } from '../db/database.ts';
import type { MessageStatus } from '../mail/message.ts';
import { invitationsOf, signedOn, unsubscribed } from './partner-contacts.ts';

/** One invitation as the coordinator follows it. */
export interface InvitationView {
  id: string;
  email: string;
  organisationId: string | null;
  organisationName: string | null;
  language: string;
  invitedAt: Date;
  remindedAt: Date | null;
  /** Signed the statement (confirmed), matched by address or by registry organisation. */
  signed: boolean;
  unsubscribed: boolean;
  /** Delivery of the invitation email, from the outbox. */
  mailStatus: MessageStatus | null;
}

/** Who was invited to a statement, when, and who has signed since. */
export async function listInvitations(db: DbOrTx, statementId: string): Promise<InvitationView[]> {
  const invitations = await invitationsOf(db, statementId);
  if (invitations.length === 0) return [];
  const signed = await signedOn(db, statementId);
  const stop = await unsubscribed(db, invitations.map((i) => i.emailHash));
  const statuses = new Map<string, MessageStatus>();
  const messages = await db
    .selectFrom('partner_invitations')
    .innerJoin('messages', 'messages.id', 'partner_invitations.message_id')
    .select(['partner_invitations.id', 'messages.status'])
    .where('partner_invitations.statement_id', '=', statementId)
    .execute();
  for (const m of messages) statuses.set(m.id, m.status as MessageStatus);
  return invitations.map((i) => ({
    id: i.id,
    email: i.email,
    organisationId: i.organisationId,
    organisationName: i.organisationName,
    language: i.language,
    invitedAt: i.createdAt,
    remindedAt: i.remindedAt,
    signed: signed.emailHashes.has(i.emailHash) || (i.organisationId !== null && signed.organisationIds.has(i.organisationId)),
    unsubscribed: stop.has(i.emailHash),
    mailStatus: statuses.get(i.id) ?? null,
  }));
}

/** Those a reminder would go to: not signed, not unsubscribed, not reminded yet. */
export const awaitingReminder = (list: readonly InvitationView[]) => list.filter((i) => !i.signed && !i.unsubscribed && !i.remindedAt);
