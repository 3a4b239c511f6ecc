import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Kysely } from 'kysely';
import { DIALECTS, unavailable } from '../support/databases.ts';
import { api, coordinatorToken, createTestApp, openStatement, type TestApp } from '../support/app.ts';

/** What @hono/node-server passes a request: the socket its peer came from. */
const from = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress, remotePort: 40000, remoteFamily: remoteAddress.includes(':') ? 'IPv6' : 'IPv4' } } });
const signOn = (i: number) => ({ name: `Metrics Org ${i}`, country: 'KE', contact_name: 'Focal', contact_email: `focal${i}@metrics${i}.example` });

for (const dialect of DIALECTS) {
  describe(`health, readiness and metrics on ${dialect}`, { skip: unavailable(dialect) ?? false }, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect, { runsJobs: true });
    });
    after(() => t.close());

    test('/healthz answers from the process; /readyz checks database, schema and queue', async () => {
      const health = await t.app.request('/healthz');
      assert.equal(health.status, 200);
      assert.deepEqual(await health.json(), { status: 'ok', database: dialect });
      const ready = await t.app.request('/readyz');
      assert.equal(ready.status, 200);
      assert.deepEqual(await ready.json(), { status: 'ready', database: dialect, checks: { database: 'ok', migrations: 'ok', jobs: 'ok' } });
    });

    test('/readyz says 503 while a migration is pending or the database is newer than the code', async () => {
      const db = t.deps.db as unknown as Kysely<any>; // kysely_migration is Kysely's table, not in our schema
      const last = (await db.selectFrom('kysely_migration').select('name').orderBy('name', 'desc').executeTakeFirstOrThrow()) as { name: string };
      try {
        await db.deleteFrom('kysely_migration').where('name', '=', last.name).execute();
        const pending = await t.app.request('/readyz');
        assert.equal(pending.status, 503);
        assert.equal(((await pending.json()) as { checks: { migrations: string } }).checks.migrations, 'pending');
      } finally {
        await db.insertInto('kysely_migration').values({ name: last.name, timestamp: new Date().toISOString() }).execute();
      }
      try {
        await db.insertInto('kysely_migration').values({ name: '29991231_0001_from_the_future', timestamp: new Date().toISOString() }).execute();
        const newer = await t.app.request('/readyz');
        assert.equal(newer.status, 503);
        assert.equal(((await newer.json()) as { checks: { migrations: string } }).checks.migrations, 'newer');
      } finally {
        await db.deleteFrom('kysely_migration').where('name', '=', '29991231_0001_from_the_future').execute();
      }
      assert.equal((await t.app.request('/readyz')).status, 200);
    });

    test('/readyz says the queue is stuck when a job is long overdue and none finished meanwhile, and not once work moves', async () => {
      const now = t.deps.clock();
      const long = new Date(now.getTime() - 60 * 60_000).toISOString();
      const row = { payload: '{}', key: null, priority: 10, attempts: 0, locked_until: null, locked_by: null, last_error: null, created_at: long, updated_at: long };
      await t.deps.db.insertInto('jobs').values({ ...row, id: 'stuck-1', name: 'test.nothing', state: 'queued', run_at: long, finished_at: null }).execute();
      try {
        const stuck = await t.app.request('/readyz');
        assert.equal(stuck.status, 503);
        assert.deepEqual(((await stuck.json()) as { checks: unknown }).checks, { database: 'ok', migrations: 'ok', jobs: 'stuck' });
        // Another job finished a minute ago: the queue moves, slowly; not stuck.
        const recent = new Date(now.getTime() - 60_000).toISOString();
        await t.deps.db.insertInto('jobs').values({ ...row, id: 'done-1', name: 'test.nothing', state: 'done', run_at: recent, finished_at: recent }).execute();
        assert.equal((await t.app.request('/readyz')).status, 200);
      } finally {
        await t.deps.db.deleteFrom('jobs').where('id', 'in', ['stuck-1', 'done-1']).execute();
      }
    });

    test('/metrics is off by default: 404, even with a token and from loopback', async () => {
      const res = await t.app.request('/metrics', { headers: { authorization: 'Bearer whatever-token-1234' } }, from('127.0.0.1'));
      assert.equal(res.status, 404);
    });

    test('a request id comes back in X-Request-Id: a short safe incoming one is kept, anything else replaced', async () => {
      const mine = await t.app.request('/healthz', { headers: { 'x-request-id': 'lb-4f2a.9:1' } });
      assert.equal(mine.headers.get('x-request-id'), 'lb-4f2a.9:1');
      const unsafe = await t.app.request('/healthz', { headers: { 'x-request-id': 'evil\tvalue with spaces' } });
      assert.match(unsafe.headers.get('x-request-id') ?? '', /^[\w-]{8,}$/);
      const long = await t.app.request('/statements/none', { headers: { 'x-request-id': 'x'.repeat(65) } });
      assert.equal(long.status, 404);
      assert.notEqual(long.headers.get('x-request-id'), 'x'.repeat(65));
      assert.match(long.headers.get('x-request-id') ?? '', /^[\w-]{8,}$/);
    });
  });

  describe(`metrics switched on, on ${dialect}`, { skip: unavailable(dialect) ?? false }, () => {
    let t: TestApp;
    let token: string;
    before(async () => {
      t = await createTestApp(dialect, { metrics: { token: 'scrape-token-0123456789', allow: ['10.0.0.0/8'] } });
      token = await coordinatorToken(t);
      await openStatement(t, token);
    });
    after(() => t.close());

    test('refused (403) from an address outside METRICS_ALLOW without the token; served to the token or an allowed address', async () => {
      for (const [headers, address] of [[{}, '203.0.113.9'], [{ authorization: 'Bearer wrong-token-0000000000' }, '127.0.0.1'], [{}, '::1']] as const) {
        const res = await t.app.request('/metrics', { headers }, from(address));
        assert.equal(res.status, 403, address);
        assert.doesNotMatch(await res.text(), /undersigned_/);
      }
      assert.equal((await t.app.request('/metrics')).status, 403, 'no socket, no token: refused');
      assert.equal((await t.app.request('/metrics', {}, from('10.20.30.40'))).status, 200);
      assert.equal((await t.app.request('/metrics', {}, from('::ffff:10.20.30.40'))).status, 200);
      const res = await t.app.request('/metrics', { headers: { authorization: `Bearer scrape-token-0123456789` } }, from('203.0.113.9'));
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
    });

    test('requests by route pattern and status, latency, sign-ons accepted, jobs and mail by state, database up', async () => {
      for (let i = 0; i < 3; i++) assert.equal((await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { body: signOn(i) })).status, 202);
      assert.equal((await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { body: { name: '' } })).status, 422);
      await t.app.request('/statements/porto-2019');
      await t.app.request('/no/such/page');
      const text = await (await t.app.request('/metrics', { headers: { authorization: 'Bearer scrape-token-0123456789' } })).text();
      assert.match(text, /undersigned_http_requests_total\{method="POST",route="\/api\/v1\/statements\/:slug\/signatures",status="202"\} 3/);
      assert.match(text, /undersigned_http_requests_total\{method="POST",route="\/api\/v1\/statements\/:slug\/signatures",status="422"\} 1/);
      assert.match(text, /undersigned_http_requests_total\{method="GET",route="\/statements\/:slug",status="200"\} 1/);
      assert.match(text, /undersigned_http_requests_total\{method="GET",route="unmatched",status="404"\} 1/);
      assert.doesNotMatch(text, /porto-2019|no\/such/, 'raw paths never become labels');
      assert.match(text, /undersigned_http_request_duration_seconds_bucket\{le="0\.005",method="POST",route="\/api\/v1\/statements\/:slug\/signatures"\} \d+/);
      assert.match(text, /undersigned_sign_ons_accepted_total 3/);
      assert.match(text, /undersigned_jobs\{state="queued"\} 6/, 'a confirmation and a registry look-up per sign-on');
      assert.match(text, /undersigned_jobs\{state="failed"\} 0/);
      assert.match(text, /undersigned_mail_messages\{status="sent"\} 0/);
      assert.match(text, /undersigned_database_up 1/);
      assert.match(text, /process_cpu_seconds_total/);
      if (dialect === 'postgres') assert.match(text, /undersigned_database_pool_connections\{state="max"\} 5/);
      await t.runJobs();
      const later = await (await t.app.request('/metrics', { headers: { authorization: 'Bearer scrape-token-0123456789' } })).text();
      assert.match(later, /undersigned_jobs\{state="queued"\} 0/);
      assert.match(later, /undersigned_mail_messages\{status="outbox"\} 3/);
    });
  });
}
