import { contactOf } from '../contacts/contact.repository.ts';
import { translator } from '../i18n/i18n.ts';
import { handles } from '../jobs/job.ts';
import { deliverMessage } from '../mail/deliver-message.ts';
import type { Mailer } from '../mail/mailer.ts';
import { hashSecret, newSecret } from '../shared/ids.ts';
import { confirmationEmailJob } from './confirmation-email.job.ts';
import { issueManageToken, manageLink } from './manage-link.ts';

/** The link in the confirmation email; opening it shows a page with a confirm button. */
export const confirmationLink = (publicUrl: string, token: string) => `${publicUrl}/confirm/${token}`;

/**
 * Step one (once per job, in a transaction): a fresh confirmation token, its hash on the
 * signature, a manage token and the email in the contact's language (for a signature already
 * confirmed, only the manage link, with wording for its state). Step two: send it. A re-run after a crash
 * finds the email of step one and only sends it, so both links in a doubled email work.
 */
export const confirmationEmailHandler = (deps: { readonly mailer: Mailer; readonly publicUrl: string }) =>
  handles(confirmationEmailJob, async ({ signatureId }, ctx) => {
    const { db, job, now } = ctx;
    let messageId = (await db.selectFrom('messages').select('id').where('job_id', '=', job.id).executeTakeFirst())?.id;
    if (!messageId) {
      messageId = await ctx.write(async (trx) => {
        const row = await trx
          .selectFrom('signatures')
          .innerJoin('statements', 'statements.id', 'signatures.statement_id')
          // The title the signatory read: a ready translation's in the language they signed, else the original's.
          .leftJoin('statement_translations as read', (j) =>
            j.onRef('read.statement_id', '=', 'signatures.statement_id').onRef('read.language', '=', 'signatures.language').on('read.ready', '=', 1),
          )
          .select(['signatures.name', 'signatures.state', 'statements.title', 'read.title as read_title'])
          .where('signatures.id', '=', signatureId)
          .executeTakeFirst();
        if (!row || row.state === 'withdrawn' || row.state === 'merged') return undefined;
        // No contact (erased meanwhile): nobody to write to.
        const contact = await contactOf(trx, signatureId);
        if (!contact) return undefined;
        const t = translator(contact.language);
        const title = row.read_title ?? row.title;
        const manage = manageLink(deps.publicUrl, await issueManageToken(trx, signatureId, now));
        // Signed again once already confirmed: the manage link, not a second confirmation.
        if (row.state !== 'unconfirmed') {
          return deps.mailer.queue(trx, {
            to: contact.email,
            subject: t('mail.manage.subject', { title }),
            text: t('mail.manage.text', { contactName: contact.name, title, name: row.name, state: row.state, link: manage }),
            now,
            kind: 'confirmation',
            sentByJob: job.id,
          });
        }
        const token = newSecret();
        await trx.updateTable('signatures').set({ confirm_token_hash: hashSecret(token) }).where('id', '=', signatureId).execute();
        return deps.mailer.queue(trx, {
          to: contact.email,
          subject: t('mail.confirm.subject', { title }),
          text: `${t('mail.confirm.text', { contactName: contact.name, title, name: row.name, link: confirmationLink(deps.publicUrl, token) })}\n${t('mail.manage.paragraph', { link: manage })}`,
          now,
          kind: 'confirmation',
          sentByJob: job.id,
        });
      });
      if (!messageId) return;
    }
    await deliverMessage(ctx, deps.mailer, { messageId, attempt: job.attempts });
  });
