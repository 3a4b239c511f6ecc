import type { DbOrTx } from '../db/database.ts';
import { matchLocale, translator } from '../i18n/i18n.ts';
import type { Mailer } from '../mail/mailer.ts';
import { hashSecret, newSecret } from '../shared/ids.ts';
import type { Statement } from '../statements/statement.ts';
import type { StatementTranslation } from '../statements/translation.ts';

export const signLink = (publicUrl: string, slug: string, token: string, language: string) =>
  `${publicUrl}/statements/${slug}/sign?invitation=${token}&lang=${encodeURIComponent(language)}`;
export const unsubscribeLink = (publicUrl: string, token: string) => `${publicUrl}/unsubscribe/${token}`;

/** The statement's title in the contact's language when a ready translation has it, else the original's. */
export function titleIn(statement: Statement, translations: readonly StatementTranslation[], language: string): string {
  const base = (l: string) => l.toLowerCase().split('-')[0];
  if (base(statement.language) === base(language)) return statement.title;
  return translations.find((t) => t.ready && base(t.language) === base(language))?.title ?? statement.title;
}

/**
 * Queues one invitation (or its reminder) in the caller's transaction: fresh link secrets stored
 * hashed, the email in the contact's language, with the unsubscribe link in the text and in the
 * List-Unsubscribe headers (one click, RFC 8058). No image, no per-reader tracking.
 */
export async function queueInvitationEmail(
  trx: DbOrTx,
  o: {
    mailer: Mailer;
    publicUrl: string;
    invitationId: string;
    email: string;
    language: string;
    greetingName: string | null;
    statement: Statement;
    title: string;
    reminder: boolean;
    now: Date;
  },
): Promise<string> {
  const sign = newSecret();
  const unsubscribe = newSecret();
  await trx
    .insertInto('partner_invitation_links')
    .values([
      { token_hash: hashSecret(sign), invitation_id: o.invitationId, purpose: 'sign' },
      { token_hash: hashSecret(unsubscribe), invitation_id: o.invitationId, purpose: 'unsubscribe' },
    ])
    .execute();
  const language = matchLocale(o.language) ?? 'en';
  const t = translator(language);
  const stop = unsubscribeLink(o.publicUrl, unsubscribe);
  const params = {
    greeting: o.greetingName ? t('partners.mail.greetingNamed', { name: o.greetingName }) : t('partners.mail.greeting'),
    title: o.title,
    link: signLink(o.publicUrl, o.statement.slug, sign, language),
    read: `${o.publicUrl}/statements/${o.statement.slug}?lang=${language}`,
    unsubscribe: stop,
  };
  return o.mailer.queue(trx, {
    to: o.email,
    subject: t(o.reminder ? 'partners.mail.reminderSubject' : 'partners.mail.inviteSubject', { title: o.title }),
    text: t(o.reminder ? 'partners.mail.reminderText' : 'partners.mail.inviteText', params),
    now: o.now,
    kind: 'bulk',
    headers: { 'List-Unsubscribe': `<${stop}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  });
}
