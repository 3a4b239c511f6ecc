import type { Selectable } from 'kysely';
import type { DbOrTx } from '../db/database.ts';
import type { PartnerLinksTable } from '../db/schema.ts';
import type { PartnerLink } from './partner-link.ts';

const rowToPartnerLink = (r: Selectable<PartnerLinksTable>): PartnerLink => ({
  id: r.id,
  statementId: r.statement_id,
  code: r.code,
  name: r.name,
  createdAt: new Date(r.created_at),
});

/** A statement's partner links, oldest first. */
export async function listPartnerLinks(db: DbOrTx, statementId: string): Promise<PartnerLink[]> {
  const rows = await db.selectFrom('partner_links').selectAll().where('statement_id', '=', statementId).orderBy('created_at').orderBy('code').execute();
  return rows.map(rowToPartnerLink);
}

/** The link with this code on this statement, or null (an unknown code is no error). */
export async function findPartnerLink(db: DbOrTx, statementId: string, code: string): Promise<PartnerLink | null> {
  const row = await db.selectFrom('partner_links').selectAll().where('code', '=', code).where('statement_id', '=', statementId).executeTakeFirst();
  return row ? rowToPartnerLink(row) : null;
}

/** Link ids by `statementId|code`, for a batch of sign-ons: one query. */
export async function partnerLinkIds(db: DbOrTx, codes: readonly string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db.selectFrom('partner_links').select(['id', 'statement_id', 'code']).where('code', 'in', [...new Set(codes)]).execute();
  return new Map(rows.map((r) => [`${r.statement_id}|${r.code}`, r.id]));
}

export async function insertPartnerLink(db: DbOrTx, link: PartnerLink & { createdBy: string | null }): Promise<void> {
  await db
    .insertInto('partner_links')
    .values({ id: link.id, statement_id: link.statementId, code: link.code, name: link.name, created_by: link.createdBy, created_at: link.createdAt.toISOString() })
    .execute();
}

export async function codeTaken(db: DbOrTx, code: string): Promise<boolean> {
  return (await db.selectFrom('partner_links').select('id').where('code', '=', code).executeTakeFirst()) !== undefined;
}
