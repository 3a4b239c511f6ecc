import { verificationColumns } from '../organisations/verification.ts';
import type { DbOrTx } from '../db/database.ts';
import { registerSignatory } from '../organisations/register-signatory.ts';
import { localisedError } from '../errors.ts';
import { recordAudit } from '../shared/audit.ts';
import { newId } from '../shared/ids.ts';
import { insertContacts } from '../contacts/contact.repository.ts';
import { identityKeyOf } from './sign-on.ts';
import { validate } from '../shared/validate.ts';
import { bumpList, getStatementBySlug } from '../statements/statement.repository.ts';
import { getSignature } from './signature.repository.ts';
import { CoordinatorSignatoryInput } from './signature-input.ts';
import type { Signature } from './signature.ts';

/**
 * A coordinator adds a signatory directly (an initiator, or one who answered by email):
 * approved at once, no confirmation needed. Works in any statement state, drafts included,
 * so initiators can be listed before opening.
 */
export async function addSignatory(
  db: DbOrTx,
  opts: { slug: string; input: unknown; coordinatorId: string; now: Date; source?: 'coordinator' | 'import' },
): Promise<Signature> {
  const input = validate(CoordinatorSignatoryInput, opts.input);
  const statement = await getStatementBySlug(db, opts.slug);
  const id = newId();
  const at = opts.now.toISOString();
  const identityKey = input.contact_email ? identityKeyOf({ name: input.name, contact_email: input.contact_email }) : null;
  // The same name and contact email again is a conflict, not a unique-index failure (a 500 on PostgreSQL).
  if (identityKey && (await db.selectFrom('signatures').select('id').where('statement_id', '=', statement.id).where('identity_key', '=', identityKey).executeTakeFirst())) {
    throw localisedError('conflict', 'limits.alreadySigned');
  }
  await db
    .insertInto('signatures')
    .values({
      id,
      statement_id: statement.id,
      organisation_id: null,
      kind: 'organisation',
      name: input.name,
      country: input.country,
      international: input.international ? 1 : 0,
      org_type: input.type,
      website: input.website,
      state: 'approved',
      ...verificationColumns({ kind: 'organisation', emailDomain: input.contact_email, website: input.website }),
      initiator: input.initiator ? 1 : 0,
      confidential: input.confidential ? 1 : 0,
      source: opts.source ?? 'coordinator',
      text_version: statement.textVersion,
      identity_key: identityKey,
      confirm_token_hash: null,
      merged_into: null,
      created_at: at,
      confirmed_at: null,
      decided_at: at,
      updated_at: at,
    })
    .execute();
  if (input.contact_email) {
    await insertContacts(db, [{ signatureId: id, name: input.contact_name ?? '', email: input.contact_email, language: statement.language, createdAt: opts.now }]);
  }
  await registerSignatory(db, {
    signatureId: id,
    statementId: statement.id,
    name: input.name,
    country: input.country,
    type: input.type,
    website: input.website,
    contactEmail: input.contact_email,
    now: opts.now,
  });
  await bumpList(db, statement.id, 1, opts.now);
  await recordAudit(db, { at: opts.now, actor: opts.coordinatorId, action: 'signature.added', subjectType: 'signature', subjectId: id, detail: { initiator: input.initiator } });
  return getSignature(db, id);
}
