import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { authenticateToken } from '../accounts/api-tokens.ts';
import { createSession, sessionCoordinator, SESSION_DAYS } from '../accounts/sessions.ts';
import type { Coordinator } from '../accounts/coordinator.ts';
import type { Caller } from '../accounts/roles.ts';
import { statementRoleFor } from './permit.ts';
import { localisedError, statementNotFound } from '../errors.ts';
import { getStatementBySlug } from '../statements/statement.repository.ts';
import type { Statement } from '../statements/statement.ts';
import type { AppEnv } from './env.ts';

export const SESSION_COOKIE = 'usg_session';

/**
 * Who is asking: a bearer token under /api (or, without one, the session cookie, so a signed-in
 * page can call the API), the session cookie elsewhere. A cookie-borne API call that changes
 * something must not look like a form post from another site (forms cannot send JSON).
 */
export const identify: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { db, clock } = c.get('deps');
  let caller: Caller | null = null;
  const header = c.req.path.startsWith('/api/') ? c.req.header('authorization') : undefined;
  if (header) {
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    const found = m ? await authenticateToken(db, m[1]!) : null;
    if (!found) throw localisedError('unauthorised', 'error.badToken');
    caller = { coordinator: found.coordinator, token: { role: found.role, statementId: found.statementId } };
  } else {
    const secret = getCookie(c, SESSION_COOKIE);
    const coordinator = secret ? await sessionCoordinator(db, secret, clock()) : null;
    if (coordinator) {
      if (c.req.path.startsWith('/api/') && !['GET', 'HEAD', 'OPTIONS'].includes(c.req.method) && /^(application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)/.test(c.req.header('content-type') ?? '')) {
        throw localisedError('csrf_failed', 'error.csrf');
      }
      caller = { coordinator, token: null };
    }
  }
  c.set('caller', caller);
  c.set('coordinator', caller?.coordinator ?? null);
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
 * A statement as the asker may see it: a draft exists only for people with a role on it (404
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
  if (s.state === 'draft' && !(await statementRoleFor(c, s))) throw statementNotFound(slug);
  return s;
}
