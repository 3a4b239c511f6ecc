import type { Selectable } from 'kysely';
import { contactsOf } from '../contacts/contact.repository.ts';
import type { DbOrTx } from '../db/database.ts';
import type { SignaturesTable } from '../db/schema.ts';
import { notFound } from '../errors.ts';
import type { OrganisationType, Signature, SignatoryCorrection, SignatureKind, SignatureSource, SignatureState } from './signature.ts';

type Row = Selectable<SignaturesTable>;
const date = (s: string | null) => (s ? new Date(s) : null);

export function rowToSignature(r: Row): Signature {
  return {
    id: r.id,
    statementId: r.statement_id,
    kind: r.kind as SignatureKind,
    name: r.name,
    country: r.country,
    international: Number(r.international) === 1,
    type: r.org_type as OrganisationType | null,
    website: r.website,
    affiliation: r.affiliation ?? null,
    state: r.state as SignatureState,
    initiator: Number(r.initiator) === 1,
    confidential: Number(r.confidential) === 1,
    source: r.source as SignatureSource,
    textVersion: Number(r.text_version),
    language: r.language ?? null,
    pendingCorrection: r.pending_correction ? (JSON.parse(r.pending_correction) as SignatoryCorrection) : null,
    verified: Number(r.verified) === 1,
    verifiedBy: (r.verified_by as Signature['verifiedBy']) ?? null,
    createdAt: new Date(r.created_at),
    confirmedAt: date(r.confirmed_at),
    decidedAt: date(r.decided_at),
  };
}

export async function getSignature(db: DbOrTx, id: string): Promise<Signature> {
  const row = await db.selectFrom('signatures').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Signature');
  return rowToSignature(row);
}

export async function findByIdentity(db: DbOrTx, statementId: string, identityKey: string): Promise<Signature | null> {
  const row = await db
    .selectFrom('signatures')
    .selectAll()
    .where('statement_id', '=', statementId)
    .where('identity_key', '=', identityKey)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  return row ? rowToSignature(row) : null;
}

export async function findByConfirmToken(db: DbOrTx, tokenHash: string): Promise<Signature | null> {
  const row = await db.selectFrom('signatures').selectAll().where('confirm_token_hash', '=', tokenHash).executeTakeFirst();
  return row ? rowToSignature(row) : null;
}

/** For coordinators: signatures of a statement with their contact, optionally filtered by state. */
export async function listSignaturesWithContacts(
  db: DbOrTx,
  statementId: string,
  states?: readonly SignatureState[],
): Promise<(Signature & { contact: { name: string; email: string } | null })[]> {
  let q = db.selectFrom('signatures').selectAll().where('statement_id', '=', statementId);
  if (states && states.length) q = q.where('state', 'in', states as SignatureState[]);
  const rows = await q.orderBy('created_at', 'asc').orderBy('id', 'asc').execute();
  const contacts = await contactsOf(db, rows.map((r) => r.id));
  return rows.map((r) => {
    const c = contacts.get(r.id);
    return { ...rowToSignature(r), contact: c ? { name: c.name, email: c.email } : null };
  });
}

/** Counts per state for the coordinator's overview. */
export async function countByState(db: DbOrTx, statementId: string): Promise<Record<SignatureState, number>> {
  const rows = await db
    .selectFrom('signatures')
    .select(['state'])
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('statement_id', '=', statementId)
    .groupBy('state')
    .execute();
  const out: Record<SignatureState, number> = { held: 0, unconfirmed: 0, confirmed: 0, approved: 0, rejected: 0, withdrawn: 0, merged: 0 };
  for (const r of rows) out[r.state as SignatureState] = Number(r.n);
  return out;
}
