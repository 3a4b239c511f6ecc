import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { hashSecret } from '../shared/ids.ts';
import type { AppEnv } from './env.ts';

/** The client's address: the socket peer, or the first X-Forwarded-For hop when behind a trusted proxy. */
export function clientAddress(c: Context<AppEnv>): string {
  if (c.get('deps').trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return socketAddress(c) ?? 'unknown';
}

/** The socket peer's address, never a header (for access control); undefined without a socket. */
export function socketAddress(c: Context<AppEnv>): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined; // app.request() in tests has no socket
  }
}

/** The per-network sign-on limit's key: the address as a hash, so no client address is stored. */
export const signOnRateKey = (c: Context<AppEnv>): string => `ip:${hashSecret(clientAddress(c)).slice(0, 32)}`;
