import { PermanentJobError, type JobContext } from '../jobs/job.ts';
import { seal, unseal } from '../contacts/contact-keys.ts';
import type { Mailer } from './mailer.ts';
import { MailDeliveryError } from './mailer.ts';
import { parseAttachmentRefs, parseHeaders } from './attachment.ts';
import { readEditionAttachment } from '../publishing/edition-attachment.ts';

/**
 * Sends a stored message once: a message already sent is left alone, so a job that ran again
 * after a crash does not send it twice (unless the crash fell between SMTP's "accepted" and
 * our note of it, where resending is the safe side). Failures are noted on the message for
 * coordinators and rethrown for the job queue to retry or give up.
 */
export async function deliverMessage(ctx: Pick<JobContext, 'db' | 'write'>, mailer: Mailer, opts: { messageId: string; attempt: number }): Promise<void> {
  const m = await ctx.db.selectFrom('messages').selectAll().where('id', '=', opts.messageId).executeTakeFirst();
  if (!m || m.status === 'sent' || m.status === 'outbox') return;
  try {
    // Attached files are read from where they are stored, now: the message row holds only their names.
    const attachments = await Promise.all(parseAttachmentRefs(m.attachments).map((ref) => readEditionAttachment(ctx.db, ref)));
    await mailer.send({ to: unseal(m.to_address), subject: unseal(m.subject), text: unseal(m.text), headers: parseHeaders(m.headers), attachments });
  } catch (err) {
    const e = err instanceof MailDeliveryError ? err : new MailDeliveryError(err instanceof Error ? err.message : String(err), err instanceof PermanentJobError);
    await ctx.write((trx) =>
      trx.updateTable('messages').set({ status: e.permanent ? 'failed' : 'retrying', attempts: opts.attempt, last_error: seal(e.message.slice(0, 500)) }).where('id', '=', m.id).execute(),
    );
    throw e.permanent ? new PermanentJobError(e.message) : e;
  }
  await ctx.write((trx) => trx.updateTable('messages').set({ status: 'sent', sent_at: new Date().toISOString(), attempts: opts.attempt, last_error: null }).where('id', '=', m.id).execute());
}
