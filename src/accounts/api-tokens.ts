import type { DbOrTx } from '../db/database.ts';
import { recordAudit } from '../shared/audit.ts';
import { hashSecret, newId, newSecret } from '../shared/ids.ts';
import { findCoordinatorById, type Coordinator } from './coordinator.ts';

const PREFIX = 'usg_';

/** Creates an API token; the secret is returned once and only its hash is stored. */
export async function createApiToken(db: DbOrTx, opts: { coordinatorId: string; label?: string; now: Date }): Promise<string> {
  const token = PREFIX + newSecret();
  const id = newId();
  await db
    .insertInto('api_tokens')
    .values({ id, coordinator_id: opts.coordinatorId, token_hash: hashSecret(token), label: opts.label ?? null, created_at: opts.now.toISOString(), last_used_at: null })
    .execute();
  await recordAudit(db, { at: opts.now, actor: opts.coordinatorId, action: 'api_token.created', subjectType: 'api_token', subjectId: id });
  return token;
}

/** The coordinator a bearer token belongs to, or null. */
export async function authenticateToken(db: DbOrTx, token: string): Promise<Coordinator | null> {
  if (!token.startsWith(PREFIX) || token.length > 200) return null;
  const row = await db.selectFrom('api_tokens').select(['coordinator_id']).where('token_hash', '=', hashSecret(token)).executeTakeFirst();
  return row ? findCoordinatorById(db, row.coordinator_id) : null;
}
