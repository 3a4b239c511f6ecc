// Launch-day load: people refreshing a statement with thousands of signatories, and people signing.
// Each server runs in its own process; the load comes from this one, over loopback.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import SQLite from 'better-sqlite3';
import { load, type LoadResult } from './load.ts';

const root = new URL('..', import.meta.url).pathname;

async function startProcess(args: string[], env: Record<string, string>, ready: (line: string) => number | null): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = createInterface({ input: child.stdout! });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
    lines.on('line', (l) => {
      const p = ready(l);
      if (p) resolve(p);
    });
  });
  return { child, port };
}

const stop = (child: ChildProcess) => new Promise<void>((r) => {
  child.once('exit', () => r());
  child.kill('SIGTERM');
});

export interface HttpBench {
  signatories: number;
  page: LoadResult;
  pageGzip: LoadResult;
  api: LoadResult;
  bareGet: LoadResult;
  signOn: LoadResult;
  barePost: LoadResult;
  rawInsertPerSecond: number;
  pageBytes: number;
}

export async function benchHttp(opts: { signatories?: number; requests?: number; concurrency?: number } = {}): Promise<HttpBench> {
  const n = opts.signatories ?? 5000;
  const requests = opts.requests ?? 3000;
  const concurrency = opts.concurrency ?? 32;
  const dataDir = mkdtempSync(join(tmpdir(), 'undersigned-bench-'));
  try {
    const env = { DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATABASE_URL: '', SIGN_ON_RATE_LIMIT: '1000000' };
    const { execFileSync } = await import('node:child_process');
    const token = execFileSync(process.execPath, ['bin/undersigned.mjs', 'token', 'create', '--email', 'bench@example.org'], { cwd: root, env: { ...process.env, ...env } }).toString().trim();
    const app = await startProcess(['--import', 'tsx', 'src/cli/main.ts', 'serve'], { ...env, LOG_LEVEL: 'info' }, (l) => {
      try {
        const e = JSON.parse(l) as { msg: string; url?: string };
        return e.msg === 'listening' ? Number(new URL(e.url!).port) : null;
      } catch {
        return null;
      }
    });
    const base = `http://127.0.0.1:${app.port}`;
    const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const post = (path: string, body?: unknown) => fetch(base + path, { method: 'POST', headers: auth, body: body === undefined ? undefined : JSON.stringify(body) });
    await post('/api/v1/statements', { slug: 'bench', title: 'Bench statement', language: 'en', headline: '{count} organisations call for action', body: 'We call for action.[^1]\n\n- one\n- two\n\n[^1]: A note.' });
    await post('/api/v1/statements/bench/open');
    // Seed the list directly: the page's cost is what we measure, not the seeding.
    const db = new SQLite(join(dataDir, 'undersigned.sqlite'));
    const statementId = (db.prepare('select id from statements where slug = ?').get('bench') as { id: string }).id;
    const insert = db.prepare(
      `insert into signatures (id, statement_id, kind, name, country, state, initiator, confidential, source, text_version, created_at, updated_at, decided_at)
       values (?, ?, 'organisation', ?, ?, 'approved', 0, 0, 'import', 1, ?, ?, ?)`,
    );
    const countries = ['ML', 'KZ', 'NP', 'BR', 'FR', 'RU', 'KE', 'PT'];
    db.transaction(() => {
      for (let i = 0; i < n; i++) {
        const at = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
        insert.run(crypto.randomUUID(), statementId, `Organisation ${(i * 7919) % n} pour la santé ${i}`, countries[i % countries.length], at, at, at);
      }
      db.prepare('update statements set approved_count = approved_count + ?, list_version = list_version + 1 where id = ?').run(n, statementId);
    })();
    db.close();
    const pageBytes = (await (await fetch(`${base}/statements/bench`)).arrayBuffer()).byteLength;

    const page = await load({ url: `${base}/statements/bench`, requests, concurrency });
    const pageGzip = await load({ url: `${base}/statements/bench`, requests, concurrency, headers: { 'accept-encoding': 'gzip' } });
    const api = await load({ url: `${base}/api/v1/statements/bench`, requests, concurrency });
    const signOn = await load({
      url: `${base}/api/v1/statements/bench/signatures`,
      method: 'POST',
      requests: Math.min(requests, 2000),
      concurrency: 8,
      expectStatus: 202,
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '127.0.0.1' },
      body: (i) => JSON.stringify({ name: `Signing Org ${i}`, country: 'ML', contact_name: 'Focal point', contact_email: `focal${i}@org${i}.example` }),
    });
    await stop(app.child);

    const bare = await startProcess(['bench/bare-server.mjs'], { BODY_BYTES: String(pageBytes) }, (l) => (JSON.parse(l) as { port: number }).port);
    const bareGet = await load({ url: `http://127.0.0.1:${bare.port}/`, requests, concurrency });
    const barePost = await load({ url: `http://127.0.0.1:${bare.port}/`, method: 'POST', requests: Math.min(requests, 2000), concurrency: 8, expectStatus: 202, body: (i) => JSON.stringify({ name: `Org ${i}` }) });
    await stop(bare.child);

    // Raw database insert of what a sign-on stores (signature + contact + message), one transaction each.
    const raw = new SQLite(join(dataDir, 'raw.sqlite'));
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.exec('create table s (id text primary key, statement_id text, name text, country text, state text, created_at text); create table c (sid text primary key, name text, email text); create table m (id text primary key, to_address text, text text)');
    const is = raw.prepare('insert into s values (?, ?, ?, ?, ?, ?)');
    const ic = raw.prepare('insert into c values (?, ?, ?)');
    const im = raw.prepare('insert into m values (?, ?, ?)');
    const rows = 5000;
    const t0 = performance.now();
    for (let i = 0; i < rows; i++) {
      raw.transaction(() => {
        const id = crypto.randomUUID();
        is.run(id, statementId, `Org ${i}`, 'ML', 'unconfirmed', new Date().toISOString());
        ic.run(id, 'Focal', `f${i}@x.example`);
        im.run(crypto.randomUUID(), `f${i}@x.example`, 'Please confirm');
      })();
    }
    const rawInsertPerSecond = rows / ((performance.now() - t0) / 1000);
    raw.close();
    return { signatories: n, page, pageGzip, api, bareGet, signOn, barePost, rawInsertPerSecond, pageBytes };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export function printHttp(r: HttpBench) {
  const row = (name: string, x: LoadResult, base?: LoadResult) => ({
    scenario: name,
    'req/s': Math.round(x.perSecond),
    'p50 ms': x.p50Ms.toFixed(1),
    'p95 ms': x.p95Ms.toFixed(1),
    'p99 ms': x.p99Ms.toFixed(1),
    errors: x.errors,
    'vs baseline': base ? `${((x.perSecond / base.perSecond) * 100).toFixed(0)}%` : 'baseline',
  });
  console.log(`\nHTTP on SQLite, statement with ${r.signatories} signatories (page ${Math.round(r.pageBytes / 1024)} KB)`);
  console.table([
    row('bare Node HTTP, same bytes (GET)', r.bareGet),
    row('public statement page', r.page, r.bareGet),
    row('public statement page, gzip', r.pageGzip, r.bareGet),
    row('public JSON /api/v1/statements/:slug', r.api, r.bareGet),
    row('bare Node HTTP (POST)', r.barePost),
    row('public sign-on (validate, store, queue mail)', r.signOn, r.barePost),
  ]);
  console.log(`raw SQLite insert of signature + contact + message, one transaction each: ${Math.round(r.rawInsertPerSecond)}/s; sign-on through the app: ${Math.round(r.signOn.perSecond)}/s (${((r.signOn.perSecond / r.rawInsertPerSecond) * 100).toFixed(0)}% of raw)`);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) printHttp(await benchHttp());
