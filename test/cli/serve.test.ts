import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const main = new URL('../../src/cli/main.ts', import.meta.url).pathname;

for (const dialect of ['sqlite', 'postgres'] as const) {
  test(`serve on ${dialect}: migrates, prints the first-start link, answers /healthz, stops cleanly on SIGTERM`, { skip: dialect === 'postgres' && !process.env.TEST_PG_URL ? 'TEST_PG_URL not set' : false }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'undersigned-serve-'));
    let databaseUrl = '';
    if (dialect === 'postgres') {
      const pg = (await import('pg')).default;
      const admin = new pg.Client({ connectionString: process.env.TEST_PG_URL });
      await admin.connect();
      const name = `serve_${process.pid}`;
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const u = new URL(process.env.TEST_PG_URL!);
      u.pathname = `/${name}`;
      databaseUrl = u.toString();
    }
    const child = spawn(process.execPath, ['--import', 'tsx', main, 'serve'], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const lines = createInterface({ input: child.stdout });
      const url = await new Promise<string>((resolve, reject) => {
        child.once('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
        lines.on('line', (line) => {
          const entry = JSON.parse(line) as { msg: string; url?: string };
          if (entry.msg === 'listening') resolve(entry.url!);
        });
      });
      // The banner goes to stderr, the 'listening' line to stdout: two pipes, read in either order.
      const deadline = Date.now() + 5000;
      while (!/\/setup\/[\w-]{43}/.test(stderr) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      assert.match(stderr, /\/setup\/[\w-]{43}/, 'first start tells the operator how to get in');
      const health = await fetch(`${url}/healthz`);
      assert.equal(health.status, 200);
      assert.equal(((await health.json()) as { database: string }).database, dialect);
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      assert.equal(await exited, 0);
    } finally {
      child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
}
