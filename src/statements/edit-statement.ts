import { contactsOf } from '../contacts/contact.repository.ts';
import type { DbOrTx } from '../db/database.ts';
import { localisedError } from '../errors.ts';
import { translator } from '../i18n/i18n.ts';
import type { Mailer } from '../mail/mailer.ts';
import { recordAudit } from '../shared/audit.ts';
import { lineDiff } from '../shared/text-diff.ts';
import { validate } from '../shared/validate.ts';
import { checkboxFlag, EDITABLE_STATEMENT_FIELDS, StatementEditInput } from './statement-input.ts';
import { getStatementBySlug } from './statement.repository.ts';
import { insertStatementVersion, listStatementVersions } from './statement-version.repository.ts';
import type { Statement } from './statement.ts';

export interface StatementEdit {
  statement: Statement;
  /** Whether the title, headline or body changed, making a new text version. */
  textChanged: boolean;
  material: boolean;
  /** Notices queued to signatories of earlier versions (only for a material change). */
  notices: number;
}

/** A signatory's link in a change notice: where they can withdraw. */
export type WithdrawLink = (db: DbOrTx, signatureId: string, now: Date) => Promise<string>;

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** The readable text of a version, as the notice compares it. */
const asText = (v: { title: string; headline: string | null; body: string }) => [v.title, ...(v.headline ? [v.headline] : []), '', v.body].join('\n');

/**
 * Changes a statement's title, headline and rounding, body, place and date or sign-on window;
 * fields not given stay as they are. A change of title, headline or body is a new text version,
 * kept; signatures keep the version they were given on. When the coordinator calls the change
 * material, each signatory of an earlier version still in play is sent a notice in their
 * language with the difference and a link to withdraw; a minor correction is only logged.
 * Editions keep their own copy of the text, so nothing published changes.
 */
export async function editStatement(
  db: DbOrTx,
  opts: { slug: string; input: unknown; coordinatorId: string; now: Date; mailer: Mailer; withdrawLink: WithdrawLink },
): Promise<StatementEdit> {
  if (typeof opts.input !== 'object' || opts.input === null || Array.isArray(opts.input)) throw localisedError('malformed_request', 'error.expectedObject');
  const raw = opts.input as Record<string, unknown>;
  const statement = await getStatementBySlug(db, opts.slug);
  const current: Record<string, unknown> = {
    title: statement.title,
    body: statement.body,
    headline: statement.headline,
    headline_rounding: statement.headlineRounding,
    place_and_date: statement.placeAndDate,
    opens_at: iso(statement.opensAt),
    closes_at: iso(statement.closesAt),
    allow_individuals: statement.allowIndividuals,
  };
  const given = Object.fromEntries(EDITABLE_STATEMENT_FIELDS.filter((k) => Object.hasOwn(raw, k)).map((k) => [k, raw[k]]));
  const next = validate(StatementEditInput, { ...current, ...given });
  const material = validate(checkboxFlag, raw.material);
  const textChanged = next.title !== statement.title || next.headline !== statement.headline || next.body !== statement.body;
  const changed = [
    ...(next.title !== statement.title ? ['title'] : []),
    ...(next.headline !== statement.headline ? ['headline'] : []),
    ...(next.body !== statement.body ? ['body'] : []),
    ...(next.headline_rounding !== statement.headlineRounding ? ['headline_rounding'] : []),
    ...(next.place_and_date !== statement.placeAndDate ? ['place_and_date'] : []),
    ...(iso(next.opens_at) !== iso(statement.opensAt) ? ['opens_at'] : []),
    ...(iso(next.closes_at) !== iso(statement.closesAt) ? ['closes_at'] : []),
    ...(next.allow_individuals !== statement.allowIndividuals ? ['allow_individuals'] : []),
  ];
  if (changed.length === 0) return { statement, textChanged: false, material: false, notices: 0 };

  const version = textChanged ? statement.textVersion + 1 : statement.textVersion;
  const at = opts.now.toISOString();
  // The WHERE on the version makes a concurrent edit fail cleanly instead of losing one of the two.
  const res = await db
    .updateTable('statements')
    .set({
      title: next.title,
      body: next.body,
      headline: next.headline,
      headline_rounding: next.headline_rounding,
      place_and_date: next.place_and_date,
      opens_at: iso(next.opens_at),
      closes_at: iso(next.closes_at),
      allow_individuals: next.allow_individuals ? 1 : 0,
      text_version: version,
      updated_at: at,
    })
    .where('id', '=', statement.id)
    .where('text_version', '=', statement.textVersion)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw localisedError('conflict', 'error.statementChanged');

  let notices = 0;
  if (textChanged) {
    await insertStatementVersion(db, { statementId: statement.id, version, title: next.title, headline: next.headline, body: next.body, material, createdBy: opts.coordinatorId, now: opts.now });
    if (material) notices = await noticeEarlierSignatories(db, { statement, version, text: next, now: opts.now, mailer: opts.mailer, withdrawLink: opts.withdrawLink });
  }
  await recordAudit(db, {
    at: opts.now,
    actor: opts.coordinatorId,
    action: 'statement.edited',
    subjectType: 'statement',
    subjectId: statement.id,
    detail: { changed, text_version: version, material: textChanged && material, notices },
  });
  return { statement: await getStatementBySlug(db, statement.slug), textChanged, material: textChanged && material, notices };
}

/** One notice per signature of an earlier version still in play that has a contact. */
async function noticeEarlierSignatories(
  db: DbOrTx,
  o: { statement: Statement; version: number; text: { title: string; headline: string | null; body: string }; now: Date; mailer: Mailer; withdrawLink: WithdrawLink },
): Promise<number> {
  const signatures = await db
    .selectFrom('signatures')
    .select(['signatures.id', 'signatures.name', 'signatures.text_version'])
    .where('signatures.statement_id', '=', o.statement.id)
    .where('signatures.text_version', '<', o.version)
    .where('signatures.state', 'in', ['unconfirmed', 'confirmed', 'approved'])
    .orderBy('signatures.created_at')
    .execute();
  const contacts = await contactsOf(db, signatures.map((s) => s.id));
  const recipients = signatures.flatMap((s) => {
    const c = contacts.get(s.id);
    return c ? [{ ...s, contact_name: c.name, email: c.email, language: c.language }] : [];
  });
  if (recipients.length === 0) return 0;
  // Each signatory sees the difference from the text they signed (the kept version not after theirs).
  const kept = (await listStatementVersions(db, o.statement.id)).filter((v) => v.version < o.version);
  const diffs = new Map<number, string>();
  const diffFrom = (signed: number) => {
    const base = kept.filter((v) => v.version <= signed).pop() ?? kept[0];
    const key = base?.version ?? 0;
    if (!diffs.has(key)) diffs.set(key, lineDiff(base ? asText(base) : '', asText(o.text)));
    return diffs.get(key)!;
  };
  for (const r of recipients) {
    const t = translator(r.language);
    await o.mailer.queue(db, {
      to: r.email,
      subject: t('mail.changed.subject', { title: o.text.title }),
      text: t('mail.changed.text', { contactName: r.contact_name, title: o.text.title, name: r.name, diff: diffFrom(Number(r.text_version)), link: await o.withdrawLink(db, r.id, o.now) }),
      now: o.now,
      kind: 'notice',
    });
  }
  return recipients.length;
}
