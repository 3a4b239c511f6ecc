import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { KEY_FILE_NAME, parseKeys, unseal } from '../../src/contacts/contact-keys.ts';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type DatabaseHandle } from '../../src/db/database.ts';
import { createTokenFor, freshPgDatabase, startServerProcess, waitUntil } from '../support/server-process.ts';
import { startSmtpPeer } from '../support/smtp-peer.ts';

const skipPg = process.env.TEST_PG_URL ? false : 'TEST_PG_URL not set';

/** A data directory (SQLite) or a fresh database (PostgreSQL), the environment to serve it, and a direct handle to look inside. */
async function place(dialect: 'sqlite' | 'postgres') {
  const dataDir = mkdtempSync(join(tmpdir(), 'undersigned-durability-'));
  const pgDb = dialect === 'postgres' ? await freshPgDatabase('durable') : null;
  const env = { DATA_DIR: dataDir, DATABASE_URL: pgDb?.url ?? '', SIGN_ON_RATE_LIMIT: '1000000', JOB_POLL_MS: '100' };
  let handle: DatabaseHandle | null = null;
  return {
    env,
    db: () => (handle ??= openDatabase({ databaseUrl: pgDb?.url, dataDir })).db,
    /** Opens a sealed value with the key file the server made in DATA_DIR. */
    open: (sealed: string) => unseal(sealed, parseKeys(readFileSync(join(dataDir, KEY_FILE_NAME), 'utf8'), 'key file')),
    async cleanup() {
      await handle?.close();
      await pgDb?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function openStatementOn(url: string, token: string, slug: string) {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const created = await fetch(`${url}/api/v1/statements`, { method: 'POST', headers, body: JSON.stringify({ slug, title: 'Launch day', language: 'en', body: 'We call for action.' }) });
  assert.equal(created.status, 201, await created.text());
  assert.equal((await fetch(`${url}/api/v1/statements/${slug}/open`, { method: 'POST', headers })).status, 200);
}

const signOnBody = (i: number) => JSON.stringify({ name: `Durable Org ${i}`, country: 'NP', contact_name: `Focal ${i}`, contact_email: `focal${i}@durable${i}.example` });

for (const dialect of ['sqlite', 'postgres'] as const) {
  test(`kill -9 in a burst of sign-ons on ${dialect}: every 202 is there once, with its contact and its email`, { skip: dialect === 'postgres' ? skipPg : false }, async () => {
    const p = await place(dialect);
    try {
      const token = await createTokenFor(p.env);
      // Jobs the killed worker held come back after their lease; a short one keeps the test short.
      const env = { ...p.env, JOB_LEASE_SECONDS: '2' };
      let server = await startServerProcess(env);
      await openStatementOn(server.url, token, 'burst');
      const acknowledged = new Set<number>();
      let sent = 0;
      let killed = false;
      const worker = async () => {
        while (sent < 600 && !killed) {
          const i = sent++;
          try {
            const r = await fetch(`${server.url}/api/v1/statements/burst/signatures`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: signOnBody(i) });
            if (r.status === 202) acknowledged.add(i);
            else await r.text();
          } catch {
            /* the server died under us: not acknowledged */
          }
          if (acknowledged.size >= 120 && !killed) {
            killed = true;
            await server.crash();
          }
        }
      };
      await Promise.all(Array.from({ length: 16 }, worker));
      assert.ok(killed && acknowledged.size >= 120);

      server = await startServerProcess(env);
      try {
        const db = p.db();
        const names = [...acknowledged].map((i) => `Durable Org ${i}`);
        const rows = await db.selectFrom('signatures').leftJoin('contacts', 'contacts.signature_id', 'signatures.id').select(['signatures.id', 'signatures.name', 'contacts.email_hash as email']).where('signatures.name', 'like', 'Durable Org %').execute();
        for (const name of names) assert.equal(rows.filter((r) => r.name === name).length, 1, name);
        assert.ok(rows.every((r) => r.email), 'no signature without its contact');
        // The restarted worker sends every confirmation, once.
        const emails = [...acknowledged].map((i) => `focal${i}@durable${i}.example`);
        // Every stored signature's email, acknowledged or not: those the killed worker held come
        // back after their lease, in any order, so waiting for the acknowledged ones is not enough.
        await waitUntil('every confirmation email', async () => {
          const n = (await db.selectFrom('messages').select('to_address').execute()).map((m) => ({ to_address: p.open(m.to_address) })).filter((m) => m.to_address.startsWith('focal'));
          return n.length >= rows.length ? n : undefined;
        });
        const messages = (await db.selectFrom('messages').select('to_address').execute()).map((m) => ({ to_address: p.open(m.to_address) })).filter((m) => m.to_address.startsWith('focal'));
        for (const e of emails) assert.equal(messages.filter((m) => m.to_address === e).length, 1, e);
        const stored = rows.length;
        assert.equal(messages.length, stored, 'one email per stored signature, acknowledged or not');
      } finally {
        await server.stop();
      }
    } finally {
      await p.cleanup();
    }
  });

  test(`a kill while sending on ${dialect}: the message goes out once the lease expires`, { skip: dialect === 'postgres' ? skipPg : false }, async () => {
    const p = await place(dialect);
    const sockets = new Set<Socket>();
    const mute = createServer((s) => void sockets.add(s));
    const mutePort = await new Promise<number>((r) => mute.listen(0, '127.0.0.1', () => r((mute.address() as { port: number }).port)));
    const smtp = await startSmtpPeer();
    try {
      const token = await createTokenFor(p.env);
      const env = { ...p.env, JOB_LEASE_SECONDS: '2', SMTP_TIMEOUT_SECONDS: '60' };
      let server = await startServerProcess({ ...env, SMTP_URL: `smtp://127.0.0.1:${mutePort}` });
      await openStatementOn(server.url, token, 'lease');
      const r = await fetch(`${server.url}/api/v1/statements/lease/signatures`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: signOnBody(1) });
      assert.equal(r.status, 202);
      // The worker has the email in hand and waits for a greeting that never comes.
      await waitUntil('the sending job', async () => (sockets.size > 0 ? true : undefined));
      await server.crash();
      const claimedAt = Date.now();
      server = await startServerProcess({ ...env, SMTP_URL: smtp.url });
      try {
        const mail = await smtp.waitFor('focal1@durable1.example');
        assert.ok(Date.now() - claimedAt >= 1000, 'not before the lease ran out');
        assert.match(mail.text, /\/confirm\/[\w-]{43}/);
        await new Promise((r) => setTimeout(r, 500));
        assert.equal(smtp.received.length, 1);
      } finally {
        await server.stop();
      }
    } finally {
      for (const s of sockets) s.destroy();
      mute.close();
      await smtp.close();
      await p.cleanup();
    }
  });
}
