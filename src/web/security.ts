import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.ts';
import { EMBED_CSP, isEmbeddable } from './embeddable.ts';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');

/** Security headers on every response: no inline scripts, no sniffing, no referrer leaks. */
export const securityHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  const embeddable = isEmbeddable(c.req.path);
  // The widget, badge and card are shown on partners' sites: framed by any, and never denied.
  c.header('Content-Security-Policy', embeddable ? EMBED_CSP : CSP);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'no-referrer');
  if (!embeddable) c.header('X-Frame-Options', 'DENY');
  c.header('Cross-Origin-Opener-Policy', 'same-origin');
  c.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
};
