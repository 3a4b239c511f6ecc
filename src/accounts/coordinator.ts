import type { DbOrTx } from '../db/database.ts';
import { recordAudit } from '../shared/audit.ts';
import { newId } from '../shared/ids.ts';

export type Role = 'admin' | 'coordinator';

export interface Coordinator {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  hasPassword: boolean;
  /** A TOTP second factor is in force for signing in. */
  secondFactor: boolean;
}

type Row = { id: string; email: string; name: string | null; role: string; password_hash: string | null; totp_enabled_at: string | null };
const toCoordinator = (r: Row): Coordinator => ({ id: r.id, email: r.email, name: r.name, role: r.role as Role, hasPassword: r.password_hash !== null, secondFactor: r.totp_enabled_at !== null });

export async function findCoordinatorByEmail(db: DbOrTx, email: string): Promise<(Coordinator & { passwordHash: string | null }) | null> {
  const r = await db.selectFrom('coordinators').selectAll().where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
  return r ? { ...toCoordinator(r), passwordHash: r.password_hash } : null;
}

export async function findCoordinatorById(db: DbOrTx, id: string): Promise<Coordinator | null> {
  const r = await db.selectFrom('coordinators').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toCoordinator(r) : null;
}

export async function countCoordinators(db: DbOrTx): Promise<number> {
  const r = await db.selectFrom('coordinators').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Finds the coordinator with this email or creates one; the first one on an instance is admin. */
export async function ensureCoordinator(db: DbOrTx, opts: { email: string; now: Date; passwordHash?: string | null }): Promise<Coordinator> {
  const email = opts.email.trim().toLowerCase();
  const existing = await findCoordinatorByEmail(db, email);
  if (existing) {
    if (opts.passwordHash) await db.updateTable('coordinators').set({ password_hash: opts.passwordHash }).where('id', '=', existing.id).execute();
    return { ...existing, hasPassword: existing.hasPassword || !!opts.passwordHash };
  }
  const role: Role = (await countCoordinators(db)) === 0 ? 'admin' : 'coordinator';
  const id = newId();
  await db
    .insertInto('coordinators')
    .values({ id, email, name: null, role, password_hash: opts.passwordHash ?? null, created_at: opts.now.toISOString() })
    .execute();
  await recordAudit(db, { at: opts.now, actor: 'system', action: 'coordinator.created', subjectType: 'coordinator', subjectId: id, detail: { role } });
  return { id, email, name: null, role, hasPassword: !!opts.passwordHash, secondFactor: false };
}
