import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { ClientOrigin } from '../abuse/client-hash.ts';
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

/** Where a public sign-on comes from, as keyed daily hashes of the address and its network; null for a coordinator. */
export async function signOnOrigin(c: Context<AppEnv>): Promise<ClientOrigin | null> {
  if (c.get('coordinator')) return null;
  const deps = c.get('deps');
  return deps.clientHasher.origin(clientAddress(c), deps.clock());
}

/** The key of a client in rate windows (sign-in, password reset): its keyed daily hash, never the address. */
export async function clientRateKey(c: Context<AppEnv>): Promise<string> {
  const deps = c.get('deps');
  return `ip:${(await deps.clientHasher.origin(clientAddress(c), deps.clock())).clientHash}`;
}
