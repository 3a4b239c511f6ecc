import type { DbOrTx } from '../db/database.ts';
import { localisedError } from '../errors.ts';
import type { Mailer } from '../mail/mailer.ts';
import { recordAudit } from '../shared/audit.ts';
import { getStatementBySlug } from '../statements/statement.repository.ts';
import { acceptsSignatures } from '../statements/statement.ts';
import { listTranslations } from '../statements/translation.repository.ts';
import { queueInvitationEmail, titleIn } from './invitation-email.ts';
import { awaitingReminder, listInvitations } from './invitation-list.ts';

/**
 * The one reminder: to every invitation of the statement whose address has not signed, has not
 * unsubscribed and was not reminded yet. Each invitation is claimed by setting reminded_at where
 * it is still empty, so two reminders sent at once still write to each address once.
 */
export async function remindPartners(trx: DbOrTx, opts: { slug: string; coordinatorId: string; now: Date; mailer: Mailer; publicUrl: string }): Promise<{ reminded: number }> {
  const statement = await getStatementBySlug(trx, opts.slug);
  if (!acceptsSignatures(statement, opts.now)) throw localisedError('statement_not_open', 'statement.notOpen');
  const due = awaitingReminder(await listInvitations(trx, statement.id));
  const translations = await listTranslations(trx, statement.id);
  let reminded = 0;
  for (const i of due) {
    const claimed = await trx
      .updateTable('partner_invitations')
      .set({ reminded_at: opts.now.toISOString() })
      .where('id', '=', i.id)
      .where('reminded_at', 'is', null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) === 0) continue;
    const messageId = await queueInvitationEmail(trx, {
      mailer: opts.mailer,
      publicUrl: opts.publicUrl,
      invitationId: i.id,
      email: i.email,
      language: i.language,
      greetingName: null,
      statement,
      title: titleIn(statement, translations, i.language),
      reminder: true,
      now: opts.now,
    });
    await trx.updateTable('partner_invitations').set({ reminder_message_id: messageId }).where('id', '=', i.id).execute();
    reminded++;
  }
  await recordAudit(trx, { at: opts.now, actor: opts.coordinatorId, action: 'partners.reminded', subjectType: 'statement', subjectId: statement.id, detail: { reminded } });
  return { reminded };
}
