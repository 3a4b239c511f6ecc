import { test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { openDatabase } from './database.ts';
import { migrateToLatest, migrationStatus } from './migrate.ts';

const skip = process.env.TEST_PG_URL ? false : 'TEST_PG_URL not set';

test('on PostgreSQL, migrating waits while another session holds the migration lock, then finds its work done', { skip }, async () => {
  const admin = new pg.Client({ connectionString: process.env.TEST_PG_URL });
  await admin.connect();
  const name = `migrate_lock_${process.pid}`;
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(process.env.TEST_PG_URL!);
  url.pathname = `/${name}`;
  const first = openDatabase({ databaseUrl: url.toString(), dataDir: '', poolSize: 1 });
  const second = openDatabase({ databaseUrl: url.toString(), dataDir: '', poolSize: 1 });
  try {
    let waited = 0;
    const both = await Promise.all([migrateToLatest(first.db, { onWait: () => waited++ }), migrateToLatest(second.db, { onWait: () => waited++ })]);
    // One applied everything; the other either waited for it or came after it: nothing was applied twice.
    const applied = both.map((r) => r.length).sort((a, b) => a - b);
    assert.equal(applied[0], 0);
    assert.equal(applied[1], (await migrationStatus(first.db)).applied.length);
    assert.ok(waited <= 1);

    // Held by someone else (a session of another instance): the next one waits until it is released.
    const holder = new pg.Client({ connectionString: url.toString() });
    await holder.connect();
    await holder.query(`select pg_advisory_lock(${0x756e_6465_7273_6967n})`);
    let done = false;
    let told = false;
    const waiting = migrateToLatest(first.db, { onWait: () => (told = true) }).then((r) => ((done = true), r));
    // onWait comes once pg_try_advisory_lock has failed, just before the blocking wait.
    for (let i = 0; !told && i < 1000; i++) await new Promise((r) => setTimeout(r, 10));
    assert.equal(told, true, 'told the operator it waits');
    assert.equal(done, false, 'blocked while the lock is held');
    await holder.end(); // the session ends, the lock goes with it
    assert.deepEqual(await waiting, []);
  } finally {
    await first.close();
    await second.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
});
