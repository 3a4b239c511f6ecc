import type { MessageKey } from '../i18n/messages.en.ts';
import type { Translate } from '../i18n/i18n.ts';

/** One line of the audit log as coordinators read it: never contact data, never the raw detail. */
export interface AuditEvent {
  id: string;
  at: Date;
  /** A coordinator's name (or their own email), or 'signatory' / 'system'. */
  actor: string;
  /** The coordinator's id when a coordinator acted, for the person filter. */
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  /** The statement it belongs to (slug), if any. */
  statement: string | null;
  /** The name of the signatory or statement the event is about, for coordinators' pages only. */
  subjectName: string | null;
}

/**
 * Every action code the code writes, in the order a coordinator would look for them; each has a
 * sentence in the catalogue (`audit.action.<code>`). A code missing here is shown as itself.
 */
export const AUDIT_ACTIONS = [
  'statement.created',
  'statement.edited',
  'statement.opened',
  'statement.closed',
  'statement.translation_added',
  'statement.translation_changed',
  'statement.authoritative_language',
  'statement.verified_mark_shown',
  'statement.verified_mark_hidden',
  'edition.scheduled',
  'edition.published',
  'import.confirmed',
  'signature.added',
  'signature.submitted',
  'signature.confirmation_requested',
  'signature.confirmed',
  'signature.approved',
  'signature.rejected',
  'signature.restored',
  'signature.edited',
  'signature.merged',
  'signature.verified',
  'signature.unverified',
  'signature.withdrawn',
  'signature.corrected',
  'signature.correction_requested',
  'signature.correction_approved',
  'signature.correction_dismissed',
  'duplicate.dismissed',
  'message.retried',
  'coordinator.created',
  'api_token.created',
  'session.revoked',
  'second_factor.enabled',
  'second_factor.disabled',
  'password.reset',
  'invitation.created',
  'invitation.accepted',
  'statement_role.granted',
  'statement_role.revoked',
  'coordinator.removed',
  'coordinator.role_changed',
  'api_token.revoked',
  'statement.settings_changed',
  'edition.prepared',
  'edition.released',
  'edition.delivered',
  'addressee.added',
  'addressee.edited',
  'addressee.removed',
  'response.recorded',
  'partner_link.created',
  'partners.invited',
  'partners.reminded',
  'signature.released',
  'contact.erased',
  'contact.erasure_requested',
  'contact.exported',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const isAuditAction = (code: string): code is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(code);

/** The action in words ("approved a signatory"), or the code itself for one this version does not know. */
export function actionInWords(code: string, t: Translate): string {
  return isAuditAction(code) ? t(`audit.action.${code}` as MessageKey) : code;
}

/** Actors that are not coordinators: the public (a signatory acting through their links) and the system. */
export function actorLabel(actor: string, coordinator: { name: string | null; email: string } | null): string {
  if (coordinator) return coordinator.name?.trim() || coordinator.email;
  return actor === 'public' ? 'signatory' : 'system';
}
