import type { DbOrTx } from '../db/database.ts';
import { localisedError } from '../errors.ts';
import { translator } from '../i18n/i18n.ts';
import type { Mailer } from '../mail/mailer.ts';
import { registerSignatory } from '../organisations/register-signatory.ts';
import { recordAudit } from '../shared/audit.ts';
import { hashSecret, newId, newSecret } from '../shared/ids.ts';
import { validate } from '../shared/validate.ts';
import { getStatementBySlug } from '../statements/statement.repository.ts';
import { acceptsSignatures } from '../statements/statement.ts';
import { findByIdentity } from './signature.repository.ts';
import { identityName, PublicSignOnInput } from './signature-input.ts';

export interface SignOnResult {
  /** Always the same shape whether the signature is new or repeated, so the response reveals nothing. */
  accepted: true;
}

/** The link in the confirmation email; opening it shows a page with a confirm button. */
export const confirmationLink = (publicUrl: string, token: string) => `${publicUrl}/confirm/${token}`;

/**
 * A public sign-on: validates, stores an unconfirmed signature with its private contact and
 * queues the confirmation email. Signing again with the same organisation and email re-sends
 * the confirmation instead of creating anything.
 */
export async function signOn(
  db: DbOrTx,
  opts: {
    slug: string;
    input: unknown;
    /** The contact's interface language: the email is written in it. */
    language: string;
    /** The text the signatory read (a translation's language and title); the original when absent. */
    text?: { language: string; title: string };
    mailer: Mailer;
    publicUrl: string;
    now: Date;
  },
): Promise<SignOnResult> {
  const input = validate(PublicSignOnInput, opts.input);
  const statement = await getStatementBySlug(db, opts.slug);
  if (!acceptsSignatures(statement, opts.now)) {
    throw localisedError('statement_not_open', 'error.statementNotOpen', { title: statement.title });
  }
  const identityKey = hashSecret(`${identityName(input.name)}|${input.contact_email}`);
  const token = newSecret();
  const at = opts.now.toISOString();
  const existing = await findByIdentity(db, statement.id, identityKey);

  let signatureId: string;
  if (existing && existing.state !== 'withdrawn') {
    signatureId = existing.id;
    // A fresh token; the previous link stops working, which is what a person re-requesting expects.
    await db.updateTable('signatures').set({ confirm_token_hash: hashSecret(token), updated_at: at }).where('id', '=', existing.id).execute();
    await recordAudit(db, { at: opts.now, actor: 'public', action: 'signature.confirmation_resent', subjectType: 'signature', subjectId: existing.id });
  } else {
    signatureId = newId();
    await db
      .insertInto('signatures')
      .values({
        id: signatureId,
        statement_id: statement.id,
        organisation_id: null,
        kind: 'organisation',
        name: input.name,
        country: input.country,
        org_type: input.type,
        website: input.website,
        state: 'unconfirmed',
        initiator: 0,
        confidential: 0,
        source: 'form',
        text_version: statement.textVersion,
        language: opts.text?.language ?? statement.language,
        identity_key: identityKey,
        confirm_token_hash: hashSecret(token),
        merged_into: null,
        created_at: at,
        confirmed_at: null,
        decided_at: null,
        updated_at: at,
      })
      .execute();
    await db
      .insertInto('contacts')
      .values({ signature_id: signatureId, name: input.contact_name, email: input.contact_email, language: opts.language, created_at: at })
      .execute();
    await recordAudit(db, { at: opts.now, actor: 'public', action: 'signature.submitted', subjectType: 'signature', subjectId: signatureId });
    // Registry and duplicate flags are for coordinators only; nothing of it reaches the response.
    await registerSignatory(db, {
      signatureId,
      statementId: statement.id,
      name: input.name,
      country: input.country,
      type: input.type,
      website: input.website,
      contactEmail: input.contact_email,
      now: opts.now,
    });
  }

  const t = translator(opts.language);
  const link = confirmationLink(opts.publicUrl, token);
  await opts.mailer.queue(db, {
    to: input.contact_email,
    subject: t('mail.confirm.subject', { title: opts.text?.title ?? statement.title }),
    text: t('mail.confirm.text', { contactName: input.contact_name, title: opts.text?.title ?? statement.title, name: input.name, link }),
    now: opts.now,
  });
  return { accepted: true };
}
