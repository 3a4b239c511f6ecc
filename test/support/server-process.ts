import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import pg from 'pg';

const main = new URL('../../src/cli/main.ts', import.meta.url).pathname;
const bin = new URL('../../bin/undersigned.mjs', import.meta.url).pathname;

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  stderr(): string;
  /** Every stdout line so far (the JSON log). */
  stdout(): string;
  /** SIGKILL: no shutdown, no flush. */
  crash(): Promise<void>;
  stop(): Promise<void>;
}

/** `undersigned serve` in its own process, resolved once it listens. */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', main, 'serve'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', SIGN_ON_CHALLENGE: 'off', SIGN_ON_DOMAIN_RATE_LIMIT: '1000000', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const lines = createInterface({ input: child.stdout! });
  let stdout = '';
  lines.on('line', (line) => (stdout += line + '\n'));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited ${code}: ${stderr}`)));
    lines.on('line', (line) => {
      try {
        const e = JSON.parse(line) as { msg: string; url?: string };
        if (e.msg === 'listening') resolve(e.url!.replace('localhost', '127.0.0.1'));
      } catch {
        /* not a log line */
      }
    });
  });
  return {
    url,
    child,
    stderr: () => stderr,
    stdout: () => stdout,
    async crash() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** `undersigned token create` against the same database. */
export function createTokenFor(env: Record<string, string>, email = 'coordinator@launch.example'): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(process.execPath, [bin, 'token', 'create', '--email', email], { env: { ...process.env, ...env } }, (err, stdout, stderr) =>
      err ? reject(new Error(stderr)) : resolve(stdout.trim()),
    ),
  );
}

/** A new, empty PostgreSQL database on the test server; returns its URL and a drop function. */
export async function freshPgDatabase(prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.TEST_PG_URL!;
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    async drop() {
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

/** Polls `check` until it returns a value other than undefined, or fails after `ms`. */
export async function waitUntil<T>(what: string, check: () => Promise<T | undefined>, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
