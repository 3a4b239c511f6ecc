import type { Selectable } from 'kysely';
import type { DbOrTx } from '../db/database.ts';
import type { StatementsTable } from '../db/schema.ts';
import { notFound, statementNotFound } from '../errors.ts';
import type { Statement, StatementState } from './statement.ts';

type Row = Selectable<StatementsTable>;

const date = (s: string | null) => (s ? new Date(s) : null);

export function rowToStatement(r: Row): Statement {
  return {
    id: r.id,
    slug: r.slug,
    language: r.language,
    title: r.title,
    body: r.body,
    headline: r.headline,
    headlineRounding: r.headline_rounding,
    placeAndDate: r.place_and_date,
    authoritativeLanguage: r.authoritative_language,
    state: r.state as StatementState,
    opensAt: date(r.opens_at),
    closesAt: date(r.closes_at),
    textVersion: Number(r.text_version),
    allowIndividuals: Number(r.allow_individuals) === 1,
    viewersSeeContacts: Number(r.viewers_see_contacts) === 1,
    twoPersonPublishing: Number(r.two_person_publishing) === 1,
    showVerified: Number(r.show_verified) === 1,
    approvedCount: Number(r.approved_count),
    listVersion: Number(r.list_version),
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
  };
}

export async function findStatementBySlug(db: DbOrTx, slug: string): Promise<Statement | null> {
  const row = await db.selectFrom('statements').selectAll().where('slug', '=', slug).executeTakeFirst();
  return row ? rowToStatement(row) : null;
}

export async function getStatementBySlug(db: DbOrTx, slug: string): Promise<Statement> {
  const s = await findStatementBySlug(db, slug);
  if (!s) throw statementNotFound(slug);
  return s;
}

export async function getStatementById(db: DbOrTx, id: string): Promise<Statement> {
  const row = await db.selectFrom('statements').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Statement');
  return rowToStatement(row);
}

export async function listStatements(db: DbOrTx): Promise<Statement[]> {
  const rows = await db.selectFrom('statements').selectAll().orderBy('created_at', 'desc').execute();
  return rows.map(rowToStatement);
}

/**
 * Bumps the cached public count and list version together with the signature change that
 * caused it, so readers never recount and caches know when to refresh.
 */
export async function bumpList(db: DbOrTx, statementId: string, countDelta: number, now: Date): Promise<void> {
  await db
    .updateTable('statements')
    .set((eb) => ({
      approved_count: eb('approved_count', '+', countDelta),
      list_version: eb('list_version', '+', 1),
      updated_at: now.toISOString(),
    }))
    .where('id', '=', statementId)
    .execute();
}
