import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase } from '../../src/db/database.ts';
import { startBalancer, startTcpRelay } from '../support/proxies.ts';
import { createTokenFor, freshPgDatabase, startServerProcess, waitUntil } from '../support/server-process.ts';
import { startSmtpPeer } from '../support/smtp-peer.ts';

const skip = process.env.TEST_PG_URL ? false : 'TEST_PG_URL not set';
const json = { 'content-type': 'application/json' };
const body = (i: number | string) => JSON.stringify({ name: `Instance Org ${i}`, country: 'KE', contact_name: 'Focal', contact_email: `focal${i}@instance${i}.example` });

test('two instances on one PostgreSQL behind a load balancer behave as one', { skip }, async () => {
  const database = await freshPgDatabase('instances');
  const dataDir = mkdtempSync(join(tmpdir(), 'undersigned-instances-'));
  const smtp = await startSmtpPeer();
  const env = { DATABASE_URL: database.url, DATA_DIR: dataDir, SMTP_URL: smtp.url, TRUST_PROXY: 'true', SIGN_ON_RATE_LIMIT: '16', JOB_POLL_MS: '100' };
  const token = await createTokenFor(env);
  const [a, b] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
  const lb = await startBalancer([a.url, b.url]);
  const handle = openDatabase({ databaseUrl: database.url, dataDir });
  try {
    const auth = { ...json, authorization: `Bearer ${token}` };
    assert.equal((await fetch(`${lb.url}/api/v1/statements`, { method: 'POST', headers: auth, body: JSON.stringify({ slug: 'two', title: 'Two instances', language: 'en', body: 'Text.' }) })).status, 201);
    assert.equal((await fetch(`${lb.url}/api/v1/statements/two/open`, { method: 'POST', headers: auth })).status, 200);

    // 16 identical sign-ons spread over both instances: one signature, one email.
    const same = await Promise.all(Array.from({ length: 16 }, () => fetch(`${lb.url}/api/v1/statements/two/signatures`, { method: 'POST', headers: { ...json, 'x-forwarded-for': '198.51.100.1' }, body: body('same') })));
    assert.ok(same.every((r) => r.status === 202), same.map((r) => r.status).join());
    // The per-network limit is shared: 16 a minute in all, whichever instance answers.
    const limited = await Promise.all(Array.from({ length: 20 }, (_, i) => fetch(`${lb.url}/api/v1/statements/two/signatures`, { method: 'POST', headers: { ...json, 'x-forwarded-for': '198.51.100.2' }, body: body(i) })));
    // Over the limit the answer is the same (no tell); the extra four are held for review, unmailed.
    assert.ok(limited.every((r) => r.status === 202), limited.map((r) => r.status).join());

    await waitUntil('17 emails', async () => (smtp.received.length >= 17 ? true : undefined));
    const signatures = await handle.db.selectFrom('signatures').select(['name', 'state']).execute();
    assert.equal(signatures.length, 21);
    assert.equal(signatures.filter((s) => s.state === 'held').length, 4);
    await new Promise((r) => setTimeout(r, 500)); // give a second sender the chance to misbehave
    assert.equal(smtp.received.length, 17, 'each email sent by one instance only');
    assert.equal(smtp.received.filter((m) => m.to.includes('focalsame@instancesame.example')).length, 1);

    // A coordinator approves through one instance; both count it at once.
    await handle.db.updateTable('signatures').set({ state: 'confirmed' }).execute();
    const ids = await handle.db.selectFrom('signatures').select('id').limit(3).execute();
    for (const { id } of ids) assert.equal((await fetch(`${a.url}/api/v1/signatures/${id}/approve`, { method: 'POST', headers: auth })).status, 200);
    for (const url of [a.url, b.url]) {
      // The other instance may show a snapshot up to a second old; never more than a few seconds.
      const started = Date.now();
      await waitUntil(`the count on ${url}`, async () => (((await (await fetch(`${url}/api/v1/statements/two/count`)).json()) as { count: number }).count === 3 ? true : undefined), 5000);
      assert.ok(Date.now() - started < 3000, 'behind by less than a few seconds');
      const page = (await (await fetch(`${url}/api/v1/statements/two`)).json()) as { count: number; signatories: unknown[] };
      assert.equal(page.signatories.length, 3, url);
    }

    // A scheduled edition is published once, by whichever instance gets there first.
    const at = new Date(Date.now() + 1500).toISOString();
    assert.equal((await fetch(`${lb.url}/api/v1/statements/two/editions`, { method: 'POST', headers: auth, body: JSON.stringify({ at }) })).status, 201);
    await waitUntil('the scheduled edition', async () => {
      const e = await handle.db.selectFrom('editions').select('state').executeTakeFirst();
      return e?.state === 'published' ? e : undefined;
    }, 30_000);
    const audits = await handle.db.selectFrom('audit_events').select('id').where('action', '=', 'edition.published').execute();
    assert.equal(audits.length, 1);
    const docs = await handle.db.selectFrom('edition_documents').select('format').execute();
    assert.deepEqual(docs.map((d) => d.format).sort(), ['docx', 'pdf']);
  } finally {
    await lb.close();
    await Promise.all([a.stop(), b.stop()]);
    await handle.close();
    await smtp.close();
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a PostgreSQL restart while the app runs: /readyz says 503, then 200 with no restart of the app; /healthz stays 200', { skip }, async () => {
  const database = await freshPgDatabase('restart');
  const target = new URL(database.url);
  const relay = await startTcpRelay({ host: target.hostname, port: Number(target.port) });
  const viaRelay = new URL(database.url);
  viaRelay.port = String(relay.port);
  const dataDir = mkdtempSync(join(tmpdir(), 'undersigned-restart-'));
  const env = { DATABASE_URL: viaRelay.toString(), DATA_DIR: dataDir, JOB_POLL_MS: '100' };
  const server = await startServerProcess(env);
  try {
    assert.equal((await fetch(`${server.url}/readyz`)).status, 200);
    await relay.cut();
    const down = await fetch(`${server.url}/readyz`);
    assert.equal(down.status, 503);
    assert.deepEqual(await down.json(), { status: 'unavailable', database: 'postgres', checks: { database: 'unreachable', migrations: 'not_checked', jobs: 'not_checked' } });
    // Liveness does not follow the database: an orchestrator must not restart the app for an outage.
    assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
    const signOn = await fetch(`${server.url}/api/v1/statements/x/signatures`, { method: 'POST', headers: json, body: body('down') }).catch((err: Error) => {
      throw new Error(`no answer while the database is away (${err.message}); the server said: ${server.stderr().slice(-2000)}`);
    });
    assert.ok(signOn.status >= 400 && signOn.status !== 500, `sign-on while the database is away: ${signOn.status}`);
    await relay.restore();
    await waitUntil('ready again', async () => ((await fetch(`${server.url}/readyz`)).status === 200 ? true : undefined));
    assert.equal(server.child.exitCode, null, 'the app did not restart');
    const c = new pg.Client({ connectionString: viaRelay.toString() });
    await c.connect();
    await c.end();
  } finally {
    await server.stop();
    await relay.close();
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
