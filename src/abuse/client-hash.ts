import { createHmac } from 'node:crypto';
import { isIP } from 'node:net';
import type { InstanceSecrets } from './instance-secrets.ts';

/** A public sign-on's origin as stored: keyed hashes of the client address and its network, never the address. */
export interface ClientOrigin {
  clientHash: string;
  networkHash: string;
}

/**
 * Hashes client addresses with a key that changes every day (UTC), derived from one root secret:
 * hashes of the same address on two days cannot be linked without the root. The root comes from
 * CLIENT_HASH_SECRET, else SESSION_SECRET, else a random secret the first instance stores in the
 * database for all (weaker: whoever reads the database can then test guessed addresses).
 */
export class ClientHasher {
  private day = { name: '', key: Buffer.alloc(0) };

  constructor(private readonly secrets: InstanceSecrets) {}

  /** The origin of a request from `address` at `now`. */
  async origin(address: string, now: Date): Promise<ClientOrigin> {
    const key = await this.dayKey(now);
    return {
      clientHash: hmac(key, `address|${normaliseAddress(address)}`).slice(0, 32),
      networkHash: hmac(key, `network|${networkOf(address)}`).slice(0, 32),
    };
  }

  private async dayKey(now: Date): Promise<Buffer> {
    const name = now.toISOString().slice(0, 10);
    if (this.day.name !== name) {
      const root = await this.rootKey();
      this.day = { name, key: createHmac('sha256', root).update(`client-address-day|${name}`).digest() };
    }
    return this.day.key;
  }

  private async rootKey(): Promise<Buffer> {
    return Buffer.from(await this.secrets.get('client-address'), 'base64url');
  }
}

const hmac = (key: Buffer, text: string) => createHmac('sha256', key).update(text).digest('base64url');

/** IPv4-mapped IPv6 addresses (::ffff:192.0.2.1) are the IPv4 address; IPv6 is expanded and lower-cased. */
export function normaliseAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (isIP(address) === 6) return expandIpv6(address).join(':');
  return address;
}

/** The network an address belongs to, for grouping: IPv4 /24, IPv6 /48; anything else is its own network. */
export function networkOf(address: string): string {
  const a = normaliseAddress(address);
  const family = isIP(a);
  if (family === 4) return `${a.split('.').slice(0, 3).join('.')}.0/24`;
  if (family === 6) return `${expandIpv6(a).slice(0, 3).join(':')}::/48`;
  return a;
}

function expandIpv6(address: string): string[] {
  const groups = (part: string) => (part ? part.split(':').flatMap((g) => (g.includes('.') ? ipv4Groups(g) : [g])) : []);
  const [head = '', tail] = address.toLowerCase().split('%')[0]!.split('::');
  const h = groups(head);
  const t = tail === undefined ? [] : groups(tail);
  const all = tail === undefined ? h : [...h, ...new Array<string>(Math.max(0, 8 - h.length - t.length)).fill('0'), ...t];
  return all.map((g) => g.replace(/^0+(?=.)/, ''));
}

const ipv4Groups = (v4: string) => {
  const [a = 0, b = 0, c = 0, d = 0] = v4.split('.').map(Number);
  return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
};
