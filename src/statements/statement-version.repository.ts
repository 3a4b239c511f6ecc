import type { DbOrTx } from '../db/database.ts';

/** A kept text of a statement, with how many signatures were given on it. */
export interface StatementVersion {
  version: number;
  title: string;
  headline: string | null;
  body: string;
  material: boolean;
  createdAt: Date;
}

export async function insertStatementVersion(
  db: DbOrTx,
  v: { statementId: string; version: number; title: string; headline: string | null; body: string; material: boolean; createdBy: string | null; now: Date },
): Promise<void> {
  await db
    .insertInto('statement_versions')
    .values({
      statement_id: v.statementId,
      version: v.version,
      title: v.title,
      headline: v.headline,
      body: v.body,
      material: v.material ? 1 : 0,
      created_by: v.createdBy,
      created_at: v.now.toISOString(),
    })
    .execute();
}

/** Every kept version, oldest first. */
export async function listStatementVersions(db: DbOrTx, statementId: string): Promise<StatementVersion[]> {
  const rows = await db.selectFrom('statement_versions').selectAll().where('statement_id', '=', statementId).orderBy('version').execute();
  return rows.map((r) => ({ version: Number(r.version), title: r.title, headline: r.headline, body: r.body, material: Number(r.material) === 1, createdAt: new Date(r.created_at) }));
}

/**
 * Signatures per text version, not counting the rejected, withdrawn and merged. A translation
 * also moves the version number without a new kept text, so each count is folded into the kept
 * version it was signed on: the latest one not after it.
 */
export async function signaturesPerVersion(db: DbOrTx, statementId: string, versions: readonly number[]): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('signatures')
    .select('text_version')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('statement_id', '=', statementId)
    .where('state', 'in', ['unconfirmed', 'confirmed', 'approved'])
    .groupBy('text_version')
    .execute();
  const sorted = [...versions].sort((a, b) => a - b);
  const out = new Map<number, number>(sorted.map((v) => [v, 0]));
  for (const r of rows) {
    const signed = Number(r.text_version);
    const kept = sorted.filter((v) => v <= signed).pop() ?? sorted[0];
    if (kept !== undefined) out.set(kept, (out.get(kept) ?? 0) + Number(r.n));
  }
  return out;
}
