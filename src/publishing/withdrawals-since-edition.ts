import type { DbOrTx } from '../db/database.ts';
import type { Edition } from './edition.ts';
import { latestPublishedEdition } from './edition.repository.ts';

/** An organisation listed in a published edition that has withdrawn since. */
export interface WithdrawalSince {
  number: number;
  name: string;
  withdrawnAt: Date | null;
}

/**
 * The organisations of the latest published edition that have withdrawn since: the edition's
 * stored documents still list them (a publication never changes), so the coordinator needs to
 * know whom the next edition will leave out. Null before the first publication.
 */
export async function withdrawalsSinceEdition(db: DbOrTx, statementId: string): Promise<{ edition: Edition; withdrawals: WithdrawalSince[] } | null> {
  const edition = await latestPublishedEdition(db, statementId);
  if (!edition) return null;
  const rows = await db
    .selectFrom('signatures')
    .select(['id', 'decided_at'])
    .where('statement_id', '=', statementId)
    .where('state', '=', 'withdrawn')
    .execute();
  const when = new Map(rows.map((r) => [r.id, r.decided_at ? new Date(r.decided_at) : null]));
  const withdrawals = edition.list
    .filter((e) => when.has(e.signatureId))
    .map((e) => ({ number: e.number, name: e.name, withdrawnAt: when.get(e.signatureId) ?? null }));
  return { edition, withdrawals };
}
