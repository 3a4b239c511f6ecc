/**
 * How long checking one new name against a registry of 100,000 organisations takes in the
 * database: key counts → organisation_keys index → the candidates' names and aliases → the
 * similarity rules (findCandidates, what every sign-on runs). Measured on SQLite and on a
 * throwaway PostgreSQL.
 * Run: node --import tsx bench/registry-lookup.ts [registry size] [queries]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openDatabase, openSqlite, type DatabaseHandle } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { findCandidates } from '../src/organisations/find-candidates.ts';
import { registryKeys } from '../src/organisations/organisation.ts';
import { random, realNames, synthesise } from './synthetic-names.ts';

export { realNames, synthesise } from './synthetic-names.ts';

// A fixed-seed generator, so runs are comparable.
/** Fills an empty, migrated database with `names` as registry organisations and their keys, in bulk. */
export async function seedRegistry(handle: DatabaseHandle, names: string[]): Promise<void> {
  const at = new Date().toISOString();
  const counts = new Map<string, number>();
  const batch = handle.dialect === 'postgres' ? 5_000 : 2_000;
  await handle.db.transaction().execute(async (trx) => {
    for (let start = 0; start < names.length; start += batch) {
      const orgs = names.slice(start, start + batch).map((name, i) => ({ id: `org-${start + i}`, name }));
      await trx
        .insertInto('organisations')
        .values(orgs.map((o) => ({ id: o.id, name: o.name, country: null, org_type: null, website_domain: null, email_domain: null, created_at: at, updated_at: at })))
        .execute();
      const keys = orgs.flatMap((o) => registryKeys({ names: [o.name], websiteDomain: null, emailDomain: null }).map((key) => ({ key, organisation_id: o.id })));
      for (const k of keys) counts.set(k.key, (counts.get(k.key) ?? 0) + 1);
      for (let i = 0; i < keys.length; i += 10_000) await trx.insertInto('organisation_keys').values(keys.slice(i, i + 10_000)).execute();
    }
    const rows = [...counts].map(([key, organisations]) => ({ key, organisations }));
    for (let i = 0; i < rows.length; i += 10_000) await trx.insertInto('organisation_key_counts').values(rows.slice(i, i + 10_000)).execute();
  });
  // VACUUM sets the visibility map, as autovacuum does on a live registry, so key look-ups are index-only.
  await (handle.dialect === 'postgres' ? sql`vacuum analyze` : sql`analyze`).execute(handle.db);
}

export interface LookupTimings {
  queries: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  meanCandidates: number;
  sameFound: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

/** Times findCandidates (the registry look-up every sign-on runs) for each query name. */
export async function measureLookups(handle: DatabaseHandle, queries: string[]): Promise<LookupTimings> {
  // Warm the connection, the statement caches and the name analysis tables.
  for (const q of queries.slice(0, 50)) await findCandidates(handle.db, { name: q });
  const timings: number[] = [];
  let candidates = 0;
  let same = 0;
  for (const q of queries) {
    const started = performance.now();
    const found = await findCandidates(handle.db, { name: q });
    timings.push(performance.now() - started);
    candidates += found.length;
    same += found.filter((c) => c.same).length;
  }
  timings.sort((a, b) => a - b);
  return {
    queries: queries.length,
    medianMs: percentile(timings, 0.5),
    p95Ms: percentile(timings, 0.95),
    maxMs: timings.at(-1)!,
    meanCandidates: candidates / queries.length,
    sameFound: same,
  };
}

/** Builds a registry of `size` organisations in `handle` and measures `queryCount` look-ups against it. */
export async function benchRegistryLookup(handle: DatabaseHandle, opts: { size?: number; queries?: number } = {}): Promise<LookupTimings & { seedSeconds: number }> {
  const names = realNames();
  const registry = synthesise(names, opts.size ?? 100_000, random(2019));
  const started = performance.now();
  await seedRegistry(handle, registry);
  const seedSeconds = (performance.now() - started) / 1000;
  const queries = [...names, ...synthesise(names, Math.max(0, (opts.queries ?? 2_000) - names.length), random(7))];
  return { ...(await measureLookups(handle, queries)), seedSeconds };
}

const print = (label: string, r: LookupTimings & { seedSeconds: number }, size: number) =>
  console.log(
    `${label}: registry ${size.toLocaleString('en')} organisations (seeded in ${r.seedSeconds.toFixed(1)} s), ${r.queries} look-ups, ` +
      `${r.meanCandidates.toFixed(1)} candidates compared on average — median ${r.medianMs.toFixed(2)} ms, p95 ${r.p95Ms.toFixed(2)} ms, max ${r.maxMs.toFixed(2)} ms`,
  );

if (import.meta.url === `file://${process.argv[1]}`) {
  const size = Number(process.argv[2] ?? 100_000);
  const queries = Number(process.argv[3] ?? 2_000);
  const dir = mkdtempSync(join(tmpdir(), 'undersigned-bench-'));
  const sqlite = openSqlite(join(dir, 'registry.sqlite'));
  try {
    await migrateToLatest(sqlite.db);
    print('SQLite', await benchRegistryLookup(sqlite, { size, queries }), size);
  } finally {
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const postgresScript = '../scripts/postgres.mjs';
  const { startPostgres } = (await import(postgresScript)) as { startPostgres(): Promise<{ url: string; stop(): Promise<void> }> };
  const server = await startPostgres();
  const pg = openDatabase({ databaseUrl: server.url, dataDir: '', poolSize: 2 });
  try {
    await migrateToLatest(pg.db);
    print('PostgreSQL', await benchRegistryLookup(pg, { size, queries }), size);
  } finally {
    await pg.close();
    await server.stop();
  }
}
