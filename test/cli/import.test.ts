import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { openSqlite } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { ensureCoordinator } from '../../src/accounts/coordinator.ts';
import { createStatement } from '../../src/statements/create-statement.ts';

const run = promisify(execFile);
const bin = new URL('../../bin/undersigned.mjs', import.meta.url).pathname;
const list = new URL('../fixtures/ihrc-2019-list.txt', import.meta.url).pathname;

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'undersigned-import-'));
}

test('import --dry-run prints exactly {entries, duplicates} for the IHRC list and writes nothing', async () => {
  const dataDir = tempDir();
  try {
    const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' };
    const { stdout } = await run(process.execPath, [bin, 'import', 'ihrc-2019', list, '--format', 'text', '--dry-run'], { env, maxBuffer: 10 * 1024 * 1024 });
    const out = JSON.parse(stdout) as { entries: { name: string; country: string | null }[]; duplicates: { a: number; b: number; score: number; level: string; reason: string }[] };
    assert.deepEqual(Object.keys(out), ['entries', 'duplicates']);
    assert.equal(out.entries.length, 336);
    assert.ok(out.entries.every((e) => Object.keys(e).join() === 'name,country' && typeof e.name === 'string' && e.country === null));
    assert.equal(out.entries[0]!.name, 'International Drug Policy Consortium');
    // Levels (issue 13): 72/73 is the one likely pair; possible pairs (LEAP / LEAP UK…) come with it.
    const likely = out.duplicates.filter((d) => d.level === 'likely');
    assert.deepEqual(likely.map((d) => [d.a, d.b]), [[71, 72]]);
    assert.ok(out.duplicates.every((d) => Object.keys(d).join() === 'a,b,score,level,reason' && ['likely', 'possible'].includes(d.level)));
    assert.ok(likely[0]!.score >= 0.8 && likely[0]!.reason.length > 0);
    assert.equal(out.entries[71]!.name, out.entries[72]!.name);
    assert.deepEqual(readdirSync(dataDir), [], 'not even an empty database is created');
    // The format is guessed from the extension when not given.
    const guessed = await run(process.execPath, [bin, 'import', 'ihrc-2019', list, '--dry-run'], { env, maxBuffer: 10 * 1024 * 1024 });
    assert.equal(guessed.stdout, stdout);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('import without --dry-run prints a summary and creates the signatories; a dry run names a missing statement', async () => {
  const dataDir = tempDir();
  try {
    const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' };
    const setup = openSqlite(join(dataDir, 'undersigned.sqlite'));
    await migrateToLatest(setup.db);
    const coordinator = await ensureCoordinator(setup.db, { email: 'cli@idpc.example', now: new Date() });
    await createStatement(setup.db, {
      input: { slug: 'ihrc-2019', title: 'Joint statement', language: 'en', body: 'We call on governments to act.' },
      coordinatorId: coordinator.id,
      now: new Date(),
    });
    await setup.close();

    const { stdout, stderr } = await run(process.execPath, [bin, 'import', 'ihrc-2019', list, '--format', 'text'], { env });
    assert.match(stdout, /^336 signatories to import into "ihrc-2019"/);
    assert.match(stdout, /duplicate: #72 "Centre for Research and Information on Substance Abuse" \/ #73/);
    assert.match(stdout, /Imported 336 signatories into "ihrc-2019"\. 1 likely duplicates to review/);
    assert.doesNotMatch(stderr, /Importing \d+/, 'no progress line when stderr is not a terminal');

    const db = openSqlite(join(dataDir, 'undersigned.sqlite'));
    const rows = await db.db.selectFrom('signatures').select(['source', 'state']).execute();
    assert.equal(rows.length, 336);
    assert.ok(rows.every((r) => r.source === 'import' && r.state === 'approved'));
    const statement = await db.db.selectFrom('statements').select('approved_count').executeTakeFirstOrThrow();
    assert.equal(Number(statement.approved_count), 336);
    // Levels (issue 13): one likely flag; the possible ones are counted apart.
    assert.equal((await db.db.selectFrom('duplicate_flags').select('id').where('level', '=', 'likely').execute()).length, 1);
    assert.equal((await db.db.selectFrom('pending_imports').select('id').execute()).length, 0);
    const audit = await db.db.selectFrom('audit_events').select(['actor']).where('action', '=', 'import.confirmed').execute();
    assert.deepEqual(audit, [{ actor: 'cli' }]);
    await db.close();

    const dry = await run(process.execPath, [bin, 'import', 'no-such-statement', list, '--dry-run'], { env, maxBuffer: 10 * 1024 * 1024 });
    assert.equal(JSON.parse(dry.stdout).entries.length, 336);
    assert.match(dry.stderr, /no statement "no-such-statement"/);
    await assert.rejects(run(process.execPath, [bin, 'import', 'no-such-statement', list], { env }), (err: { code: number; stderr: string }) => {
      assert.equal(err.code, 1);
      assert.match(err.stderr, /Statement "no-such-statement" was not found/);
      return true;
    });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('bad files and bad usage explain themselves and import nothing', async () => {
  const dataDir = tempDir();
  try {
    const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' };
    const huge = join(dataDir, 'huge.csv');
    writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 0x41));
    const binary = join(dataDir, 'logo.csv');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    const latin1 = join(dataDir, 'latin1.csv');
    writeFileSync(latin1, Buffer.from('Organisation\nSociété Générale\n', 'latin1'));
    const empty = join(dataDir, 'empty.txt');
    writeFileSync(empty, '');
    const cases: [string[], number, RegExp][] = [
      [['import', 'x', huge, '--dry-run'], 1, /larger than 5 MB/],
      [['import', 'x', binary, '--dry-run'], 1, /binary file/],
      [['import', 'x', latin1, '--dry-run'], 1, /not in UTF-8/],
      [['import', 'x', empty, '--dry-run'], 1, /empty/],
      [['import', 'x', join(dataDir, 'missing.csv'), '--dry-run'], 1, /no such file/],
      [['import', 'x', list, '--format', 'pdf', '--dry-run'], 2, /--format must be csv, xlsx or text/],
      [['import', 'x'], 2, /A statement slug and a file are required/],
      [['import', 'x', list, '--bogus'], 2, /Unknown option '--bogus'/],
    ];
    for (const [args, code, message] of cases) {
      await assert.rejects(run(process.execPath, [bin, ...args], { env }), (err: { code: number; stderr: string; stdout: string }) => {
        assert.equal(err.code, code, args.join(' '));
        assert.match(err.stderr, message, args.join(' '));
        assert.equal(err.stdout, '', 'nothing on stdout for a failed import');
        return true;
      });
    }
    assert.deepEqual(readdirSync(dataDir).sort(), ['empty.txt', 'huge.csv', 'latin1.csv', 'logo.csv']);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
