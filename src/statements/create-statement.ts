import type { DbOrTx } from '../db/database.ts';
import { localisedError } from '../errors.ts';
import { grantStatementRole } from '../accounts/statement-roles.ts';
import { recordAudit } from '../shared/audit.ts';
import { newId } from '../shared/ids.ts';
import { validate } from '../shared/validate.ts';
import { StatementInput } from './statement-input.ts';
import { findStatementBySlug, getStatementById } from './statement.repository.ts';
import { insertStatementVersion } from './statement-version.repository.ts';
import type { Statement } from './statement.ts';

/** Creates a statement as a draft. */
export async function createStatement(
  db: DbOrTx,
  opts: { input: unknown; coordinatorId: string; now: Date },
): Promise<Statement> {
  const input = validate(StatementInput, opts.input);
  if (await findStatementBySlug(db, input.slug)) {
    throw localisedError('conflict', 'error.slugTaken', { slug: input.slug }, { slug: { key: 'error.slugTaken', params: { slug: input.slug } } });
  }
  const id = newId();
  const at = opts.now.toISOString();
  await db
    .insertInto('statements')
    .values({
      id,
      slug: input.slug,
      language: input.language,
      title: input.title,
      body: input.body,
      headline: input.headline,
      headline_rounding: input.headline_rounding,
      place_and_date: input.place_and_date,
      state: 'draft',
      opens_at: input.opens_at?.toISOString() ?? null,
      closes_at: input.closes_at?.toISOString() ?? null,
      text_version: 1,
      allow_individuals: input.allow_individuals ? 1 : 0,
      viewers_see_contacts: 0,
      two_person_publishing: 0,
      approved_count: 0,
      list_version: 0,
      created_by: opts.coordinatorId,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await insertStatementVersion(db, { statementId: id, version: 1, title: input.title, headline: input.headline, body: input.body, material: false, createdBy: opts.coordinatorId, now: opts.now });
  // The creator coordinates what they create (an instance admin may do so anyway).
  await grantStatementRole(db, { statementId: id, coordinatorId: opts.coordinatorId, role: 'coordinator', by: opts.coordinatorId, now: opts.now });
  await recordAudit(db, { at: opts.now, actor: opts.coordinatorId, action: 'statement.created', subjectType: 'statement', subjectId: id });
  return getStatementById(db, id);
}
