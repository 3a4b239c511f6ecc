import { copyFileSync } from 'node:fs';
import { KEY_FILE_NAME } from '../../src/contacts/contact-keys.ts';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Kysely } from 'kysely';
import { openDatabase, openSqlite } from '../../src/db/database.ts';
import { createTokenFor, freshPgDatabase, startServerProcess } from '../support/server-process.ts';

const bin = new URL('../../bin/undersigned.mjs', import.meta.url).pathname;
const skipPg = process.env.TEST_PG_URL ? false : 'TEST_PG_URL not set';
const json = { 'content-type': 'application/json' };

/** Runs the CLI; resolves with its exit code and output, whatever the code. */
function cli(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) =>
    execFile(process.execPath, [bin, ...args], { env: { ...process.env, DATABASE_URL: '', ...env } }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    ),
  );
}

const tempDir = (name: string) => mkdtempSync(join(tmpdir(), `undersigned-${name}-`));
const signOnBody = (i: number) => JSON.stringify({ name: `Backup Org ${i}`, country: 'NP', contact_name: `Focal ${i}`, contact_email: `focal${i}@backup${i}.example` });

test('a backup taken during a burst of sign-ons restores into an empty DATA_DIR with every sign-on acknowledged before it began', async () => {
  const live = tempDir('live');
  const restored = tempDir('restored');
  const backups = tempDir('backups');
  const env = { DATA_DIR: live, SIGN_ON_RATE_LIMIT: '1000000', JOB_POLL_MS: '100' };
  const token = await createTokenFor(env);
  const server = await startServerProcess(env);
  let stopped = false;
  try {
    const auth = { ...json, authorization: `Bearer ${token}` };
    assert.equal((await fetch(`${server.url}/api/v1/statements`, { method: 'POST', headers: auth, body: JSON.stringify({ slug: 'burst', title: 'Backup burst', language: 'en', body: 'Text.' }) })).status, 201);
    assert.equal((await fetch(`${server.url}/api/v1/statements/burst/open`, { method: 'POST', headers: auth })).status, 200);

    const acknowledged = new Set<number>();
    let sent = 0;
    let backupDone = false;
    let afterBackup = 0;
    const client = async () => {
      // Bounded: at most 1,500 sign-ons, and a few dozen more once the backup is written.
      while (sent < 1500 && afterBackup < 100) {
        const i = sent++;
        const r = await fetch(`${server.url}/api/v1/statements/burst/signatures`, { method: 'POST', headers: json, body: signOnBody(i) });
        await r.text();
        if (r.status === 202) acknowledged.add(i);
        if (backupDone) afterBackup++;
      }
    };
    const clients = Array.from({ length: 12 }, client);
    while (acknowledged.size < 150) await new Promise((r) => setTimeout(r, 20));
    const before = new Set(acknowledged);
    const file = join(backups, 'during-burst.sqlite');
    const backup = await cli(['backup', file], env);
    backupDone = true;
    assert.equal(backup.code, 0, backup.stderr);
    assert.match(backup.stderr, /^Backed up 1 statements, \d+ signatures, [\d.]+ MB to /);
    await Promise.all(clients);
    assert.ok(afterBackup > 0, 'sign-ons went on while and after the backup was taken');

    // The running instance's data is never replaced.
    const overRunning = await cli(['restore', file], env);
    assert.equal(overRunning.code, 1);
    assert.match(overRunning.stderr, /An instance is running on .*\(pid \d+ on .+\)\. Stop it first/);

    // The contact key travels beside the backup, never inside it (docs/decisions/contact-encryption.md).
    copyFileSync(join(live, KEY_FILE_NAME), join(restored, KEY_FILE_NAME));
    const restore = await cli(['restore', file], { DATA_DIR: restored });
    assert.equal(restore.code, 0, restore.stderr);
    const db = openSqlite(join(restored, 'undersigned.sqlite'));
    try {
      const rows = await db.db
        .selectFrom('signatures')
        .leftJoin('contacts', 'contacts.signature_id', 'signatures.id')
        .select(['signatures.id', 'signatures.name', 'contacts.email'])
        .execute();
      const names = new Set(rows.map((r) => r.name));
      for (const i of before) assert.ok(names.has(`Backup Org ${i}`), `acknowledged before the backup: Backup Org ${i}`);
      assert.ok(rows.length >= before.size && rows.length <= acknowledged.size, `${before.size} ≤ ${rows.length} ≤ ${acknowledged.size}`);
      // Consistent: whole batches only, each signature with its contact and its two jobs.
      assert.ok(rows.every((r) => r.email), 'no signature without its contact');
      const jobs = await db.db.selectFrom('jobs').select('payload').execute();
      const withJobs = new Set(jobs.map((j) => (JSON.parse(j.payload) as { signatureId?: string }).signatureId));
      assert.ok(rows.every((r) => withJobs.has(r.id)), 'no signature without its jobs');
    } finally {
      await db.close();
    }

    await server.stop();
    stopped = true;
    const overData = await cli(['restore', file], env);
    assert.equal(overData.code, 1);
    assert.match(overData.stderr, /is not empty \(1 statements, \d+ signatures, 1 coordinators, \d+ organisations\)\. Restore into an empty DATA_DIR/);

    // The restored data serves.
    const again = await startServerProcess({ DATA_DIR: restored });
    try {
      assert.equal((await fetch(`${again.url}/readyz`)).status, 200);
      assert.equal((await cli(['healthcheck', '--url', `${again.url}/readyz`], {})).code, 0);
    } finally {
      await again.stop();
    }
    const down = await cli(['healthcheck', '--url', `${again.url}/readyz`], {});
    assert.equal(down.code, 1);
    assert.match(down.stdout, /^unreachable: /);
  } finally {
    if (!stopped) await server.stop();
    for (const d of [live, restored, backups]) rmSync(d, { recursive: true, force: true });
  }
});

test('migrate --dry-run lists what would run and writes nothing; a database from a newer version is refused', async () => {
  const dataDir = tempDir('dry-run');
  const env = { DATA_DIR: dataDir };
  try {
    const fresh = await cli(['migrate', '--dry-run'], env);
    assert.equal(fresh.code, 0, fresh.stderr);
    assert.match(fresh.stdout, /^No database yet at .*; would create it and apply:\n {2}20261127_0001_initial\n/);
    assert.equal((await cli(['backup', join(dataDir, 'x.sqlite')], env)).code, 1, 'still nothing to back up');
    assert.equal((await cli(['migrate'], env)).code, 0);
    assert.match((await cli(['migrate', '--dry-run'], env)).stdout, /^Database is up to date; nothing to apply\.\n$/);

    const db = openSqlite(join(dataDir, 'undersigned.sqlite'));
    await (db.db as unknown as Kysely<any>).insertInto('kysely_migration').values({ name: '29991231_0001_from_the_future', timestamp: new Date().toISOString() }).execute();
    await db.close();
    const downgrade = /upgraded by a newer version of Undersigned: it has migrations this version does not know \(29991231_0001_from_the_future\)\. Downgrades are not supported/;
    for (const args of [['migrate', '--dry-run'], ['migrate'], ['serve']]) {
      const r = await cli(args, { ...env, PORT: '0', HOST: '127.0.0.1' });
      assert.equal(r.code, 1, args.join(' '));
      assert.match(r.stderr, downgrade, args.join(' '));
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('two instances starting at once on one fresh PostgreSQL: one migrates, both serve', { skip: skipPg }, async () => {
  const database = await freshPgDatabase('migrate_lock');
  const dataDirs = [tempDir('lock-a'), tempDir('lock-b')];
  const servers = await Promise.all(dataDirs.map((DATA_DIR) => startServerProcess({ DATABASE_URL: database.url, DATA_DIR })));
  const handle = openDatabase({ databaseUrl: database.url, dataDir: '' });
  try {
    for (const s of servers) assert.equal((await fetch(`${s.url}/readyz`)).status, 200);
    const applied = (await (handle.db as unknown as Kysely<any>).selectFrom('kysely_migration').select('name').execute()) as { name: string }[];
    assert.equal(new Set(applied.map((r) => r.name)).size, applied.length, 'each migration recorded once');
    assert.ok(applied.length >= 5);
    const logs = servers.map((s) => s.stdout());
    const migrated = logs.filter((l) => /"msg":"migrations applied"/.test(l));
    assert.equal(migrated.length, 1, `exactly one instance applied migrations:\n${logs.join('\n---\n')}`);
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await handle.close();
    await database.drop();
    for (const d of dataDirs) rmSync(d, { recursive: true, force: true });
  }
});
