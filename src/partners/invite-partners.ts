import type { DbOrTx } from '../db/database.ts';
import { localisedError } from '../errors.ts';
import { matchLocale } from '../i18n/i18n.ts';
import type { Mailer } from '../mail/mailer.ts';
import { recordAudit } from '../shared/audit.ts';
import { newId } from '../shared/ids.ts';
import { validate } from '../shared/validate.ts';
import { getStatementBySlug } from '../statements/statement.repository.ts';
import { acceptsSignatures } from '../statements/statement.ts';
import { listTranslations } from '../statements/translation.repository.ts';
import { queueInvitationEmail, titleIn } from './invitation-email.ts';
import { InvitationInput } from './invitation-input.ts';
import { consentingContacts, emailHash, insertInvitations, knownLanguages, signedOn, unsubscribed, type NewInvitation } from './partner-contacts.ts';

export type SkipReason = 'duplicate' | 'already_invited' | 'unsubscribed' | 'no_consent' | 'already_signed';

export interface InvitationResult {
  invited: number;
  skipped: number;
  /** Why each was left out: pasted addresses by address, registry organisations by id. */
  details: ({ email: string; reason: SkipReason } | { organisation: string; reason: SkipReason })[];
}

interface Candidate {
  email: string;
  hash: string;
  organisationId: string | null;
  contactName: string | null;
  language: string;
  /** How the coordinator named it, for the skipped list. */
  asked: { email: string } | { organisation: string };
}

/**
 * Invites partners to sign an open statement: registry organisations (through their latest
 * contact who agreed to hear about new statements) and pasted addresses. Each address gets one
 * personal email in its own language (the one it signed in, else the one given, else the
 * statement's) with a pre-filled sign link and an unsubscribe link. Nobody is written to twice
 * for a statement (a unique constraint), after unsubscribing (on any statement), who already
 * signed it, or, from the registry, who did not agree.
 */
export async function invitePartners(
  trx: DbOrTx,
  opts: { slug: string; input: unknown; coordinatorId: string; now: Date; mailer: Mailer; publicUrl: string },
): Promise<InvitationResult> {
  const input = validate(InvitationInput, opts.input);
  const statement = await getStatementBySlug(trx, opts.slug);
  if (!acceptsSignatures(statement, opts.now)) throw localisedError('statement_not_open', 'statement.notOpen');
  if (input.emails.length === 0 && input.organisations.length === 0) {
    throw localisedError('validation_failed', 'partners.validation.nobody', undefined, { emails: { key: 'partners.validation.nobody' } });
  }
  const fallback = input.language ?? matchLocale(statement.language) ?? 'en';
  const details: InvitationResult['details'] = [];

  const candidates: Candidate[] = [];
  const organisations = [...new Set(input.organisations)];
  const contacts = await consentingContacts(trx, organisations);
  for (const id of organisations) {
    const c = contacts.get(id);
    if (!c) details.push({ organisation: id, reason: 'no_consent' });
    else candidates.push({ email: c.email, hash: emailHash(c.email), organisationId: id, contactName: c.contactName, language: c.language, asked: { organisation: id } });
  }
  const languages = await knownLanguages(trx, input.emails);
  for (const email of input.emails) {
    candidates.push({ email, hash: emailHash(email), organisationId: null, contactName: null, language: languages.get(email) ?? fallback, asked: { email } });
  }

  const stop = await unsubscribed(trx, candidates.map((c) => c.hash));
  const signed = await signedOn(trx, statement.id);
  const seen = new Set<string>();
  const chosen: (Candidate & { id: string })[] = [];
  for (const c of candidates) {
    const reason: SkipReason | null = seen.has(c.hash)
      ? 'duplicate'
      : stop.has(c.hash)
        ? 'unsubscribed'
        : signed.emailHashes.has(c.hash) || (c.organisationId && signed.organisationIds.has(c.organisationId))
          ? 'already_signed'
          : null;
    seen.add(c.hash);
    if (reason) details.push({ ...c.asked, reason });
    else chosen.push({ ...c, id: newId() });
  }

  const rows: NewInvitation[] = chosen.map((c) => ({ id: c.id, statementId: statement.id, organisationId: c.organisationId, email: c.email, language: c.language, createdBy: opts.coordinatorId, now: opts.now }));
  const stored = await insertInvitations(trx, rows);
  const translations = await listTranslations(trx, statement.id);
  let invited = 0;
  for (const c of chosen) {
    if (!stored.has(c.id)) {
      details.push({ ...c.asked, reason: 'already_invited' });
      continue;
    }
    const messageId = await queueInvitationEmail(trx, {
      mailer: opts.mailer,
      publicUrl: opts.publicUrl,
      invitationId: c.id,
      email: c.email,
      language: c.language,
      greetingName: c.contactName,
      statement,
      title: titleIn(statement, translations, c.language),
      reminder: false,
      now: opts.now,
    });
    await trx.updateTable('partner_invitations').set({ message_id: messageId }).where('id', '=', c.id).execute();
    invited++;
  }
  await recordAudit(trx, { at: opts.now, actor: opts.coordinatorId, action: 'partners.invited', subjectType: 'statement', subjectId: statement.id, detail: { invited, skipped: details.length } });
  return { invited, skipped: details.length, details };
}
