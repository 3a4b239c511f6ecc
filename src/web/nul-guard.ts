import type { MiddlewareHandler } from 'hono';
import { localisedError } from '../errors.ts';
import type { AppEnv } from './env.ts';

const NUL = /\u0000|%00/i;

/**
 * No slug, id, token or search term holds U+0000, and PostgreSQL text cannot store or compare
 * it: an address with one names nothing (404), a query with one is refused (400), before any
 * route looks anything up with it.
 */
export const refuseNul: MiddlewareHandler<AppEnv> = async (c, next) => {
  const url = c.req.url;
  const q = url.indexOf('?');
  const path = q < 0 ? url : url.slice(0, q);
  if (NUL.test(path)) throw localisedError('not_found', 'error.notFound');
  if (q >= 0 && NUL.test(url.slice(q))) throw localisedError('malformed_request', 'hostile.nulCharacter');
  await next();
};
