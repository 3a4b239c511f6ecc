import type { DbOrTx } from '../db/database.ts';
import type { HoldReason } from './sign-on-limits.ts';

/** Sign-ons from one network or one email domain over a period. */
export interface OriginGroup {
  /** A network's hash (shown shortened) or an email domain. */
  value: string;
  total: number;
  /** Waiting for email confirmation or for moderation. */
  pending: number;
  held: number;
}

export interface HeldSignOn {
  signatureId: string;
  name: string;
  emailDomain: string;
  reason: HoldReason | null;
  createdAt: Date;
}

export type OriginKind = 'network' | 'domain';
const column = (by: OriginKind) => (by === 'network' ? 'o.network_hash' : 'o.email_domain') as 'o.network_hash' | 'o.email_domain';

/** Public sign-ons of a statement since `since`, grouped by network or by email domain, biggest first. */
export async function originGroups(db: DbOrTx, o: { statementId: string; since: Date; by: OriginKind; limit?: number }): Promise<OriginGroup[]> {
  const col = column(o.by);
  const rows = await db
    .selectFrom('sign_on_origins as o')
    .innerJoin('signatures as s', 's.id', 'o.signature_id')
    .select((eb) => [
      eb.ref(col).as('value'),
      eb.fn.countAll<string | number>().as('total'),
      eb.fn.sum<string | number>(eb.case().when('s.state', 'in', ['unconfirmed', 'confirmed']).then(1).else(0).end()).as('pending'),
      eb.fn.sum<string | number>(eb.case().when('s.state', '=', 'held').then(1).else(0).end()).as('held'),
    ])
    .where('o.statement_id', '=', o.statementId)
    .where('o.created_at', '>=', o.since.toISOString())
    .where(col, 'is not', null)
    .groupBy(col)
    .orderBy('total', 'desc')
    .limit(o.limit ?? 50)
    .execute();
  return rows.map((r) => ({ value: r.value as string, total: Number(r.total), pending: Number(r.pending ?? 0), held: Number(r.held ?? 0) }));
}

/** The held sign-ons of a statement, oldest first. */
export async function heldSignOns(db: DbOrTx, statementId: string, limit = 200): Promise<HeldSignOn[]> {
  const rows = await db
    .selectFrom('signatures as s')
    .leftJoin('sign_on_origins as o', 'o.signature_id', 's.id')
    .select(['s.id', 's.name', 's.created_at', 'o.email_domain', 'o.hold_reason'])
    .where('s.statement_id', '=', statementId)
    .where('s.state', '=', 'held')
    .orderBy('s.created_at')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ signatureId: r.id, name: r.name, emailDomain: r.email_domain ?? '', reason: (r.hold_reason as HoldReason | null) ?? null, createdAt: new Date(r.created_at) }));
}

/** Ids and kinds of a statement's signatures in `states` that came from one network or domain. */
export async function signaturesFrom(db: DbOrTx, o: { statementId: string; by: OriginKind; value: string; states: readonly string[]; ids?: readonly string[] }) {
  let q = db
    .selectFrom('sign_on_origins as o')
    .innerJoin('signatures as s', 's.id', 'o.signature_id')
    .select(['s.id', 's.kind', 's.state'])
    .where('o.statement_id', '=', o.statementId)
    .where('s.state', 'in', [...o.states]);
  if (o.value) q = q.where(column(o.by), '=', o.value);
  if (o.ids) q = q.where('s.id', 'in', [...o.ids]);
  return q.execute();
}
