import type { DbOrTx } from '../db/database.ts';
import { recordAudit } from '../shared/audit.ts';
import { hashSecret, newSecret } from '../shared/ids.ts';
import { findCoordinatorById, type Coordinator } from './coordinator.ts';

export const SESSION_DAYS = 14;
/** "Last seen" is written at most this often, so reading pages does not write on every request. */
const TOUCH_MS = 5 * 60_000;
/** A session is named to its owner by the start of its hash (never the secret itself). */
const HANDLE_CHARS = 24;

/** A signed-in session as its owner sees it in "Your sessions". */
export interface SessionSummary {
  handle: string;
  userAgent: string | null;
  createdAt: Date;
  lastSeenAt: Date | null;
  expiresAt: Date;
  current: boolean;
}

/** Starts a signed-in session; the cookie holds the secret, the database only its hash. */
export async function createSession(db: DbOrTx, opts: { coordinatorId: string; now: Date; userAgent?: string | null | undefined }): Promise<{ secret: string; expiresAt: Date }> {
  const secret = newSecret();
  const expiresAt = new Date(opts.now.getTime() + SESSION_DAYS * 86_400_000);
  await db
    .insertInto('sessions')
    .values({
      id_hash: hashSecret(secret),
      coordinator_id: opts.coordinatorId,
      created_at: opts.now.toISOString(),
      expires_at: expiresAt.toISOString(),
      user_agent: opts.userAgent ? opts.userAgent.slice(0, 300) : null,
      last_seen_at: opts.now.toISOString(),
    })
    .execute();
  return { secret, expiresAt };
}

export async function sessionCoordinator(db: DbOrTx, secret: string, now: Date): Promise<Coordinator | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(secret)) return null;
  const idHash = hashSecret(secret);
  const row = await db
    .selectFrom('sessions')
    .select(['coordinator_id', 'last_seen_at'])
    .where('id_hash', '=', idHash)
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
  if (!row) return null;
  if (!row.last_seen_at || now.getTime() - Date.parse(row.last_seen_at) > TOUCH_MS) {
    await db.updateTable('sessions').set({ last_seen_at: now.toISOString() }).where('id_hash', '=', idHash).execute();
  }
  return findCoordinatorById(db, row.coordinator_id);
}

export async function endSession(db: DbOrTx, secret: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', hashSecret(secret)).execute();
}

/** The handle of the session a cookie holds, to mark "this session" in the list. */
export const sessionHandle = (secret: string): string => hashSecret(secret).slice(0, HANDLE_CHARS);

/** A coordinator's live sessions, the newest first. */
export async function listSessions(db: DbOrTx, opts: { coordinatorId: string; now: Date; currentSecret?: string | undefined }): Promise<SessionSummary[]> {
  const current = opts.currentSecret ? sessionHandle(opts.currentSecret) : null;
  const rows = await db
    .selectFrom('sessions')
    .selectAll()
    .where('coordinator_id', '=', opts.coordinatorId)
    .where('expires_at', '>', opts.now.toISOString())
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((r) => {
    const handle = r.id_hash.slice(0, HANDLE_CHARS);
    return { handle, userAgent: r.user_agent, createdAt: new Date(r.created_at), lastSeenAt: r.last_seen_at ? new Date(r.last_seen_at) : null, expiresAt: new Date(r.expires_at), current: handle === current };
  });
}

/** Ends one of a coordinator's own sessions (by handle), audited; false when there is none. */
export async function revokeSession(db: DbOrTx, opts: { coordinatorId: string; handle: string; now: Date }): Promise<boolean> {
  if (!/^[0-9a-f]{24}$/.test(opts.handle)) return false;
  const res = await db
    .deleteFrom('sessions')
    .where('coordinator_id', '=', opts.coordinatorId)
    .where('id_hash', 'like', `${opts.handle}%`)
    .executeTakeFirst();
  const n = Number(res.numDeletedRows);
  if (n > 0) await recordAudit(db, { at: opts.now, actor: opts.coordinatorId, action: 'session.revoked', subjectType: 'coordinator', subjectId: opts.coordinatorId, statementId: null, detail: { sessions: n } });
  return n > 0;
}

/** Ends every session of a coordinator but the one given (or all of them), with one audit row. */
export async function revokeOtherSessions(db: DbOrTx, opts: { coordinatorId: string; keepSecret?: string | undefined; now: Date; audit?: boolean }): Promise<number> {
  let q = db.deleteFrom('sessions').where('coordinator_id', '=', opts.coordinatorId);
  if (opts.keepSecret) q = q.where('id_hash', '<>', hashSecret(opts.keepSecret));
  const n = Number((await q.executeTakeFirst()).numDeletedRows);
  if (n > 0 && opts.audit !== false) {
    await recordAudit(db, { at: opts.now, actor: opts.coordinatorId, action: 'session.revoked', subjectType: 'coordinator', subjectId: opts.coordinatorId, statementId: null, detail: { sessions: n } });
  }
  return n;
}
