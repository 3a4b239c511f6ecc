import nodemailer, { type Transporter } from 'nodemailer';
import type { Db, DbOrTx } from '../db/database.ts';
import { newId } from '../shared/ids.ts';
import type { Logger } from '../logger.ts';
import type { MessageStatus, OutgoingMessage } from './message.ts';

const MAX_ATTEMPTS = 5;

export interface Mailer {
  readonly mode: 'smtp' | 'outbox';
  /** Stores the message in the caller's transaction, so it exists only if the change that caused it commits. */
  queue(db: DbOrTx, msg: { to: string; subject: string; text: string; now: Date }): Promise<void>;
  /** Sends what is queued (SMTP mode); a no-op in outbox mode. */
  deliverPending(db: Db): Promise<number>;
  close(): void;
}

/** SMTP when a URL is configured, otherwise the in-app outbox. */
export function createMailer(opts: { smtpUrl?: string | undefined; from: string; logger: Logger }): Mailer {
  const transport: Transporter | null = opts.smtpUrl ? nodemailer.createTransport(opts.smtpUrl) : null;
  return {
    mode: transport ? 'smtp' : 'outbox',
    async queue(db, msg) {
      await db
        .insertInto('messages')
        .values({
          id: newId(),
          to_address: msg.to,
          subject: msg.subject,
          text: msg.text,
          status: transport ? 'queued' : 'outbox',
          attempts: 0,
          last_error: null,
          created_at: msg.now.toISOString(),
          sent_at: null,
        })
        .execute();
    },
    async deliverPending(db) {
      if (!transport) return 0;
      const pending = await db
        .selectFrom('messages')
        .selectAll()
        .where('status', '=', 'queued')
        .orderBy('created_at')
        .limit(50)
        .execute();
      let sent = 0;
      for (const m of pending) {
        // Claim the message so that another instance does not send it too.
        const claim = await db.updateTable('messages').set({ status: 'sending' }).where('id', '=', m.id).where('status', '=', 'queued').executeTakeFirst();
        if (Number(claim.numUpdatedRows) !== 1) continue;
        try {
          await transport.sendMail({ from: opts.from, to: m.to_address, subject: m.subject, text: m.text });
          await db.updateTable('messages').set({ status: 'sent', sent_at: new Date().toISOString(), attempts: m.attempts + 1 }).where('id', '=', m.id).execute();
          sent++;
        } catch (err) {
          const attempts = m.attempts + 1;
          const message = err instanceof Error ? err.message : String(err);
          opts.logger.warn('mail delivery failed', { messageId: m.id, attempts, error: message });
          await db
            .updateTable('messages')
            .set({ status: attempts >= MAX_ATTEMPTS ? 'failed' : 'queued', attempts, last_error: message.slice(0, 500) })
            .where('id', '=', m.id)
            .execute();
        }
      }
      return sent;
    },
    close() {
      transport?.close();
    },
  };
}

/** The outbox as coordinators read it, newest first. */
export async function listOutbox(db: DbOrTx, limit = 200): Promise<OutgoingMessage[]> {
  const rows = await db.selectFrom('messages').selectAll().orderBy('created_at', 'desc').orderBy('id').limit(limit).execute();
  return rows.map((r) => ({
    id: r.id,
    to: r.to_address,
    subject: r.subject,
    text: r.text,
    status: r.status as MessageStatus,
    createdAt: new Date(r.created_at),
    sentAt: r.sent_at ? new Date(r.sent_at) : null,
  }));
}
