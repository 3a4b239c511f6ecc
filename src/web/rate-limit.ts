import type { MiddlewareHandler } from 'hono';
import { localisedError } from '../errors.ts';
import type { AppEnv } from './env.ts';

/**
 * A fixed-window limit per client address, in memory. Each instance limits on its own; that is
 * enough to blunt a script hammering the sign-on form without a shared store.
 */
export function rateLimit(opts: { perMinute: number; key: (c: Parameters<MiddlewareHandler<AppEnv>>[0]) => string }): MiddlewareHandler<AppEnv> {
  const windows = new Map<string, { start: number; count: number }>();
  return async (c, next) => {
    // Coordinators adding signatories in bulk are authenticated and not limited.
    if (c.get('coordinator')) return next();
    const now = c.get('deps').clock().getTime();
    const key = opts.key(c);
    const w = windows.get(key);
    if (!w || now - w.start >= 60_000) {
      if (windows.size > 50_000) windows.clear();
      windows.set(key, { start: now, count: 1 });
    } else if (++w.count > opts.perMinute) {
      c.header('Retry-After', String(Math.ceil((w.start + 60_000 - now) / 1000)));
      throw localisedError('rate_limited', 'error.rateLimited');
    }
    await next();
  };
}
