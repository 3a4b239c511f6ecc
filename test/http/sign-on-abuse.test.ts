import { unseal } from '../../src/contacts/contact-keys.ts';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { DIALECTS, unavailable } from '../support/databases.ts';
import { api, confirmationPath, coordinatorToken, createTestApp, openStatement, type TestApp } from '../support/app.ts';
import { coordinatorBrowser, FormClient } from '../support/browser-form.ts';

const body = (i: number | string, domain: string) => ({ name: `Association ${i}`, country: 'FR', type: 'ngo', contact_name: 'Point focal', contact_email: `focal${i}@${domain}` });

/** A public API sign-on from one client address (the app trusts X-Forwarded-For here). */
async function signFrom(t: TestApp, address: string, json: unknown) {
  const res = await t.app.request('/api/v1/statements/flood/signatures', { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': address }, body: JSON.stringify(json) });
  return res.status;
}

const states = async (t: TestApp, like: string) => {
  const rows = await t.deps.db.selectFrom('signatures').select('state').where('name', 'like', like).execute();
  const out: Record<string, number> = {};
  for (const r of rows) out[r.state] = (out[r.state] ?? 0) + 1;
  return out;
};

async function solved(t: TestApp, extra: Record<string, unknown> = {}) {
  const { json } = await api(t, 'GET', '/api/v1/challenge');
  assert.equal(json.required, true);
  const challenge = { parameters: json.parameters, signature: json.signature };
  const solution = await solveChallenge({ challenge, deriveKey });
  return { altcha: Buffer.from(JSON.stringify({ challenge, solution })).toString('base64'), ...extra };
}

for (const dialect of DIALECTS) {
  describe(`bots and floods on ${dialect}`, { skip: unavailable(dialect) ?? false }, () => {
    test('a scripted flood is held back while ordinary sign-ons go through, with the same answer', async () => {
      const t = await createTestApp(dialect, { signOnRateLimit: 5, signOnDomainRateLimit: 20, trustProxy: true });
      try {
        const token = await coordinatorToken(t);
        await openStatement(t, token, 'flood');
        // One client address, 60 sign-ons with different domains.
        const one: number[] = [];
        for (let i = 0; i < 60; i++) one.push(await signFrom(t, '203.0.113.7', body(`one-${i}`, `org${i}.one.example`)));
        assert.deepEqual([...new Set(one)], [202]);
        assert.deepEqual(await states(t, 'Association one-%'), { unconfirmed: 5, held: 55 });
        // 500 addresses, one email domain, sent in parallel as a botnet would.
        const many = await Promise.all(Array.from({ length: 500 }, (_, i) => signFrom(t, `198.51.${Math.floor(i / 200)}.${i % 200}`, body(`dom-${i}`, 'flood.example'))));
        assert.deepEqual([...new Set(many)], [202]);
        const dom = await states(t, 'Association dom-%');
        assert.equal(dom.unconfirmed, 2, 'the domain burst lets two through in the first minute');
        assert.equal(dom.held, 498);
        // Ordinary sign-ons from other clients and domains meanwhile.
        for (let i = 0; i < 20; i++) assert.equal(await signFrom(t, `192.0.2.${i + 1}`, body(`ok-${i}`, `ngo${i}.example`)), 202);
        assert.deepEqual(await states(t, 'Association ok-%'), { unconfirmed: 20 });
        // Held sign-ons mail nobody.
        await t.runJobs();
        const mailed = (await t.deps.db.selectFrom('messages').select('to_address').execute()).map((m) => ({ to_address: unseal(m.to_address) }));
        assert.equal(mailed.filter((m) => m.to_address.endsWith('@flood.example')).length, 2);
        assert.equal(mailed.filter((m) => m.to_address.endsWith('.one.example')).length, 5);
        // The coordinator sees the domain and rejects everything pending from it at once.
        const b = await coordinatorBrowser(t);
        const page = await b.get('/coordinator/statements/flood/origins');
        assert.equal(page.status, 200);
        assert.match(page.html, /flood\.example/);
        const admin = await b.get('/coordinator/statements/flood');
        assert.match(admin.html, /\/coordinator\/statements\/flood\/origins/);
        const rejected = await b.post('/coordinator/statements/flood/origins/reject', { by: 'domain', value: 'flood.example' });
        assert.equal(rejected.status, 303);
        assert.deepEqual(await states(t, 'Association dom-%'), { rejected: 500 });
        assert.equal((await b.post('/coordinator/statements/flood/origins/reject', { by: 'domain', value: 'flood.example' }, { withCsrf: false })).status, 403);
        // Releasing a held one from the single address sends its confirmation.
        const releasedNet = await b.post('/coordinator/statements/flood/origins/release', { by: 'network', value: (await t.deps.db.selectFrom('sign_on_origins').select('network_hash').where('email_domain', '=', 'org10.one.example').executeTakeFirstOrThrow()).network_hash! });
        assert.equal(releasedNet.status, 303);
        assert.deepEqual(await states(t, 'Association one-%'), { unconfirmed: 60 });
        await t.runJobs();
        assert.equal((await t.deps.db.selectFrom('messages').select('to_address').execute()).filter((m) => unseal(m.to_address).endsWith('.one.example')).length, 60);
        // Nothing stores a raw address: rate windows, origins, audit trail, signatures, jobs.
        const dump = JSON.stringify(await Promise.all(['rate_windows', 'sign_on_origins', 'audit_events', 'signatures', 'jobs', 'used_challenges'].map((table) => t.deps.db.selectFrom(table as 'jobs').selectAll().execute())));
        assert.doesNotMatch(dump, /203\.0\.113|198\.51\.|192\.0\.2\./);
      } finally {
        await t.close();
      }
    });

    test('the honeypot holds a sign-on quietly', async () => {
      const t = await createTestApp(dialect);
      try {
        const token = await coordinatorToken(t);
        await openStatement(t, token, 'flood');
        const b = new FormClient(t);
        await b.get('/statements/flood/sign');
        const page = await b.get('/statements/flood/sign');
        assert.match(page.html, /<div class="hp" aria-hidden="true">/);
        assert.match(page.html, /name="message"[^>]*tabindex="-1"|tabindex="-1"[^>]*name="message"/);
        const fields = { name: 'Bot Org', country: 'FR', contact_name: 'Bot', contact_email: 'bot@bots.example', authorised: 'yes' };
        const res = await b.post('/statements/flood/sign', { ...fields, message: 'buy now' });
        assert.equal(res.status, 303);
        assert.equal(res.location, '/statements/flood/signed');
        const human = await b.post('/statements/flood/sign', { ...fields, name: 'Human Org', contact_email: 'h@humans.example', message: '' });
        assert.equal(human.status, 303);
        assert.deepEqual(await states(t, 'Bot Org'), { held: 1 });
        assert.deepEqual(await states(t, 'Human Org'), { unconfirmed: 1 });
        const origin = await t.deps.db.selectFrom('sign_on_origins').select('hold_reason').where('email_domain', '=', 'bots.example').executeTakeFirstOrThrow();
        assert.equal(origin.hold_reason, 'honeypot');
      } finally {
        await t.close();
      }
    });

    test('with the check on, the API needs a solved challenge, once; the form without JavaScript passes after the wait', async () => {
      const t = await createTestApp(dialect, { challenge: { difficulty: 50, fallbackSeconds: 5 } });
      try {
        const token = await coordinatorToken(t);
        await openStatement(t, token, 'flood');
        const path = '/api/v1/statements/flood/signatures';
        const missing = await api(t, 'POST', path, { body: body('api-0', 'api.example') });
        assert.equal(missing.status, 422);
        assert.ok(missing.json.error.fields.altcha);
        const forged = await api(t, 'POST', path, { body: { ...body('api-0', 'api.example'), altcha: 'bm90IGEgc29sdXRpb24=' } });
        assert.equal(forged.status, 422);
        const solution = await solved(t);
        assert.equal((await api(t, 'POST', path, { body: { ...body('api-1', 'api.example'), ...solution } })).status, 202);
        const replay = await api(t, 'POST', path, { body: { ...body('api-2', 'api.example'), ...solution } });
        assert.equal(replay.status, 422, 'a solved challenge works once');
        const late = await solved(t);
        t.setNow(new Date(t.deps.clock().getTime() + 6 * 60_000));
        assert.equal((await api(t, 'POST', path, { body: { ...body('api-3', 'api.example'), ...late } })).status, 422, 'expired');
        assert.deepEqual(await states(t, 'Association api-%'), { unconfirmed: 1 });

        // The form: it carries the check field and script; sent without a solution, a confirm step that stores nothing.
        const b = new FormClient(t);
        const form = await b.get('/statements/flood/sign');
        assert.match(form.html, /name="altcha"/);
        assert.match(form.html, /src="\/assets\/sign-on-check.js"/);
        assert.equal((await t.app.request('/assets/sign-on-check.js')).status, 200);
        const fields = { name: 'Sans Script', country: 'FR', contact_name: 'P', contact_email: 'p@noscript.example', authorised: 'yes', altcha: '' };
        const step = await b.post('/statements/flood/sign', fields);
        assert.equal(step.status, 200);
        const wait = /name="wait_token" value="([^"]+)"/.exec(step.html)?.[1];
        assert.ok(wait);
        assert.deepEqual(await states(t, 'Sans Script'), {});
        const early = await b.post('/statements/flood/sign', { ...fields, wait_token: wait });
        assert.equal(early.status, 200);
        assert.match(early.html, /wait a few seconds/);
        t.setNow(new Date(t.deps.clock().getTime() + 6000));
        const ok = await b.post('/statements/flood/sign', { ...fields, wait_token: wait });
        assert.equal(ok.status, 303);
        assert.deepEqual(await states(t, 'Sans Script'), { unconfirmed: 1 });
        const again = await b.post('/statements/flood/sign', { ...fields, name: 'Replay', wait_token: wait });
        assert.equal(again.status, 200, 'the token works once: the confirm step again');
        assert.deepEqual(await states(t, 'Replay'), {});
        // A forged token is a new confirm step, never a sign-on.
        const forgedWait = await b.post('/statements/flood/sign', { ...fields, name: 'Forged', wait_token: `${Math.floor(Date.now() / 1000) - 60}.AAAAAAAAAAAAAAAA.${'A'.repeat(43)}` });
        assert.equal(forgedWait.status, 200);
        assert.deepEqual(await states(t, 'Forged'), {});
      } finally {
        await t.close();
      }
    });

    test('confirming after the statement closed is refused with a clear message', async () => {
      const t = await createTestApp(dialect);
      try {
        const token = await coordinatorToken(t);
        await openStatement(t, token, 'flood');
        assert.equal((await api(t, 'POST', '/api/v1/statements/flood/signatures', { body: body('late', 'late.example') })).status, 202);
        const link = await confirmationPath(t, token, 'focallate@late.example');
        assert.equal((await api(t, 'POST', '/api/v1/statements/flood/close', { token })).status, 200);
        const b = new FormClient(t);
        await b.get(link);
        const res = await b.post(link, {});
        assert.equal(res.status, 409);
        assert.match(res.html, /closed: signatures can no longer be confirmed/);
        assert.deepEqual(await states(t, 'Association late'), { unconfirmed: 1 });
      } finally {
        await t.close();
      }
    });
  });
}
