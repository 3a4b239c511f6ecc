import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { timingSafeEqual } from 'node:crypto';
import { localisedError } from '../errors.ts';
import { newSecret } from '../shared/ids.ts';
import type { AppEnv } from './env.ts';
import { isEmbeddable } from './embeddable.ts';
import { parsedForm } from './form.ts';

export const CSRF_COOKIE = 'usg_csrf';
export const CSRF_FIELD = '_csrf';

const ONE_CLICK_UNSUBSCRIBE = /^\/unsubscribe\/[A-Za-z0-9_-]{1,64}$/;

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Double-submit token for every HTML form: a random cookie, echoed in a hidden field. A page on
 * another site can make a browser post a form but can neither read nor set our cookie. The JSON
 * API is exempt: it authenticates with bearer tokens, never cookies.
 */
export const csrfProtection = (opts: { secure: boolean }): MiddlewareHandler<AppEnv> => async (c, next) => {
  const cookie = getCookie(c, CSRF_COOKIE);
  // A malformed cookie counts as none: it is replaced, and never compared.
  const valid = cookie !== undefined && /^[A-Za-z0-9_-]{43}$/.test(cookie) ? cookie : '';
  let token = valid;
  // The JSON API authenticates with bearer tokens, never cookies: no CSRF cookie is made for it.
  // Nor for the pages other sites embed, which have no form and must set no cookie.
  if (!token && !c.req.path.startsWith('/api/') && !isEmbeddable(c.req.path)) {
    token = newSecret();
    setCookie(c, CSRF_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'Lax', secure: opts.secure });
  }
  c.set('csrfToken', token);
  const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(c.req.method);
  // A mail program's one-click unsubscribe (RFC 8058) posts without our cookie; the link's own
  // secret is the authority there, and the only thing it can do is stop invitations to its address.
  if (unsafe && !c.req.path.startsWith('/api/') && !ONE_CLICK_UNSUBSCRIBE.test(c.req.path)) {
    // A browser says where a form comes from; one from another site is refused before anything is read.
    const origin = c.req.header('origin');
    if (origin && origin !== 'null' && !sameOrigin(origin, [c.get('deps').publicUrl, c.req.url])) throw localisedError('csrf_failed', 'error.csrf');
    // So does Sec-Fetch-Site, even where Origin is left out. A sibling host ("same-site") can set
    // cookies for ours, so only our own pages ("same-origin") or the reader ("none") may post.
    const site = c.req.header('sec-fetch-site');
    if (site === 'cross-site' || site === 'same-site') throw localisedError('csrf_failed', 'error.csrf');
    const type = c.req.header('content-type') ?? '';
    let sent = '';
    if (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')) {
      const body = await parsedForm(c);
      sent = typeof body[CSRF_FIELD] === 'string' ? (body[CSRF_FIELD] as string) : '';
    }
    if (!sent || !valid || !same(sent, valid)) throw localisedError('csrf_failed', 'error.csrf');
  }
  await next();
};

function sameOrigin(origin: string, allowed: string[]): boolean {
  try {
    const o = new URL(origin).origin;
    return allowed.some((a) => new URL(a).origin === o);
  } catch {
    return false;
  }
}
