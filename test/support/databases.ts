import pg from 'pg';
import { openDatabase, openSqlite, type DatabaseHandle, type DialectName } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { hasContactKeys, installContactKeys, parseKeys } from '../../src/contacts/contact-keys.ts';

/** The contact key of tests (a test of key handling installs its own and puts this one back). */
export const TEST_CONTACT_KEY = 'test-contact-key-0123456789abcdefghijklmnop';
export const useTestContactKeys = () => installContactKeys(parseKeys(TEST_CONTACT_KEY, 'tests'));

/** Every repository and HTTP test runs once per database (kysely's own test style). */
export const DIALECTS: DialectName[] = ['sqlite', 'postgres'];

/** Why a dialect cannot run here, or null. PostgreSQL comes from `npm test` (scripts/test.mjs). */
export function unavailable(dialect: DialectName): string | null {
  if (dialect === 'postgres' && !process.env.TEST_PG_URL) return 'TEST_PG_URL is not set; run through `npm test`, which starts PostgreSQL';
  return null;
}

let counter = 0;

/** A fresh, migrated, empty database: SQLite in memory, or a new PostgreSQL database dropped on close. */
export async function openTestDatabase(dialect: DialectName): Promise<DatabaseHandle> {
  if (!hasContactKeys()) useTestContactKeys();
  if (dialect === 'sqlite') {
    const handle = openSqlite(':memory:');
    await migrateToLatest(handle.db);
    return handle;
  }
  const adminUrl = process.env.TEST_PG_URL!;
  const name = `t_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = openDatabase({ databaseUrl: url.toString(), dataDir: '', poolSize: 5 });
  await migrateToLatest(handle.db);
  return {
    ...handle,
    async close() {
      await handle.close();
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      // pg's Pool.end() resolves before its connections have finished closing; a FORCE drop that
      // cut one of them then makes the pool emit an 'error' nobody listens to. Wait until they are gone.
      for (let i = 0; i < 100; i++) {
        const { rows } = await a.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
        if (rows[0].n === 0) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}
