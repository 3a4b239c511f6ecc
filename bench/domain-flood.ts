/**
 * Sign-ons from one email domain: N organisations sign a statement through the public API, all
 * with addresses @network.example (a coalition's branches, or a flood), then N others each from
 * its own domain. Each sign-on's registration job (registerSignatoryHandler, what the worker runs)
 * is then run in arrival order and timed. Prints the total and the median and p95 per sign-on,
 * and the duplicate flags the jobs wrote, on SQLite and on a throwaway PostgreSQL.
 * Run: node --import tsx bench/domain-flood.ts [N]   (N = 250 by default)
 */
import { relaxedTransaction } from '../src/db/database.ts';
import type { DialectName } from '../src/db/database.ts';
import { registerSignatoryHandler } from '../src/organisations/register-signatory.handler.ts';
import { api, coordinatorToken, createTestApp, openStatement } from '../test/support/app.ts';
import { realNames } from './synthetic-names.ts';

export interface FloodTimings {
  signOns: number;
  totalMs: number;
  medianMs: number;
  p95Ms: number;
  /** The last tenth of the sign-ons: the ones that meet the most earlier ones. */
  lastTenthMedianMs: number;
  flags: number;
  organisations: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

/** Distinct real organisation names (the fixtures' signatories), so only the domain makes them alike. */
function names(n: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of realNames()) {
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  if (out.length < n) throw new Error(`only ${out.length} distinct names in the fixtures`);
  return out.slice(0, n);
}

/** Signs `n` organisations on through the API (emails from `domainOf(i)`), then times each registration job. */
export async function benchDomainFlood(dialect: DialectName, n: number, domainOf: (i: number) => string, countryOf: (i: number) => string = () => 'FR'): Promise<FloodTimings> {
  const t = await createTestApp(dialect);
  try {
    const token = await coordinatorToken(t);
    await openStatement(t, token, 'flood');
    const list = names(n);
    for (let i = 0; i < n; i++) {
      const res = await api(t, 'POST', '/api/v1/statements/flood/signatures', {
        body: { name: list[i], country: countryOf(i), type: 'ngo', contact_name: 'Point focal', contact_email: `focal${i}@${domainOf(i)}` },
      });
      if (res.status !== 202 && res.status !== 201) throw new Error(`sign-on ${i}: ${res.status} ${JSON.stringify(res.json)}`);
    }
    const signatures = await t.deps.db.selectFrom('signatures').select('id').where('organisation_id', 'is', null).orderBy('created_at').orderBy('id').execute();
    const { handle } = registerSignatoryHandler({ dialect });
    const db = t.deps.db;
    const timings: number[] = [];
    for (const s of signatures) {
      const started = performance.now();
      await handle({ signatureId: s.id }, {
        db,
        write: (fn) => relaxedTransaction(db, dialect, fn),
        job: { id: `bench-${s.id}`, name: 'organisations.register-signatory', priority: 20, payload: { signatureId: s.id }, attempts: 1, createdAt: new Date() },
        now: new Date(),
      });
      timings.push(performance.now() - started);
    }
    const flags = await db.selectFrom('duplicate_flags').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
    const orgs = await db.selectFrom('organisations').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
    const lastTenth = timings.slice(Math.floor(timings.length * 0.9)).sort((a, b) => a - b);
    const sorted = [...timings].sort((a, b) => a - b);
    return {
      signOns: timings.length,
      totalMs: timings.reduce((a, b) => a + b, 0),
      medianMs: percentile(sorted, 0.5),
      p95Ms: percentile(sorted, 0.95),
      lastTenthMedianMs: percentile(lastTenth, 0.5),
      flags: Number(flags.n),
      organisations: Number(orgs.n),
    };
  } finally {
    await t.close();
  }
}

const print = (label: string, r: FloodTimings) =>
  console.log(
    `${label}: ${r.signOns} registrations in ${(r.totalMs / 1000).toFixed(2)} s — median ${r.medianMs.toFixed(2)} ms, p95 ${r.p95Ms.toFixed(2)} ms, ` +
      `last tenth median ${r.lastTenthMedianMs.toFixed(2)} ms; ${r.flags} duplicate flags, ${r.organisations} registry organisations`,
  );

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? 250);
  const oneDomain = () => 'network.example';
  const ownDomain = (i: number) => `org${i}.example`;
  // National sections of one network: "same domain but different countries" keeps them apart, as possible duplicates.
  const COUNTRIES = 'FR DE ES IT PT GB IE NL BE PL CZ RO GR SE NO FI DK AT CH HU BG HR SI SK LT'.split(' ');
  const countryOf = (i: number) => COUNTRIES[i % COUNTRIES.length]!;
  const dialects = (process.env.BENCH_DIALECTS ?? 'sqlite,postgres').split(',') as DialectName[];
  let server: { url: string; stop(): Promise<void> } | null = null;
  try {
    for (const dialect of dialects) {
      if (dialect === 'postgres' && !process.env.TEST_PG_URL) {
        const postgresScript = '../scripts/postgres.mjs';
        const { startPostgres } = (await import(postgresScript)) as { startPostgres(): Promise<{ url: string; stop(): Promise<void> }> };
        server = await startPostgres();
        process.env.TEST_PG_URL = server.url;
      }
      const label = dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL';
      print(`${label}, ${n} sign-ons from one domain`, await benchDomainFlood(dialect, n, oneDomain));
      print(`${label}, ${n} sign-ons from one domain in ${COUNTRIES.length} countries`, await benchDomainFlood(dialect, n, oneDomain, countryOf));
      print(`${label}, ${n} sign-ons from ${n} domains`, await benchDomainFlood(dialect, n, ownDomain));
    }
  } finally {
    await server?.stop();
  }
}
