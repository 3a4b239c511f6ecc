import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { openSqlite } from '../../src/db/database.ts';
import { hashSecret } from '../../src/shared/ids.ts';

const run = promisify(execFile);
const bin = new URL('../../bin/undersigned.mjs', import.meta.url).pathname;

test('token create prints one token line, creates the coordinator once, and the token is stored hashed', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'undersigned-cli-'));
  const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' };
  try {
    const first = await run(process.execPath, [bin, 'token', 'create', '--email', 'Coordinator@IDPC.example'], { env });
    const second = await run(process.execPath, [bin, 'token', 'create', '--email', 'coordinator@idpc.example'], { env });
    for (const out of [first.stdout, second.stdout]) assert.match(out, /^usg_[A-Za-z0-9_-]{43}\n$/);
    assert.notEqual(first.stdout, second.stdout);
    const db = openSqlite(join(dataDir, 'undersigned.sqlite'));
    const coordinators = await db.db.selectFrom('coordinators').selectAll().execute();
    assert.deepEqual(coordinators.map((c) => [c.email, c.role]), [['coordinator@idpc.example', 'admin']]);
    const tokens = await db.db.selectFrom('api_tokens').select('token_hash').execute();
    assert.deepEqual(tokens.map((t) => t.token_hash).sort(), [hashSecret(first.stdout.trim()), hashSecret(second.stdout.trim())].sort());
    await db.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('bad usage explains itself and exits 2', async () => {
  await assert.rejects(run(process.execPath, [bin, 'token', 'create']), (err: { code: number; stderr: string }) => {
    assert.equal(err.code, 2);
    assert.match(err.stderr, /--email <coordinator email> is required/);
    return true;
  });
  await assert.rejects(run(process.execPath, [bin, 'token', 'create', '--email', 'nope']), (err: { code: number; stderr: string }) => {
    assert.match(err.stderr, /not a valid email/);
    return true;
  });
});
