import type { DbOrTx } from '../db/database.ts';
import type { Statement } from '../statements/statement.ts';
import { publicOrder, type PublicSignatory } from './public-order.ts';

export interface PublicList {
  listVersion: number;
  signatories: PublicSignatory[];
  confidentialCount: number;
}

/** Loads and orders the approved signatories in one query (no per-signatory queries). */
export async function loadPublicList(db: DbOrTx, statement: Statement): Promise<PublicList> {
  const rows = await db
    .selectFrom('signatures')
    .select(['id', 'name', 'country', 'org_type', 'initiator', 'confidential', 'created_at'])
    .where('statement_id', '=', statement.id)
    .where('state', '=', 'approved')
    .where('kind', '=', 'organisation')
    .execute();
  const { list, confidentialCount } = publicOrder(
    rows.map((r) => ({
      id: r.id,
      name: r.name,
      type: r.org_type,
      country: r.country,
      initiator: Number(r.initiator) === 1,
      confidential: Number(r.confidential) === 1,
      createdAt: new Date(r.created_at),
    })),
    statement.language,
  );
  return { listVersion: statement.listVersion, signatories: list, confidentialCount };
}
