import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DIALECTS, unavailable } from '../support/databases.ts';
import { api, coordinatorToken, createTestApp, openStatement } from '../support/app.ts';

for (const dialect of DIALECTS) {
  describe(`sign-on origins as JSON on ${dialect}`, { skip: unavailable(dialect) ?? false }, () => {
    test('coordinators read sign-ons by network and email domain; nobody else does, and no address or contact is in it', async () => {
      const t = await createTestApp(dialect, { signOnRateLimit: 3, trustProxy: true });
      try {
        const token = await coordinatorToken(t);
        await openStatement(t, token, 'origins');
        const sign = (address: string, i: number, domain: string) =>
          t.app.request('/api/v1/statements/origins/signatures', {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
            body: JSON.stringify({ name: `Réseau ${i}`, country: 'SN', contact_name: `Focal Person${i}`, contact_email: `focal${i}@${domain}` }),
          });
        // Five from one address (two over the limit of three, held), two from another.
        for (let i = 0; i < 5; i++) assert.equal((await sign('203.0.113.9', i, 'reseau-sn.example')).status, 202);
        for (let i = 5; i < 7; i++) assert.equal((await sign('198.51.100.4', i, 'gmail.com')).status, 202);

        for (const headers of [{}, { authorization: 'Bearer wrong-token' }, { cookie: 'usg_session=wrong' }] as Record<string, string>[]) {
          const r = await t.app.request('/api/v1/statements/origins/origins', { headers });
          assert.equal(r.status, 401, JSON.stringify(headers));
          assert.equal(((await r.json()) as { error: { code: string } }).error.code, 'unauthorised');
        }

        const r = await api(t, 'GET', '/api/v1/statements/origins/origins', { token });
        assert.equal(r.status, 200, r.text);
        assert.equal(r.headers.get('cache-control'), 'private, no-store');
        assert.equal(r.json.statement, 'origins');
        assert.equal(r.json.hours, 24);
        const networks = (r.json.networks as { network: string; total: number; pending: number; held: number }[]).map((n) => [n.total, n.held]).sort();
        assert.deepEqual(networks, [[2, 0], [5, 2]]);
        const domains = Object.fromEntries((r.json.domains as { domain: string; free_mail: boolean; total: number; held: number }[]).map((d) => [d.domain, [d.total, d.held, d.free_mail]]));
        assert.deepEqual(domains, { 'reseau-sn.example': [5, 2, false], 'gmail.com': [2, 0, true] });
        assert.equal(r.json.held.length, 2);
        for (const h of r.json.held) {
          assert.match(h.name, /^Réseau [34]$/);
          assert.equal(h.email_domain, 'reseau-sn.example');
          assert.match(h.reason, /^address_/);
        }
        // Keyed hashes and domains only: no client address, no email, no contact name.
        assert.doesNotMatch(r.text, /203\.0\.113|198\.51\.100|focal\d|Focal Person/);

        const period = await api(t, 'GET', '/api/v1/statements/origins/origins?hours=5', { token });
        assert.equal(period.status, 422);
        assert.equal(period.json.error.code, 'validation_failed');
        assert.match(period.json.error.fields.hours, /1, 6, 24, 72/);
        const french = await t.app.request('/api/v1/statements/origins/origins?hours=abc', { headers: { authorization: `Bearer ${token}`, 'accept-language': 'fr' } });
        assert.match(((await french.json()) as { error: { message: string } }).error.message, /Indiquez hours parmi/);
        assert.equal((await api(t, 'GET', '/api/v1/statements/origins/origins?hours=1', { token })).json.hours, 1);
        // An hour later, the last hour holds nothing; the last six hours still hold everything.
        t.setNow(new Date('2026-04-28T10:30:00Z'));
        const lastHour = await api(t, 'GET', '/api/v1/statements/origins/origins?hours=1', { token });
        assert.deepEqual([lastHour.json.networks.length, lastHour.json.domains.length, lastHour.json.held.length], [0, 0, 2]);
        assert.equal((await api(t, 'GET', '/api/v1/statements/origins/origins?hours=6', { token })).json.networks.length, 2);
        assert.equal((await api(t, 'GET', '/api/v1/statements/no-such/origins', { token })).status, 404);
      } finally {
        await t.close();
      }
    });
  });
}
