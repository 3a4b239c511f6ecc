/**
 * An email the app sends. With no SMTP configured, messages stay in the outbox for coordinators
 * to read. `retrying` is a queued message whose last attempt failed for a reason that may pass.
 */
export const MESSAGE_STATUSES = ['queued', 'retrying', 'sending', 'sent', 'failed', 'outbox'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];
/** Confirmations go before notices; bulk mail waits for both. */
export type MessageKind = 'confirmation' | 'notice' | 'bulk';

export interface OutgoingMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  status: MessageStatus;
  kind: MessageKind;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: Date | null;
  createdAt: Date;
  sentAt: Date | null;
}
