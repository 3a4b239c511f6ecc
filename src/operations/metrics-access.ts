import { createHash, timingSafeEqual } from 'node:crypto';
import { BlockList, isIP } from 'node:net';

/** Who may read /metrics: a bearer of the token, or a peer whose address is in one of the CIDRs. */
export function metricsAccess(o: { token: string | undefined; allow: readonly string[] }): (req: { authorization: string | undefined; address: string | undefined }) => boolean {
  const allowed = new BlockList();
  for (const cidr of o.allow) {
    const [address = '', prefix] = cidr.split('/');
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) allowed.addAddress(address, family);
    else allowed.addSubnet(address, Number(prefix), family);
  }
  const digest = (s: string) => createHash('sha256').update(s).digest();
  const expected = o.token ? digest(o.token) : null;
  return ({ authorization, address }) => {
    const bearer = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1];
    if (expected && bearer && timingSafeEqual(digest(bearer), expected)) return true;
    if (!address || o.allow.length === 0) return false;
    // A dual-stack socket reports IPv4 peers as ::ffff:a.b.c.d.
    const plain = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
    const family = isIP(plain);
    return family !== 0 && allowed.check(plain, family === 6 ? 'ipv6' : 'ipv4');
  };
}
