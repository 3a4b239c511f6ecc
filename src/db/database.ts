import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect, sql, type Transaction } from 'kysely';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
/** Anything queries can run on: the database or an open transaction. */
export type DbOrTx = Db | Tx;
export type DialectName = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Db;
  dialect: DialectName;
  /** A short description safe to log (no password). */
  describe: string;
  /** Connections of the PostgreSQL pool now (for metrics); absent on SQLite, which has one. */
  poolStats?: () => PoolStats;
  close(): Promise<void>;
}

export interface PoolStats {
  total: number;
  idle: number;
  /** Queries waiting for a free connection. */
  waiting: number;
  max: number;
}

/** Opens SQLite under dataDir, or PostgreSQL when a URL is given. */
export function openDatabase(opts: { databaseUrl?: string | undefined; dataDir: string; poolSize?: number }): DatabaseHandle {
  if (opts.databaseUrl) {
    const max = opts.poolSize ?? 10;
    // A database that stops answering (not just refusing) must fail requests, not hang them.
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max, connectionTimeoutMillis: 10_000 });
    pool.on('connect', (client) => {
      // A connection cut while a transaction holds it (between two queries) is reported as an
      // 'error' event on the client; unheard, it would end the process. The query in flight, or
      // the next one, fails instead, and the request answers 503.
      client.on('error', () => {});
      preparedStatementsByName(client);
    });
    // An idle connection dropped by a database restart must not take the process down; the pool
    // opens a new one at the next query, and /readyz says 503 until the database is back.
    pool.on('error', () => {});
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    const url = new URL(opts.databaseUrl);
    return {
      db,
      dialect: 'postgres',
      describe: `postgres://${url.hostname}:${url.port || 5432}${url.pathname}`,
      poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max }),
      close: () => db.destroy(),
    };
  }
  mkdirSync(resolve(opts.dataDir), { recursive: true });
  return openSqlite(sqliteFile(opts.dataDir));
}

/** The one SQLite file under DATA_DIR. */
export const sqliteFile = (dataDir: string): string => join(resolve(dataDir), 'undersigned.sqlite');

const PREPARED = /^\/\*prepared:([a-z0-9_]+)\*\//;

/**
 * Queries whose SQL starts with a marker comment, e.g. `/*prepared:registry_candidates*\/`, run as
 * named prepared statements: PostgreSQL parses and plans them once per connection. Only hot
 * queries with fixed text carry the marker, so the per-connection statement cache stays small.
 */
function preparedStatementsByName(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (text: unknown, ...rest: unknown[]) => {
    if (typeof text === 'string') {
      const m = PREPARED.exec(text);
      if (m && Array.isArray(rest[0])) return query({ name: m[1], text, values: rest[0] }, ...rest.slice(1));
    }
    return query(text, ...rest);
  };
}

/**
 * Kysely prepares every query anew; on a busy sign-on path that was an eighth of the CPU. The
 * same SQL text reuses its prepared statement (each run completes synchronously, so sharing is safe).
 */
function withStatementCache(sqlite: SQLite.Database): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>();
  const prepare = sqlite.prepare.bind(sqlite);
  return new Proxy(sqlite, {
    get(target, prop, receiver) {
      if (prop === 'prepare') {
        return (source: string) => {
          let stmt = cache.get(source);
          if (!stmt) {
            stmt = prepare(source);
            if (cache.size >= 1000) cache.delete(cache.keys().next().value!);
            cache.set(source, stmt);
          }
          return stmt;
        };
      }
      const v = Reflect.get(target, prop, receiver) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

/** SQLite in WAL mode with foreign keys on; ':memory:' works for tests. */
export function openSqlite(file: string): DatabaseHandle {
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Deleted and overwritten content is zeroed, so an erased or re-encrypted contact leaves no clear text in free pages.
  sqlite.pragma('secure_delete = ON');
  // FULL: a commit is on disk (WAL fsynced) before the sign-on gets its 202, so it survives a power
  // cut too. Group commit makes that one fsync per batch of sign-ons, not one per sign-on.
  sqlite.pragma('synchronous = FULL');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return { db, dialect: 'sqlite', describe: `sqlite:${file}`, close: () => db.destroy() };
}

/**
 * A transaction that must survive a crash of the process but not a power cut: background job
 * bookkeeping and job results, which are safe to redo because every job is idempotent. On
 * SQLite it commits without fsync (synchronous = NORMAL, restored to FULL before the connection
 * is released); on PostgreSQL with synchronous_commit off. Sign-ons never use it.
 */
export async function relaxedTransaction<T>(db: Db, dialect: DialectName, fn: (trx: Tx) => Promise<T>): Promise<T> {
  if (dialect === 'postgres') {
    return db.transaction().execute(async (trx) => {
      await sql`set local synchronous_commit = off`.execute(trx);
      return fn(trx);
    });
  }
  return db.connection().execute(async (conn) => {
    await sql`pragma synchronous = NORMAL`.execute(conn);
    try {
      return await conn.transaction().execute(fn);
    } finally {
      await sql`pragma synchronous = FULL`.execute(conn);
    }
  });
}
