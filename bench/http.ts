// Launch day under load, with autocannon at 50 connections: the public sign-on on SQLite and
// PostgreSQL beside bare Hono answering a JSON POST, and the reads a crowd refreshes (page, its
// gzip, the JSON, the count) beside bare Hono sending the very same bytes. Every server runs in
// its own process; the load comes from this one, over loopback.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import SQLite from 'better-sqlite3';
import pg from 'pg';

const root = new URL('..', import.meta.url).pathname;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 50;
const SIGNATORIES = Number(process.env.BENCH_SIGNATORIES ?? 10_000);

interface Proc {
  child: ChildProcess;
  port: number;
  /** The server's last log line ('stopped' carries the mean sign-on batch). */
  last: { value: Record<string, unknown> | null };
}

async function start(args: string[], env: Record<string, string>, ready: (line: string) => number | null): Promise<Proc> {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const last: Proc['last'] = { value: null };
  lines.on('line', (l) => {
    try {
      last.value = JSON.parse(l) as Record<string, unknown>;
    } catch {
      /* not JSON */
    }
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`exited ${code}`)));
    lines.on('line', (l) => {
      const p = ready(l);
      if (p) resolve(p);
    });
  });
  return { child, port, last };
}

const stop = (p: Proc) =>
  new Promise<void>((r) => {
    p.child.once('exit', () => r());
    p.child.kill('SIGTERM');
  });

const listening = (l: string) => {
  try {
    const e = JSON.parse(l) as { msg?: string; url?: string; port?: number };
    if (e.port) return e.port;
    return e.msg === 'listening' ? Number(new URL(e.url!).port) : null;
  } catch {
    return null;
  }
};

export interface Figure {
  scenario: string;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  bytes: number;
}

async function hit(scenario: string, opts: { url: string; method?: 'GET' | 'POST'; headers?: Record<string, string>; body?: (i: number) => string; expect?: number }): Promise<Figure> {
  let i = 0;
  const r = await autocannon({
    url: opts.url,
    connections: CONNECTIONS,
    duration: SECONDS,
    method: opts.method ?? 'GET',
    headers: opts.headers,
    requests: opts.body ? [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, body: opts.body!(i++) }) }] : undefined,
  } as autocannon.Options);
  const expected = opts.expect ?? 200;
  const good = (r.statusCodeStats as Record<string, { count: number }> | undefined)?.[String(expected)]?.count ?? 0;
  return {
    scenario,
    perSecond: good / SECONDS,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.requests.total - good,
    bytes: Math.round(r.throughput.average / Math.max(1, r.requests.average)),
  };
}

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * The app and its baseline, alternately, ROUNDS times each; the medians. A neighbour that
 * loads the machine for a while then weighs on both sides instead of on one.
 */
async function pair(
  app: [string, Parameters<typeof hit>[1]],
  bare: [string, Parameters<typeof hit>[1]],
): Promise<[Figure, Figure]> {
  const a: Figure[] = [];
  const b: Figure[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    a.push(await hit(app[0], app[1]));
    b.push(await hit(bare[0], bare[1]));
  }
  const mid = (fs: Figure[]): Figure => ({
    ...fs[0]!,
    perSecond: median(fs.map((f) => f.perSecond)),
    p50: median(fs.map((f) => f.p50)),
    p99: median(fs.map((f) => f.p99)),
    errors: fs.reduce((n, f) => n + f.errors, 0),
    non2xx: fs.reduce((n, f) => n + f.non2xx, 0),
  });
  return [mid(a), mid(b)];
}

// One counter for the whole run, so every round signs new organisations (none is a repeat).
let signed = 0;
const signOnBody = (tag: string) => () => {
  const i = signed++;
  return JSON.stringify({ name: `Organisation ${tag} ${i} pour la santé`, country: 'ML', type: 'ngo', contact_name: 'Point focal', contact_email: `focal${i}@org${i}.${tag}.example` });
};

async function appOn(env: Record<string, string>) {
  const token = execFileSync(process.execPath, ['bin/undersigned.mjs', 'token', 'create', '--email', 'bench@example.org'], { cwd: root, env: { ...process.env, ...env } }).toString().trim();
  const app = await start(['--import', 'tsx', 'src/cli/main.ts', 'serve'], { ...env, LOG_LEVEL: 'info' }, listening);
  const base = `http://127.0.0.1:${app.port}`;
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const post = (path: string, body?: unknown) => fetch(base + path, { method: 'POST', headers, body: body === undefined ? undefined : JSON.stringify(body) });
  await post('/api/v1/statements', { slug: 'bench', title: 'Bench statement', language: 'en', headline: '{count} organisations call for action', headline_rounding: 100, body: 'We call for action.[^1]\n\n- one\n- two\n\n[^1]: A note.' });
  await post('/api/v1/statements/bench/open');
  return { app, base };
}

/** What the app process holds in memory now, in MB. */
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

export async function benchHttp() {
  const work = mkdtempSync(join(tmpdir(), 'undersigned-bench-'));
  const figures: Figure[] = [];
  const notes: string[] = [];
  const envBase = { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', SIGN_ON_RATE_LIMIT: '100000000', SIGN_ON_DOMAIN_RATE_LIMIT: '100000000', SIGN_ON_CHALLENGE: 'off' };
  try {
    // --- SQLite: seed 10,000 approved signatories, then read and sign.
    const sqliteEnv = { ...envBase, DATA_DIR: join(work, 'sqlite'), DATABASE_URL: '' };
    const { app, base } = await appOn(sqliteEnv);
    const db = new SQLite(join(work, 'sqlite', 'undersigned.sqlite'));
    const statementId = (db.prepare('select id from statements where slug = ?').get('bench') as { id: string }).id;
    const insert = db.prepare(
      `insert into signatures (id, statement_id, kind, name, country, state, initiator, confidential, source, text_version, created_at, updated_at, decided_at)
       values (?, ?, 'organisation', ?, ?, 'approved', 0, 0, 'import', 1, ?, ?, ?)`,
    );
    const countries = ['ML', 'KZ', 'NP', 'BR', 'FR', 'RU', 'KE', 'PT'];
    db.transaction(() => {
      for (let i = 0; i < SIGNATORIES; i++) {
        const at = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
        insert.run(crypto.randomUUID(), statementId, `Organisation ${(i * 7919) % SIGNATORIES} pour la santé ${i}`, countries[i % countries.length], at, at, at);
      }
      db.prepare('update statements set approved_count = approved_count + ?, list_version = list_version + 1 where id = ?').run(SIGNATORIES, statementId);
    })();
    db.close();

    // Record each read once, for the bare server to send the same bytes with the same headers.
    const recorded = join(work, 'recorded');
    rmSync(recorded, { recursive: true, force: true });
    mkdirSync(recorded);
    const reads: [string, string, Record<string, string>][] = [
      ['page', '/statements/bench', {}],
      ['page-gzip', '/statements/bench', { 'accept-encoding': 'gzip' }],
      ['json-gzip', '/api/v1/statements/bench', { 'accept-encoding': 'gzip' }],
      ['count', '/api/v1/statements/bench/count', {}],
    ];
    for (const [name, path, headers] of reads) {
      const r = await fetch(base + path, { headers });
      const body = new Uint8Array(await r.arrayBuffer());
      const keep: Record<string, string> = {};
      for (const h of ['content-type', 'content-encoding', 'cache-control', 'etag', 'vary']) {
        const v = r.headers.get(h);
        if (v) keep[h] = v;
      }
      // fetch() undoes gzip; fetch the raw bytes again over http for the gzip ones.
      if (headers['accept-encoding']) {
        const raw = await new Promise<Buffer>((resolve) => {
          http.get(base + path, { headers }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve(Buffer.concat(chunks)));
          });
        });
        writeFileSync(join(recorded, `${name}.body`), raw);
      } else writeFileSync(join(recorded, `${name}.body`), body);
      writeFileSync(join(recorded, `${name}.json`), JSON.stringify(keep));
    }
    // Bare Hono beside it, sending the very same bytes; app and baseline alternate.
    const bare = await start(['--import', 'tsx', 'bench/bare-hono.ts'], { RECORDED_DIR: recorded }, listening);
    const bareBase = `http://127.0.0.1:${bare.port}`;
    const appRows: Figure[] = [];
    const bareRows: Figure[] = [];
    for (const [name, path, headers] of reads) {
      const [a, b] = await pair([`app: GET ${path}${headers['accept-encoding'] ? ' (gzip)' : ''}`, { url: base + path, headers }], [`bare Hono: same bytes as ${name}`, { url: `${bareBase}/r/${name}` }]);
      appRows.push(a);
      bareRows.push(b);
    }
    const rssAfterReads = rssMb(app.child.pid!);
    const postJson = { 'content-type': 'application/json' };
    const [signSqlite, barePost] = await pair(
      ['app on SQLite: public sign-on (POST, 202)', { url: `${base}/api/v1/statements/bench/signatures`, method: 'POST', headers: postJson, body: signOnBody('s'), expect: 202 }],
      ['bare Hono: JSON POST (202)', { url: `${bareBase}/`, method: 'POST', headers: postJson, body: signOnBody('b'), expect: 202 }],
    );
    const rssAfterSignOns = rssMb(app.child.pid!);
    await stop(app);
    figures.push(...appRows, signSqlite, ...bareRows, barePost);
    notes.push(`SQLite sign-on batches: mean ${String(app.last.value?.meanBatch ?? '?')} sign-ons per commit (${String(app.last.value?.signOnBatches ?? '?')} commits)`);
    notes.push(`RSS of the app on SQLite with ${SIGNATORIES.toLocaleString('en')} signatories: ${rssAfterReads.toFixed(0)} MB after the reads, ${rssAfterSignOns.toFixed(0)} MB after the sign-ons`);
    const check = new SQLite(join(work, 'sqlite', 'undersigned.sqlite'), { readonly: true });
    const stored = (check.prepare("select count(*) as n from signatures where name like 'Organisation s %'").get() as { n: number }).n;
    const jobs = (check.prepare("select count(*) as n from jobs").get() as { n: number }).n;
    check.close();
    notes.push(`SQLite: ${stored} sign-ons stored, ${jobs} jobs queued or run`);

    // --- Raw SQLite: what a sign-on stores (signature, contact, audit row, two jobs) with the
    // same durability (WAL, synchronous = FULL), one transaction each and in batches of 32.
    const raw = new SQLite(join(work, 'raw.sqlite'));
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.exec(`create table s (id text primary key, statement_id text, name text, country text, state text, identity_key text, created_at text, unique (statement_id, identity_key));
      create table c (sid text primary key, name text, email text, language text);
      create table a (id text primary key, action text, subject text);
      create table j (id text primary key, name text, payload text, key text unique, state text)`);
    const is = raw.prepare('insert into s values (?, ?, ?, ?, ?, ?, ?)');
    const ic = raw.prepare('insert into c values (?, ?, ?, ?)');
    const ia = raw.prepare('insert into a values (?, ?, ?)');
    const ij = raw.prepare('insert into j values (?, ?, ?, ?, ?)');
    const one = (i: number) => {
      const id = crypto.randomUUID();
      is.run(id, statementId, `Org ${i}`, 'ML', 'unconfirmed', `k${i}`, new Date().toISOString());
      ic.run(id, 'Focal', `f${i}@x.example`, 'fr');
      ia.run(crypto.randomUUID(), 'signature.submitted', id);
      ij.run(crypto.randomUUID(), 'confirmation', id, `c:${id}`, 'queued');
      ij.run(crypto.randomUUID(), 'register', id, `r:${id}`, 'queued');
    };
    const rows = 2000;
    let t0 = performance.now();
    for (let i = 0; i < rows; i++) raw.transaction(() => one(i))();
    const rawSingle = rows / ((performance.now() - t0) / 1000);
    t0 = performance.now();
    for (let i = 0; i < rows; i += 32) raw.transaction(() => { for (let k = i; k < i + 32; k++) one(rows + k); })();
    const rawBatched = rows / ((performance.now() - t0) / 1000);
    raw.close();
    notes.push(`raw SQLite insert of what a sign-on stores, synchronous = FULL: ${Math.round(rawSingle)}/s one transaction each, ${Math.round(rawBatched)}/s in batches of 32`);

    // --- PostgreSQL: a throwaway server, the same sign-on.
    const { startPostgres } = await import('../scripts/postgres.mjs');
    const server = await startPostgres({ durable: true });
    try {
      const admin = new pg.Client({ connectionString: server.url });
      await admin.connect();
      await admin.query('CREATE DATABASE bench');
      await admin.end();
      const u = new URL(server.url);
      u.pathname = '/bench';
      const pgApp = await appOn({ ...envBase, DATA_DIR: join(work, 'pg'), DATABASE_URL: u.toString() });
      const [signPg, barePost2] = await pair(
        ['app on PostgreSQL: public sign-on (POST, 202)', { url: `${pgApp.base}/api/v1/statements/bench/signatures`, method: 'POST', headers: postJson, body: signOnBody('p'), expect: 202 }],
        ['bare Hono: JSON POST (202), beside PostgreSQL', { url: `${bareBase}/`, method: 'POST', headers: postJson, body: signOnBody('c'), expect: 202 }],
      );
      figures.push(signPg, barePost2);
      await stop(pgApp.app);
      notes.push(`PostgreSQL sign-on batches: mean ${String(pgApp.app.last.value?.meanBatch ?? '?')} sign-ons per commit (${String(pgApp.app.last.value?.signOnBatches ?? '?')} commits)`);
    } finally {
      await server.stop();
      await stop(bare);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return { figures, notes };
}


export function printHttp(r: { figures: Figure[]; notes: string[] }) {
  const base = (s: string) => r.figures.find((f) => f.scenario === s);
  const pairs: Record<string, string> = {
    'app: GET /statements/bench': 'bare Hono: same bytes as page',
    'app: GET /statements/bench (gzip)': 'bare Hono: same bytes as page-gzip',
    'app: GET /api/v1/statements/bench (gzip)': 'bare Hono: same bytes as json-gzip',
    'app: GET /api/v1/statements/bench/count': 'bare Hono: same bytes as count',
    'app on SQLite: public sign-on (POST, 202)': 'bare Hono: JSON POST (202)',
    'app on PostgreSQL: public sign-on (POST, 202)': 'bare Hono: JSON POST (202), beside PostgreSQL',
  };
  console.log(`\nautocannon, ${CONNECTIONS} connections, ${SECONDS} s a round, median of ${ROUNDS} rounds alternating with the baseline; statement with ${SIGNATORIES.toLocaleString('en')} approved signatories`);
  console.table(
    r.figures.map((f) => {
      const b = pairs[f.scenario] ? base(pairs[f.scenario]!) : undefined;
      return {
        scenario: f.scenario,
        'ok/s': Math.round(f.perSecond),
        'p50 ms': f.p50,
        'p99 ms': f.p99,
        errors: f.errors,
        'other status': f.non2xx,
        'bytes/resp': f.bytes,
        'vs bare Hono': b ? `${((f.perSecond / b.perSecond) * 100).toFixed(0)}%` : 'baseline',
      };
    }),
  );
  for (const n of r.notes) console.log(n);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) printHttp(await benchHttp());
