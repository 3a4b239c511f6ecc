import type { DbOrTx } from '../db/database.ts';
import type { Statement } from '../statements/statement.ts';
import { publicOrder, type PublicSignatory } from './public-order.ts';

export interface PublicList {
  listVersion: number;
  signatories: PublicSignatory[];
  confidentialCount: number;
  /** The signatures shown with the verified mark: empty unless the statement shows the mark. */
  verified: ReadonlySet<string>;
}

/** One line of the separate list of individuals: name and affiliation. */
export interface PublicIndividual {
  number: number;
  name: string;
  affiliation: string | null;
}

/** The approved individuals of a statement, collated and numbered apart; confidential ones are counted, not named. */
export async function loadIndividuals(db: DbOrTx, statement: Statement): Promise<{ individuals: PublicIndividual[]; confidentialCount: number }> {
  if (!statement.allowIndividuals) return { individuals: [], confidentialCount: 0 };
  const rows = await db
    .selectFrom('signatures')
    .select(['name', 'affiliation', 'confidential', 'created_at'])
    .where('statement_id', '=', statement.id)
    .where('state', '=', 'approved')
    .where('kind', '=', 'individual')
    .execute();
  const collator = new Intl.Collator(statement.language);
  const named = rows.filter((r) => Number(r.confidential) !== 1).sort((a, b) => collator.compare(a.name, b.name) || a.created_at.localeCompare(b.created_at));
  return { individuals: named.map((r, i) => ({ number: i + 1, name: r.name, affiliation: r.affiliation })), confidentialCount: rows.length - named.length };
}

/** Loads and orders the approved signatories in one query (no per-signatory queries). */
export async function loadPublicList(db: DbOrTx, statement: Statement): Promise<PublicList> {
  const rows = await db
    .selectFrom('signatures')
    .select(['id', 'name', 'country', 'international', 'org_type', 'initiator', 'confidential', 'created_at', 'verified'])
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
      international: Number(r.international) === 1,
      initiator: Number(r.initiator) === 1,
      confidential: Number(r.confidential) === 1,
      createdAt: new Date(r.created_at),
    })),
    statement.language,
  );
  const verified = new Set(statement.showVerified ? rows.filter((r) => Number(r.verified) === 1).map((r) => r.id) : []);
  return { listVersion: statement.listVersion, signatories: list, confidentialCount, verified };
}
