/** An email the app sends. With no SMTP configured, messages stay in the outbox for coordinators to read. */
export type MessageStatus = 'queued' | 'sending' | 'sent' | 'failed' | 'outbox';

export interface OutgoingMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  status: MessageStatus;
  createdAt: Date;
  sentAt: Date | null;
}
