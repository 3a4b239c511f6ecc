import type { DbOrTx } from '../db/database.ts';
import { localisedError } from '../errors.ts';
import { matchLocale, translator } from '../i18n/i18n.ts';
import type { AttachmentRef } from '../mail/attachment.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { MessageStatus } from '../mail/message.ts';
import { addresseesOf } from '../partners/partner-contacts.ts';
import type { Edition } from '../publishing/edition.ts';
import { getEdition } from '../publishing/edition.repository.ts';
import { recordAudit } from '../shared/audit.ts';
import { newId } from '../shared/ids.ts';
import { validate } from '../shared/validate.ts';
import { getStatementBySlug } from '../statements/statement.repository.ts';
import { DeliveryInput } from './delivery-input.ts';

/** How many organisations signed an edition, and from how many countries (international ones count no country). */
export function editionReach(e: Edition): { organisations: number; countries: number } {
  return { organisations: e.count ?? e.list.length, countries: new Set(e.list.map((x) => x.country).filter((c): c is string => !!c)).size };
}

/**
 * Sends a published edition to every addressee of the statement: the coordinator's cover
 * message as plain text, the line "signed by N organisations from M countries" in the
 * statement's language, and the edition's PDF and CSV attached. The messages name the stored
 * files; the bytes are read when each is sent (docs/decisions/partner-invitations-and-delivery.md).
 */
export async function deliverEdition(
  trx: DbOrTx,
  opts: { slug: string; input: unknown; coordinatorId: string; now: Date; mailer: Mailer; publicUrl: string },
): Promise<{ id: string; queued: number; countLine: string }> {
  const input = validate(DeliveryInput, opts.input);
  const statement = await getStatementBySlug(trx, opts.slug);
  const edition = await getEdition(trx, statement.id, input.edition);
  if (edition.state !== 'published') throw localisedError('not_found', 'error.editionNotPublished', { number: String(input.edition) });
  const addressees = await addresseesOf(trx, statement.id);
  if (addressees.length === 0) throw localisedError('conflict', 'delivery.validation.noAddressees');

  const t = translator(matchLocale(edition.language ?? statement.language) ?? 'en');
  const title = edition.title ?? statement.title;
  const countLine = t('delivery.mail.countLine', editionReach(edition));
  const page = `${opts.publicUrl}/statements/${statement.slug}`;
  const text = `${input.message.trim()}\n\n—\n${title}\n${countLine}\n${t('delivery.mail.links', { page, pdf: `${page}/editions/${edition.number}/statement.pdf` })}`;
  const attachments: AttachmentRef[] = [
    { kind: 'edition', statementId: statement.id, edition: edition.number, format: 'pdf' },
    { kind: 'edition', statementId: statement.id, edition: edition.number, format: 'csv' },
  ];
  const id = newId();
  await trx
    .insertInto('deliveries')
    .values({ id, statement_id: statement.id, edition_number: edition.number, message: input.message, created_by: opts.coordinatorId, created_at: opts.now.toISOString() })
    .execute();
  for (const a of addressees) {
    const messageId = await opts.mailer.queue(trx, { to: a.email, subject: t('delivery.mail.subject', { title }), text, now: opts.now, kind: 'notice', attachments });
    await trx.insertInto('delivery_messages').values({ delivery_id: id, message_id: messageId, addressee_id: a.id, addressee_name: a.name }).execute();
  }
  await recordAudit(trx, { at: opts.now, actor: opts.coordinatorId, action: 'edition.delivered', subjectType: 'statement', subjectId: statement.id, detail: { delivery: id, edition: edition.number, addressees: addressees.length } });
  return { id, queued: addressees.length, countLine };
}

export interface DeliveryView {
  id: string;
  edition: number;
  message: string;
  createdAt: Date;
  sent: { addresseeName: string; status: MessageStatus; sentAt: Date | null; lastError: string | null }[];
}

/** A statement's deliveries, newest first, each with the state of every email from the outbox. */
export async function listDeliveries(db: DbOrTx, statementId: string): Promise<DeliveryView[]> {
  const deliveries = await db.selectFrom('deliveries').selectAll().where('statement_id', '=', statementId).orderBy('created_at', 'desc').orderBy('id').execute();
  if (deliveries.length === 0) return [];
  const rows = await db
    .selectFrom('delivery_messages')
    .innerJoin('messages', 'messages.id', 'delivery_messages.message_id')
    .select(['delivery_messages.delivery_id', 'delivery_messages.addressee_name', 'messages.status', 'messages.sent_at', 'messages.last_error'])
    .where('delivery_messages.delivery_id', 'in', deliveries.map((d) => d.id))
    .orderBy('delivery_messages.addressee_name')
    .execute();
  return deliveries.map((d) => ({
    id: d.id,
    edition: Number(d.edition_number),
    message: d.message,
    createdAt: new Date(d.created_at),
    sent: rows
      .filter((r) => r.delivery_id === d.id)
      .map((r) => ({ addresseeName: r.addressee_name, status: r.status as MessageStatus, sentAt: r.sent_at ? new Date(r.sent_at) : null, lastError: r.last_error })),
  }));
}
