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

/**
 * Keeps each statement's ordered list in memory until its list_version moves, so a launch-day
 * crowd refreshing the page costs one small statement query each, not a sort of thousands.
 * Safe with several instances: each checks the version it reads from the shared database.
 */
export class PublicListCache {
  private readonly entries = new Map<string, PublicList>();
  private readonly loading = new Map<string, Promise<PublicList>>();

  async get(db: DbOrTx, statement: Statement): Promise<PublicList> {
    const cached = this.entries.get(statement.id);
    if (cached && cached.listVersion === statement.listVersion) return cached;
    const key = `${statement.id}@${statement.listVersion}`;
    let pending = this.loading.get(key);
    if (!pending) {
      pending = loadPublicList(db, statement).finally(() => this.loading.delete(key));
      this.loading.set(key, pending);
    }
    const list = await pending;
    const current = this.entries.get(statement.id);
    if (!current || current.listVersion <= list.listVersion) this.entries.set(statement.id, list);
    return list;
  }
}
