import nodemailer, { type Transporter } from 'nodemailer';
import type { DbOrTx } from '../db/database.ts';
import { enqueueJob } from '../jobs/job.repository.ts';
import type { Logger } from '../logger.ts';
import { newId } from '../shared/ids.ts';
import { contactKeys, emailHash, seal, sealedKeyId, unseal } from '../contacts/contact-keys.ts';
import { sendMessageJob } from './send-message.job.ts';
import type { MessageKind, MessageStatus, OutgoingMessage } from './message.ts';
import type { AttachmentRef, MailAttachment } from './attachment.ts';

export interface MailToQueue {
  to: string;
  subject: string;
  text: string;
  now: Date;
  kind?: MessageKind;
  /** The running job that will send it itself; without one, a mail.send job is queued. */
  sentByJob?: string;
  /** Extra headers, such as List-Unsubscribe. */
  headers?: Record<string, string>;
  /** Stored files to attach when it is sent (references, not bytes). */
  attachments?: AttachmentRef[];
}

/** One message as handed to SMTP. */
export interface MailToSend {
  to: string;
  subject: string;
  text: string;
  headers?: Record<string, string>;
  attachments?: MailAttachment[];
}

export interface Mailer {
  readonly mode: 'smtp' | 'outbox';
  /**
   * Stores the message and, with SMTP, the job that sends it, in the caller's transaction: the
   * message exists exactly when the change that caused it commits. Returns the message id.
   */
  queue(db: DbOrTx, msg: MailToQueue): Promise<string>;
  /** Hands one message to SMTP; throws a MailDeliveryError that says whether retrying can help. */
  send(msg: MailToSend): Promise<void>;
  close(): void;
}

/** An SMTP failure, told apart: temporary ones (4xx, timeouts, refused connections) are retried for days. */
export class MailDeliveryError extends Error {
  override name = 'MailDeliveryError';
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

/**
 * 5xx replies are permanent (the address does not exist, the message is refused), except an
 * authentication failure, which is the operator's configuration and will be fixed. Everything
 * else, network errors and time-outs included, is worth trying again.
 */
export function classifySmtpError(err: unknown): MailDeliveryError {
  const e = err as { message?: string; responseCode?: number; code?: string; response?: string };
  const text = (e.response ?? e.message ?? String(err)).slice(0, 500);
  const code = Number(e.responseCode);
  const permanent = code >= 500 && code < 600 && e.code !== 'EAUTH';
  return new MailDeliveryError(code ? `${code}: ${text}` : `${e.code ?? 'error'}: ${text}`, permanent);
}

/** SMTP when a URL is configured, otherwise the in-app outbox. */
export function createMailer(opts: { smtpUrl?: string | undefined; from: string; logger: Logger; timeoutMs?: number }): Mailer {
  const t = opts.timeoutMs ?? 15_000;
  // Time-outs matter: a server that accepts and never greets must not hold a job for an hour.
  const transport: Transporter | null = opts.smtpUrl
    ? nodemailer.createTransport({ url: opts.smtpUrl, connectionTimeout: t, greetingTimeout: t, socketTimeout: 2 * t } as never)
    : null;
  return {
    mode: transport ? 'smtp' : 'outbox',
    async queue(db, msg) {
      const id = newId();
      // The job that made it is noted in outbox mode too: a re-run of that job must find it.
      const jobId = msg.sentByJob ?? (transport ? newId() : null);
      // The envelope is sealed like a contact: recipient, subject and text (names, links) never rest in clear.
      const key = contactKeys().primary;
      await db
        .insertInto('messages')
        .values({
          id,
          to_address: seal(msg.to, key),
          subject: seal(msg.subject, key),
          text: seal(msg.text, key),
          to_hash: emailHash(msg.to, key),
          key_id: key.id,
          status: transport ? 'queued' : 'outbox',
          attempts: 0,
          last_error: null,
          created_at: msg.now.toISOString(),
          sent_at: null,
          job_id: jobId,
          kind: msg.kind ?? 'notice',
          next_attempt_at: null,
          headers: msg.headers && Object.keys(msg.headers).length > 0 ? JSON.stringify(msg.headers) : null,
          attachments: msg.attachments?.length ? JSON.stringify(msg.attachments) : null,
        })
        .execute();
      if (transport && !msg.sentByJob) await enqueueJob(db, sendMessageJob, { messageId: id }, { now: msg.now, id: jobId!, key: `mail.send:${id}` });
      return id;
    },
    async send(msg) {
      if (!transport) return;
      try {
        await transport.sendMail({
          from: opts.from,
          to: msg.to,
          subject: msg.subject,
          text: msg.text,
          ...(msg.headers ? { headers: msg.headers } : {}),
          ...(msg.attachments?.length ? { attachments: msg.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })) } : {}),
        });
      } catch (err) {
        throw classifySmtpError(err);
      }
    },
    close() {
      transport?.close();
    },
  };
}

const toMessage = (r: {
  id: string;
  to_address: string;
  subject: string;
  text: string;
  status: string;
  kind: string;
  attempts: number;
  last_error: string | null;
  next_attempt_at: string | null;
  created_at: string;
  sent_at: string | null;
}): OutgoingMessage => ({
  id: r.id,
  to: unseal(r.to_address),
  subject: unseal(r.subject),
  text: unseal(r.text),
  status: r.status as MessageStatus,
  kind: r.kind as MessageKind,
  attempts: Number(r.attempts),
  // An SMTP refusal often quotes the address, so it is sealed too.
  lastError: r.last_error && sealedKeyId(r.last_error) ? unseal(r.last_error) : r.last_error,
  nextAttemptAt: r.next_attempt_at ? new Date(r.next_attempt_at) : null,
  createdAt: new Date(r.created_at),
  sentAt: r.sent_at ? new Date(r.sent_at) : null,
});

/** The outbox as coordinators read it, newest first; optionally only some states. */
export async function listOutbox(db: DbOrTx, opts: { limit?: number; statuses?: readonly MessageStatus[] } = {}): Promise<OutgoingMessage[]> {
  let q = db.selectFrom('messages').selectAll();
  if (opts.statuses?.length) q = q.where('status', 'in', opts.statuses as MessageStatus[]);
  const rows = await q.orderBy('created_at', 'desc').orderBy('id').limit(opts.limit ?? 200).execute();
  return rows.map(toMessage);
}

/** How many messages are in each state. */
export async function countMessages(db: DbOrTx): Promise<Record<MessageStatus, number>> {
  const rows = await db.selectFrom('messages').select(['status']).select((eb) => eb.fn.countAll<string | number>().as('n')).groupBy('status').execute();
  const out: Record<MessageStatus, number> = { queued: 0, retrying: 0, sending: 0, sent: 0, failed: 0, outbox: 0 };
  for (const r of rows) out[r.status as MessageStatus] = Number(r.n);
  return out;
}
