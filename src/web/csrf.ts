import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { timingSafeEqual } from 'node:crypto';
import { localisedError } from '../errors.ts';
import { newSecret } from '../shared/ids.ts';
import type { AppEnv } from './env.ts';

export const CSRF_COOKIE = 'usg_csrf';
export const CSRF_FIELD = '_csrf';

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Double-submit token for every HTML form: a random cookie, echoed in a hidden field. A page on
 * another site can make a browser post a form but can neither read nor set our cookie. The JSON
 * API is exempt: it authenticates with bearer tokens, never cookies.
 */
export const csrfProtection = (opts: { secure: boolean }): MiddlewareHandler<AppEnv> => async (c, next) => {
  let token = getCookie(c, CSRF_COOKIE);
  if (!token || !/^[A-Za-z0-9_-]{43}$/.test(token)) {
    token = newSecret();
    setCookie(c, CSRF_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'Lax', secure: opts.secure });
  }
  c.set('csrfToken', token);
  const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(c.req.method);
  if (unsafe && !c.req.path.startsWith('/api/')) {
    const type = c.req.header('content-type') ?? '';
    let sent = '';
    if (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')) {
      const body = await c.req.parseBody();
      sent = typeof body[CSRF_FIELD] === 'string' ? (body[CSRF_FIELD] as string) : '';
    }
    const cookie = getCookie(c, CSRF_COOKIE) ?? '';
    if (!sent || !cookie || !same(sent, cookie)) throw localisedError('csrf_failed', 'error.csrf');
  }
  await next();
};
