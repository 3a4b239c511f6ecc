import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { migrationStatus } from '../db/migrate.ts';
import { isQueueStuck } from '../jobs/queue-health.ts';

export type CheckResult = 'ok' | 'unreachable' | 'pending' | 'newer' | 'stuck' | 'not_checked';

/** What /readyz answers: ready only when every check is ok (or not checked here). */
export interface Readiness {
  ready: boolean;
  checks: { database: CheckResult; migrations: CheckResult; jobs: CheckResult };
}

const withTimeout = <T>(p: Promise<T>, ms: number): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    p.then(resolve, reject).finally(() => clearTimeout(timer));
  });

/**
 * Whether this instance can serve: the database answers, its schema is the one this code
 * expects (none pending, none newer), and, where this process runs jobs, the queue moves.
 * Every check is bounded by `timeoutMs`, so a database that hangs reads as unreachable.
 */
export async function checkReadiness(o: { db: Db; now: Date; checkJobs: boolean; stuckMs: number; timeoutMs?: number }): Promise<Readiness> {
  const timeoutMs = o.timeoutMs ?? 3000;
  const checks: Readiness['checks'] = { database: 'ok', migrations: 'not_checked', jobs: 'not_checked' };
  try {
    await withTimeout(
      (async () => {
        await sql`select 1`.execute(o.db);
        const status = await migrationStatus(o.db);
        checks.migrations = status.unknown.length ? 'newer' : status.pending.length ? 'pending' : 'ok';
        if (o.checkJobs && o.stuckMs > 0) checks.jobs = (await isQueueStuck(o.db, { now: o.now, stuckMs: o.stuckMs })) ? 'stuck' : 'ok';
      })(),
      timeoutMs,
    );
  } catch {
    checks.database = 'unreachable';
  }
  const ready = Object.values(checks).every((c) => c === 'ok' || c === 'not_checked');
  return { ready, checks };
}
