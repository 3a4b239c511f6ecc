import type { DbOrTx } from '../db/database.ts';
import { localisedError } from '../errors.ts';
import { recordAudit } from '../shared/audit.ts';
import { newId } from '../shared/ids.ts';
import type { InstanceRole } from './roles.ts';

/** 'admin' may do everything; 'coordinator' may also create statements; 'member' has statement roles only. */
export type Role = InstanceRole;

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

/** An active (not removed) person by email. */
export async function findCoordinatorByEmail(db: DbOrTx, email: string): Promise<(Coordinator & { passwordHash: string | null }) | null> {
  const r = await db.selectFrom('coordinators').selectAll().where('email', '=', email.trim().toLowerCase()).where('removed_at', 'is', null).executeTakeFirst();
  return r ? { ...toCoordinator(r), passwordHash: r.password_hash } : null;
}

/** An active (not removed) person by id; a removed person's sessions and tokens find nobody. */
export async function findCoordinatorById(db: DbOrTx, id: string): Promise<Coordinator | null> {
  const r = await db.selectFrom('coordinators').selectAll().where('id', '=', id).where('removed_at', 'is', null).executeTakeFirst();
  return r ? toCoordinator(r) : null;
}

export async function countCoordinators(db: DbOrTx): Promise<number> {
  const r = await db.selectFrom('coordinators').select((eb) => eb.fn.countAll<string | number>().as('n')).where('removed_at', 'is', null).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Everyone active on the instance, by email. */
export async function listCoordinators(db: DbOrTx): Promise<Coordinator[]> {
  const rows = await db.selectFrom('coordinators').selectAll().where('removed_at', 'is', null).orderBy('email').execute();
  return rows.map(toCoordinator);
}

/**
 * Finds the person with this email or creates one; the first one on an instance is admin,
 * later ones get `role` (an instance coordinator unless said). A removed person comes back.
 */
export async function ensureCoordinator(db: DbOrTx, opts: { email: string; now: Date; passwordHash?: string | null; role?: Role }): Promise<Coordinator> {
  const email = opts.email.trim().toLowerCase();
  const existing = await db.selectFrom('coordinators').selectAll().where('email', '=', email).executeTakeFirst();
  if (existing) {
    const set: { password_hash?: string; removed_at?: null; role?: string } = {};
    if (opts.passwordHash) set.password_hash = opts.passwordHash;
    if (existing.removed_at) {
      set.removed_at = null;
      set.role = opts.role ?? 'member';
    }
    if (Object.keys(set).length) await db.updateTable('coordinators').set(set).where('id', '=', existing.id).execute();
    const c = toCoordinator({ ...existing, ...set } as Row);
    return { ...c, hasPassword: existing.password_hash !== null || !!opts.passwordHash };
  }
  const role: Role = (await countCoordinators(db)) === 0 ? 'admin' : (opts.role ?? 'coordinator');
  const id = newId();
  await db
    .insertInto('coordinators')
    .values({ id, email, name: null, role, password_hash: opts.passwordHash ?? null, created_at: opts.now.toISOString(), removed_at: null })
    .execute();
  await recordAudit(db, { at: opts.now, actor: 'system', action: 'coordinator.created', subjectType: 'coordinator', subjectId: id, detail: { role } });
  return { id, email, name: null, role, hasPassword: !!opts.passwordHash, secondFactor: false };
}

/** Raises (never lowers) a person's instance role: admin > coordinator > member. */
export async function raiseInstanceRole(db: DbOrTx, opts: { coordinatorId: string; role: Role; by: string; now: Date }): Promise<void> {
  const order: Role[] = ['member', 'coordinator', 'admin'];
  const c = await findCoordinatorById(db, opts.coordinatorId);
  if (!c || order.indexOf(c.role) >= order.indexOf(opts.role)) return;
  await setInstanceRole(db, opts);
}

/** Sets a person's instance role; the last admin cannot stop being one. */
export async function setInstanceRole(db: DbOrTx, opts: { coordinatorId: string; role: Role; by: string; now: Date }): Promise<void> {
  const c = await findCoordinatorById(db, opts.coordinatorId);
  if (!c) throw localisedError('not_found', 'error.thingNotFound');
  if (c.role === 'admin' && opts.role !== 'admin' && (await countAdmins(db)) <= 1) throw localisedError('conflict', 'team.error.lastAdmin');
  await db.updateTable('coordinators').set({ role: opts.role }).where('id', '=', c.id).execute();
  await recordAudit(db, { at: opts.now, actor: opts.by, action: 'coordinator.role_changed', subjectType: 'coordinator', subjectId: c.id, detail: { from: c.role, to: opts.role } });
}

async function countAdmins(db: DbOrTx): Promise<number> {
  const r = await db
    .selectFrom('coordinators')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('role', '=', 'admin')
    .where('removed_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * Removes a person: they can no longer sign in, and their sessions, tokens, roles and open
 * invitations end in the same transaction, so their next request is already refused.
 */
export async function removeCoordinator(db: DbOrTx, opts: { coordinatorId: string; by: string; now: Date }): Promise<void> {
  const c = await findCoordinatorById(db, opts.coordinatorId);
  if (!c) throw localisedError('not_found', 'error.thingNotFound');
  if (c.id === opts.by) throw localisedError('conflict', 'team.error.removeSelf');
  if (c.role === 'admin' && (await countAdmins(db)) <= 1) throw localisedError('conflict', 'team.error.lastAdmin');
  await db.deleteFrom('sessions').where('coordinator_id', '=', c.id).execute();
  await db.deleteFrom('api_tokens').where('coordinator_id', '=', c.id).execute();
  await db.deleteFrom('statement_roles').where('coordinator_id', '=', c.id).execute();
  await db.deleteFrom('one_time_links').where('coordinator_id', '=', c.id).execute();
  await db.updateTable('coordinators').set({ removed_at: opts.now.toISOString(), password_hash: null, role: 'member' }).where('id', '=', c.id).execute();
  await recordAudit(db, { at: opts.now, actor: opts.by, action: 'coordinator.removed', subjectType: 'coordinator', subjectId: c.id });
}
