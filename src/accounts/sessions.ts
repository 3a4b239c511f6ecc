import type { DbOrTx } from '../db/database.ts';
import { hashSecret, newSecret } from '../shared/ids.ts';
import { findCoordinatorById, type Coordinator } from './coordinator.ts';

export const SESSION_DAYS = 14;

/** Starts a signed-in session; the cookie holds the secret, the database only its hash. */
export async function createSession(db: DbOrTx, opts: { coordinatorId: string; now: Date }): Promise<{ secret: string; expiresAt: Date }> {
  const secret = newSecret();
  const expiresAt = new Date(opts.now.getTime() + SESSION_DAYS * 86_400_000);
  await db
    .insertInto('sessions')
    .values({ id_hash: hashSecret(secret), coordinator_id: opts.coordinatorId, created_at: opts.now.toISOString(), expires_at: expiresAt.toISOString() })
    .execute();
  return { secret, expiresAt };
}

export async function sessionCoordinator(db: DbOrTx, secret: string, now: Date): Promise<Coordinator | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(secret)) return null;
  const row = await db
    .selectFrom('sessions')
    .select(['coordinator_id'])
    .where('id_hash', '=', hashSecret(secret))
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
  return row ? findCoordinatorById(db, row.coordinator_id) : null;
}

export async function endSession(db: DbOrTx, secret: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', hashSecret(secret)).execute();
}
