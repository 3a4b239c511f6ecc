import type { DbOrTx } from '../db/database.ts';
import { localisedError } from '../errors.ts';
import { recordAudit } from '../shared/audit.ts';
import { hashSecret, newId, newSecret } from '../shared/ids.ts';
import { findCoordinatorById, type Coordinator } from './coordinator.ts';
import type { GrantableRole } from './roles.ts';

const PREFIX = 'usg_';

export interface ApiToken {
  id: string;
  name: string | null;
  role: GrantableRole | null;
  statementId: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
}

/** Creates an API token; the secret is returned once and only its hash is stored. */
export async function createApiToken(
  db: DbOrTx,
  opts: { coordinatorId: string; label?: string; role?: GrantableRole | null; statementId?: string | null; now: Date },
): Promise<string> {
  return (await issueApiToken(db, opts)).token;
}

export async function issueApiToken(
  db: DbOrTx,
  opts: { coordinatorId: string; label?: string; role?: GrantableRole | null; statementId?: string | null; now: Date },
): Promise<{ id: string; token: string }> {
  const token = PREFIX + newSecret();
  const id = newId();
  await db
    .insertInto('api_tokens')
    .values({
      id,
      coordinator_id: opts.coordinatorId,
      token_hash: hashSecret(token),
      label: opts.label ?? null,
      created_at: opts.now.toISOString(),
      last_used_at: null,
      role: opts.role ?? null,
      statement_id: opts.statementId ?? null,
    })
    .execute();
  await recordAudit(db, { at: opts.now, actor: opts.coordinatorId, action: 'api_token.created', subjectType: 'api_token', subjectId: id, detail: { role: opts.role ?? null, statement: opts.statementId ?? null } });
  return { id, token };
}

/** The person a bearer token belongs to and the token's limits, or null (unknown, revoked, or its person removed). */
export async function authenticateToken(db: DbOrTx, token: string): Promise<{ coordinator: Coordinator; role: GrantableRole | null; statementId: string | null } | null> {
  if (!token.startsWith(PREFIX) || token.length > 200) return null;
  const row = await db.selectFrom('api_tokens').select(['coordinator_id', 'role', 'statement_id']).where('token_hash', '=', hashSecret(token)).executeTakeFirst();
  if (!row) return null;
  const coordinator = await findCoordinatorById(db, row.coordinator_id);
  return coordinator ? { coordinator, role: (row.role as GrantableRole | null) ?? null, statementId: row.statement_id } : null;
}

/** A person's tokens, newest first, without secrets. */
export async function listApiTokens(db: DbOrTx, coordinatorId: string): Promise<ApiToken[]> {
  const rows = await db.selectFrom('api_tokens').selectAll().where('coordinator_id', '=', coordinatorId).orderBy('created_at', 'desc').orderBy('id').execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.label,
    role: (r.role as GrantableRole | null) ?? null,
    statementId: r.statement_id,
    createdAt: new Date(r.created_at),
    lastUsedAt: r.last_used_at ? new Date(r.last_used_at) : null,
  }));
}

/** Revokes one of the person's own tokens; it fails from the next request on. */
export async function revokeApiToken(db: DbOrTx, opts: { id: string; coordinatorId: string; now: Date }): Promise<void> {
  const res = await db.deleteFrom('api_tokens').where('id', '=', opts.id).where('coordinator_id', '=', opts.coordinatorId).executeTakeFirst();
  if (Number(res.numDeletedRows) === 0) throw localisedError('not_found', 'error.thingNotFound');
  await recordAudit(db, { at: opts.now, actor: opts.coordinatorId, action: 'api_token.revoked', subjectType: 'api_token', subjectId: opts.id });
}
