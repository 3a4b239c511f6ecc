import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:net';
import { silentLogger } from '../../src/logger.ts';
import { emailHash, unseal } from '../../src/contacts/contact-keys.ts';
import { contactsWithEmail } from '../../src/contacts/contact.repository.ts';
import { createMailer } from '../../src/mail/mailer.ts';
import { DIALECTS, unavailable } from '../support/databases.ts';
import { api, coordinatorToken, createTestApp, openStatement, type TestApp } from '../support/app.ts';
import { startSmtpPeer } from '../support/smtp-peer.ts';

const signOn = (i: number | string, over: Record<string, unknown> = {}) => ({
  name: `Réseau Santé ${i}`,
  country: 'ML',
  type: 'ngo',
  contact_name: 'Point focal',
  contact_email: `focal${i}@reseau${i}.example`,
  ...over,
});

// Messages are found by the keyed hash of their recipient (the address itself is sealed).
const messagesTo = (t: TestApp, to: string) => t.deps.db.selectFrom('messages').selectAll().where('to_hash', '=', emailHash(to)).execute();

for (const dialect of DIALECTS) {
  describe(`launch day on ${dialect}`, { skip: unavailable(dialect) ?? false }, () => {
    let t: TestApp;
    let token: string;
    before(async () => {
      t = await createTestApp(dialect);
      token = await coordinatorToken(t);
      await openStatement(t, token, 'launch');
    });
    after(() => t.close());

    test('16 identical sign-ons at once store one signature and send one email', async () => {
      const body = signOn('same');
      const res = await Promise.all(Array.from({ length: 16 }, () => api(t, 'POST', '/api/v1/statements/launch/signatures', { body })));
      assert.deepEqual(new Set(res.map((r) => r.status)), new Set([202]));
      assert.equal(new Set(res.map((r) => r.text)).size, 1, 'every answer is the same');
      await t.runJobs();
      const rows = await t.deps.db.selectFrom('signatures').select('id').where('name', '=', body.name).execute();
      assert.equal(rows.length, 1);
      const contacts = await contactsWithEmail(t.deps.db, body.contact_email);
      assert.equal(contacts.length, 1);
      assert.equal((await messagesTo(t, body.contact_email)).length, 1);
    });

    test('concurrent different sign-ons each get their own signature, contact and email', async () => {
      const res = await Promise.all(Array.from({ length: 40 }, (_, i) => api(t, 'POST', '/api/v1/statements/launch/signatures', { body: signOn(`c${i}`) })));
      assert.ok(res.every((r) => r.status === 202));
      await t.runJobs();
      for (let i = 0; i < 40; i++) {
        const email = signOn(`c${i}`).contact_email;
        assert.equal((await messagesTo(t, email)).length, 1, email);
      }
      const registered = await t.deps.db.selectFrom('signatures').select('organisation_id').where('name', 'like', 'Réseau Santé c%').execute();
      assert.equal(registered.length, 40);
      assert.ok(registered.every((r) => r.organisation_id), 'the registry job linked every signatory');
    });

    test('the count is small, cacheable and answers 304 to a client that has it', async () => {
      const first = await t.app.request('/api/v1/statements/launch/count');
      assert.equal(first.status, 200);
      const body = (await first.json()) as { count: number; rounded: string; updated_at: string };
      assert.equal(body.count, 0);
      assert.equal(body.rounded, '0');
      assert.ok(!Number.isNaN(Date.parse(body.updated_at)));
      assert.equal(first.headers.get('cache-control'), 'public, max-age=5, stale-while-revalidate=30');
      const etag = first.headers.get('etag')!;
      assert.ok(etag);
      const again = await t.app.request('/api/v1/statements/launch/count', { headers: { 'if-none-match': etag } });
      assert.equal(again.status, 304);
      await api(t, 'POST', '/api/v1/statements/launch/signatures', { token, body: { name: 'Initiating Network', country: 'KZ' } });
      const moved = await t.app.request('/api/v1/statements/launch/count', { headers: { 'if-none-match': etag } });
      assert.equal(moved.status, 200);
      assert.equal(((await moved.json()) as { count: number }).count, 1);
      for (const path of ['/statements/launch', '/api/v1/statements/launch']) {
        const page = await t.app.request(path);
        const tag = page.headers.get('etag')!;
        assert.equal((await t.app.request(path, { headers: { 'if-none-match': tag } })).status, 304, path);
      }
      assert.equal((await t.app.request('/api/v1/statements/nope/count')).status, 404);
    });

    test('the per-network limit is counted in the database', async () => {
      const limited = await createTestApp(dialect, { signOnRateLimit: 3 });
      try {
        const tk = await coordinatorToken(limited);
        await openStatement(limited, tk, 'limited');
        const res = [];
        for (let i = 0; i < 5; i++) res.push((await api(limited, 'POST', '/api/v1/statements/limited/signatures', { body: signOn(`r${i}`) })).status);
        assert.deepEqual(res, [202, 202, 202, 202, 202], 'over the limit, the answer is the same');
        const windows = await limited.deps.db.selectFrom('rate_windows').selectAll().where('key', 'like', 'a1:%').execute();
        assert.equal(windows.length, 1);
        assert.equal(Number(windows[0]!.count), 5);
        assert.doesNotMatch(windows[0]!.key, /unknown|127\.0\.0\.1/, 'addresses are stored only hashed');
        const stored = await limited.deps.db.selectFrom('signatures').select('state').where('name', 'like', 'Réseau Santé r%').execute();
        assert.equal(stored.filter((r) => r.state === 'unconfirmed').length, 3);
        assert.equal(stored.filter((r) => r.state === 'held').length, 2);
      } finally {
        await limited.close();
      }
    });
  });

  describe(`mail through an unreliable SMTP server on ${dialect}`, { skip: unavailable(dialect) ?? false }, () => {
    test('confirmations accepted while SMTP is down are delivered once when it returns; 5xx stops at once', async () => {
      let smtp = await startSmtpPeer({ refuse: (a) => a.startsWith('nobody@') });
      const port = smtp.port;
      const mailer = createMailer({ smtpUrl: smtp.url, from: 'test@localhost', logger: silentLogger, timeoutMs: 2000 });
      const t = await createTestApp(dialect, { mailer, retryBaseMs: 60_000 });
      try {
        const token = await coordinatorToken(t);
        await openStatement(t, token, 'outage');
        await smtp.close();
        const emails = Array.from({ length: 8 }, (_, i) => signOn(`o${i}`).contact_email);
        for (let i = 0; i < 8; i++) assert.equal((await api(t, 'POST', '/api/v1/statements/outage/signatures', { body: signOn(`o${i}`) })).status, 202);
        await api(t, 'POST', '/api/v1/statements/outage/signatures', { body: signOn('x', { contact_email: 'nobody@reseaux.example' }) });

        // Ten minutes of outage: every attempt fails, nothing is given up.
        const start = Date.parse('2026-04-28T09:00:00Z');
        for (let minute = 0; minute <= 10; minute++) {
          t.setNow(new Date(start + minute * 60_000));
          await t.runJobs();
        }
        const during = await t.deps.db.selectFrom('messages').select(['status', 'attempts']).where('to_hash', 'in', emails.map((e) => emailHash(e))).execute();
        assert.equal(during.length, 8);
        assert.ok(during.every((m) => m.status === 'retrying' && Number(m.attempts) >= 2), JSON.stringify(during));

        smtp = await startSmtpPeer({ port, refuse: (a) => a.startsWith('nobody@') });
        t.setNow(new Date(start + 3 * 3600_000));
        await t.runJobs();
        for (const e of emails) assert.equal(smtp.received.filter((m) => m.to.includes(e)).length, 1, e);
        const sent = await t.deps.db.selectFrom('messages').select('status').where('to_hash', 'in', emails.map((e) => emailHash(e))).execute();
        assert.ok(sent.every((m) => m.status === 'sent'));
        // Later runs send nothing again.
        t.setNow(new Date(start + 6 * 3600_000));
        await t.runJobs();
        assert.equal(smtp.received.filter((m) => emails.some((e) => m.to.includes(e))).length, 8);

        const refused = await messagesTo(t, 'nobody@reseaux.example');
        assert.equal(refused[0]!.status, 'failed');
        // Sealed at rest: an SMTP refusal often quotes the address.
        assert.match(unseal(refused[0]!.last_error!), /550/);
        const job = await t.deps.db.selectFrom('jobs').select(['state']).where('id', '=', refused[0]!.job_id!).executeTakeFirstOrThrow();
        assert.equal(job.state, 'failed');

        // The coordinator sees it and can try again (here the server still refuses: failed again).
        const failed = await api(t, 'GET', '/api/v1/messages?status=failed', { token });
        assert.equal(failed.status, 200);
        assert.deepEqual(failed.json.messages.map((m: { to: string }) => m.to), ['nobody@reseaux.example']);
        assert.equal(failed.json.counts.failed, 1);
        assert.equal(failed.json.counts.sent, 8);
        assert.match(failed.json.messages[0].last_error, /550/);
        const retry = await api(t, 'POST', `/api/v1/messages/${refused[0]!.id}/retry`, { token });
        assert.equal(retry.status, 200);
        assert.equal((await messagesTo(t, 'nobody@reseaux.example'))[0]!.status, 'queued');
        await t.runJobs();
        assert.equal((await messagesTo(t, 'nobody@reseaux.example'))[0]!.status, 'failed');
        const sentOne = (await api(t, 'GET', '/api/v1/messages?status=sent', { token })).json.messages[0];
        assert.equal((await api(t, 'POST', `/api/v1/messages/${sentOne.id}/retry`, { token })).status, 409);
        assert.equal((await api(t, 'GET', '/api/v1/messages?status=bogus', { token })).status, 422);
        assert.equal((await api(t, 'GET', '/api/v1/messages')).status, 401);
      } finally {
        await t.close();
        mailer.close();
        await smtp.close();
      }
    });

    test('an SMTP server that never greets does not slow sign-ons; its mail is retried', async () => {
      const sockets = new Set<import('node:net').Socket>();
      const mute: Server = createServer((s) => void sockets.add(s));
      const port = await new Promise<number>((r) => mute.listen(0, '127.0.0.1', () => r((mute.address() as { port: number }).port)));
      const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, from: 'test@localhost', logger: silentLogger, timeoutMs: 300 });
      const t = await createTestApp(dialect, { mailer });
      try {
        const token = await coordinatorToken(t);
        await openStatement(t, token, 'mute');
        const started = performance.now();
        const res = await api(t, 'POST', '/api/v1/statements/mute/signatures', { body: signOn('m') });
        const ms = performance.now() - started;
        assert.equal(res.status, 202);
        assert.ok(ms < 500, `sign-on took ${ms.toFixed(0)} ms`);
        await t.runJobs();
        const [m] = await messagesTo(t, signOn('m').contact_email);
        assert.equal(m!.status, 'retrying');
        assert.match(unseal(m!.last_error!), /greeting|timeout|ETIMEDOUT/i);
      } finally {
        await t.close();
        mailer.close();
        for (const s of sockets) s.destroy();
        mute.close();
      }
    });
  });
}
