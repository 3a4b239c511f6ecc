import type { Selectable } from 'kysely';
import type { DuplicateFlagsTable } from '../db/schema.ts';
import type { DbOrTx } from '../db/database.ts';
import { contactsOf } from '../contacts/contact.repository.ts';
import { notFound } from '../errors.ts';
import { newId } from '../shared/ids.ts';
import { rowToSignature } from '../signatures/signature.repository.ts';
import type { DuplicateFlag, DuplicateFlagStatus, FlaggedSignature } from './duplicate-flag.ts';
import type { DuplicateLevel } from './similarity.ts';

async function loadFlaggedSignatures(db: DbOrTx, ids: string[]): Promise<Map<string, FlaggedSignature>> {
  const out = new Map<string, FlaggedSignature>();
  if (ids.length === 0) return out;
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await db
      .selectFrom('signatures')
      .selectAll('signatures')
      .where('signatures.id', 'in', unique.slice(i, i + 500))
      .execute();
    const contacts = await contactsOf(db, rows.map((r) => r.id));
    for (const r of rows) out.set(r.id, { ...rowToSignature(r), contactEmail: contacts.get(r.id)?.email ?? null, organisationId: r.organisation_id });
  }
  return out;
}

type FlagRow = Selectable<DuplicateFlagsTable>;

async function toFlags(db: DbOrTx, rows: FlagRow[]): Promise<DuplicateFlag[]> {
  const signatures = await loadFlaggedSignatures(db, rows.flatMap((r) => [r.signature_a, r.signature_b]));
  return rows.map((r) => ({
    id: r.id,
    statementId: r.statement_id,
    score: Number(r.score),
    level: r.level === 'possible' ? 'possible' : 'likely',
    reason: r.reason,
    status: r.status as DuplicateFlagStatus,
    createdAt: new Date(r.created_at),
    resolvedBy: r.resolved_by,
    resolvedAt: r.resolved_at ? new Date(r.resolved_at) : null,
    a: signatures.get(r.signature_a)!,
    b: signatures.get(r.signature_b)!,
  }));
}

export async function getDuplicateFlag(db: DbOrTx, id: string): Promise<DuplicateFlag> {
  const row = await db.selectFrom('duplicate_flags').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Likely duplicate');
  const [flag] = await toFlags(db, [row]);
  return flag!;
}

/** A statement's flags, likely ones first, then strongest first, optionally only those in one status. */
export async function listDuplicateFlags(db: DbOrTx, statementId: string, status?: DuplicateFlagStatus): Promise<DuplicateFlag[]> {
  let q = db.selectFrom('duplicate_flags').selectAll().where('statement_id', '=', statementId);
  if (status) q = q.where('status', '=', status);
  const rows = await q.orderBy('created_at', 'desc').orderBy('id').limit(2_000).execute();
  const flags = await toFlags(db, rows);
  const rank = (f: DuplicateFlag) => (f.level === 'likely' ? 0 : 1);
  return flags.sort((x, y) => rank(x) - rank(y) || y.score - x.score || y.createdAt.getTime() - x.createdAt.getTime());
}

/** Open flags of a statement, of one level when given. */
export async function countOpenFlags(db: DbOrTx, statementId: string, level?: DuplicateLevel): Promise<number> {
  let q = db
    .selectFrom('duplicate_flags')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('statement_id', '=', statementId)
    .where('status', '=', 'open');
  if (level) q = q.where('level', '=', level);
  const row = await q.executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Whether two signatures were ever flagged together, in either order. */
export async function flagExistsBetween(db: DbOrTx, x: string, y: string): Promise<boolean> {
  const row = await db
    .selectFrom('duplicate_flags')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('signature_a', '=', x), eb('signature_b', '=', y)]),
        eb.and([eb('signature_a', '=', y), eb('signature_b', '=', x)]),
      ]),
    )
    .executeTakeFirst();
  return row !== undefined;
}

/** Of `others`, the signatures ever flagged together with `signatureId`, in either order (one query). */
export async function flaggedWith(db: DbOrTx, signatureId: string, others: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  const unique = [...new Set(others)];
  for (let i = 0; i < unique.length; i += 500) {
    const part = unique.slice(i, i + 500);
    const rows = await db
      .selectFrom('duplicate_flags')
      .select(['signature_a', 'signature_b'])
      .where((eb) =>
        eb.or([
          eb.and([eb('signature_a', 'in', part), eb('signature_b', '=', signatureId)]),
          eb.and([eb('signature_a', '=', signatureId), eb('signature_b', 'in', part)]),
        ]),
      )
      .execute();
    for (const r of rows) out.add(r.signature_a === signatureId ? r.signature_b : r.signature_a);
  }
  return out;
}

export type NewDuplicateFlag = { statementId: string; older: string; newer: string; score: number; level: DuplicateLevel; reason: string; now: Date };

/** Adds open flags, many rows to a statement. */
export async function insertDuplicateFlags(db: DbOrTx, flags: readonly NewDuplicateFlag[]): Promise<void> {
  for (let i = 0; i < flags.length; i += 200) {
    await db
      .insertInto('duplicate_flags')
      .values(
        flags.slice(i, i + 200).map((f) => ({
          id: newId(),
          statement_id: f.statementId,
          signature_a: f.older,
          signature_b: f.newer,
          score: f.score,
          level: f.level,
          reason: f.reason,
          status: 'open',
          created_at: f.now.toISOString(),
          resolved_by: null,
          resolved_at: null,
        })),
      )
      .execute();
  }
}

/** Closes an open flag; false when someone else resolved it meanwhile. */
export async function resolveFlag(db: DbOrTx, id: string, status: 'merged' | 'dismissed', by: string, now: Date): Promise<boolean> {
  const res = await db
    .updateTable('duplicate_flags')
    .set({ status, resolved_by: by, resolved_at: now.toISOString() })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Open flags that involve a signature, other than `exceptFlag`. */
export async function openFlagsInvolving(db: DbOrTx, signatureId: string, exceptFlag: string) {
  return db
    .selectFrom('duplicate_flags')
    .selectAll()
    .where('status', '=', 'open')
    .where('id', '!=', exceptFlag)
    .where((eb) => eb.or([eb('signature_a', '=', signatureId), eb('signature_b', '=', signatureId)]))
    .execute();
}

export async function repointFlag(db: DbOrTx, id: string, set: { signature_a?: string; signature_b?: string }): Promise<void> {
  await db.updateTable('duplicate_flags').set(set).where('id', '=', id).execute();
}
