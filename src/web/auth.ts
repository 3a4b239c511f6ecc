import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { authenticateToken } from '../accounts/api-tokens.ts';
import { createSession, sessionCoordinator, SESSION_DAYS } from '../accounts/sessions.ts';
import type { Coordinator } from '../accounts/coordinator.ts';
import { localisedError, statementNotFound } from '../errors.ts';
import { getStatementBySlug } from '../statements/statement.repository.ts';
import type { Statement } from '../statements/statement.ts';
import type { AppEnv } from './env.ts';

export const SESSION_COOKIE = 'usg_session';

/** Who is asking: a bearer token under /api, the session cookie elsewhere. */
export const identify: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { db, clock } = c.get('deps');
  let coordinator: Coordinator | null = null;
  if (c.req.path.startsWith('/api/')) {
    const header = c.req.header('authorization');
    if (header) {
      const m = /^Bearer\s+(\S+)$/i.exec(header);
      coordinator = m ? await authenticateToken(db, m[1]!) : null;
      if (!coordinator) throw localisedError('unauthorised', 'error.badToken');
    }
  } else {
    const secret = getCookie(c, SESSION_COOKIE);
    if (secret) coordinator = await sessionCoordinator(db, secret, clock());
  }
  c.set('coordinator', coordinator);
  await next();
};

/** The signed-in coordinator, or a 401 (API) / redirect to sign-in (pages). */
export function requireCoordinator(c: Context<AppEnv>): Coordinator {
  const who = c.get('coordinator');
  if (!who) throw localisedError('unauthorised', 'error.signInRequired');
  return who;
}

export const coordinatorArea: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.get('coordinator')) return c.redirect(`/sign-in?next=${encodeURIComponent(c.req.path)}`, 303);
  await next();
};

export async function startSession(c: Context<AppEnv>, coordinatorId: string, secure: boolean) {
  const { db, clock } = c.get('deps');
  const { secret } = await createSession(db, { coordinatorId, now: clock(), userAgent: c.req.header('user-agent') });
  setCookie(c, SESSION_COOKIE, secret, { path: '/', httpOnly: true, sameSite: 'Lax', secure, maxAge: SESSION_DAYS * 86400 });
}

export function clearSession(c: Context<AppEnv>) {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}

/** Only same-site relative paths are followed after sign-in. */
export const safeNext = (next: string | undefined) => (next && /^\/(?!\/)[\w\-/.%?=&]*$/.test(next) ? next : '/coordinator');

/**
 * A statement as the asker may see it: a draft exists only for signed-in coordinators (404
 * otherwise). Anonymous reads may come from a snapshot up to a second old (the crowd refreshing
 * the count and the page costs no query then); coordinators always read the database.
 * `snapshot: true` allows it where the statement only picks the text shown (the sign-on, whose
 * batch reads the statement again before it writes).
 */
export async function readableStatement(c: Context<AppEnv>, slug: string, opts: { snapshot?: boolean } = {}): Promise<Statement> {
  const deps = c.get('deps');
  const snapshot = opts.snapshot ?? (!c.get('coordinator') && (c.req.method === 'GET' || c.req.method === 'HEAD'));
  const s = snapshot && deps.publicStatements
    ? await deps.publicStatements.get(slug, Date.now(), () => getStatementBySlug(deps.db, slug))
    : await getStatementBySlug(deps.db, slug);
  if (s.state === 'draft' && !c.get('coordinator')) throw statementNotFound(slug);
  return s;
}
