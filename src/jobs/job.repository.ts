import { sql, type Selectable } from 'kysely';
import type { DbOrTx, DialectName } from '../db/database.ts';
import type { JobsTable } from '../db/schema.ts';
import { newId } from '../shared/ids.ts';
import type { ClaimedJob, JobDefinition, JobState } from './job.ts';

type Row = Selectable<JobsTable>;

export interface JobRecord {
  id: string;
  name: string;
  state: JobState;
  attempts: number;
  runAt: Date;
  lastError: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

const toRecord = (r: Row): JobRecord => ({
  id: r.id,
  name: r.name,
  state: r.state as JobState,
  attempts: Number(r.attempts),
  runAt: new Date(r.run_at),
  lastError: r.last_error,
  createdAt: new Date(r.created_at),
  finishedAt: r.finished_at ? new Date(r.finished_at) : null,
});

export interface EnqueueRequest<P> {
  definition: JobDefinition<P>;
  payload: P;
  /** While a job with this key is pending, enqueuing it again does nothing. */
  key?: string;
  runAt?: Date;
  id?: string;
}

/**
 * Adds jobs in the caller's transaction, so they exist exactly when the change that caused
 * them commits. Returns how many were new (a pending job with the same key absorbs a repeat).
 */
export async function enqueueJobs(db: DbOrTx, requests: readonly EnqueueRequest<any>[], now: Date): Promise<number> {
  if (requests.length === 0) return 0;
  const at = now.toISOString();
  const res = await db
    .insertInto('jobs')
    .values(
      requests.map((r) => ({
        id: r.id ?? newId(),
        name: r.definition.name,
        payload: JSON.stringify(r.payload),
        key: r.key ?? null,
        state: 'queued',
        priority: r.definition.priority,
        attempts: 0,
        run_at: (r.runAt ?? now).toISOString(),
        locked_until: null,
        locked_by: null,
        last_error: null,
        created_at: at,
        updated_at: at,
        finished_at: null,
      })),
    )
    .onConflict((oc) => oc.column('key').doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0);
}

/** One job; see enqueueJobs. */
export function enqueueJob<P>(db: DbOrTx, definition: JobDefinition<P>, payload: P, opts: { now: Date; key?: string; runAt?: Date; id?: string }): Promise<number> {
  return enqueueJobs(db, [{ definition, payload, ...opts }], opts.now);
}

/**
 * Takes up to `limit` due jobs under a lease: queued ones whose time has come, and running
 * ones whose lease expired (their worker died). On PostgreSQL the candidates are locked with
 * SKIP LOCKED, so several instances claim disjoint sets; SQLite has one writer at a time.
 */
export async function claimJobs(
  db: DbOrTx,
  dialect: DialectName,
  opts: { now: Date; limit: number; workerId: string; leaseMs: (name: string) => number; names: readonly string[] },
): Promise<ClaimedJob[]> {
  if (opts.names.length === 0) return [];
  const at = opts.now.toISOString();
  let due = db
    .selectFrom('jobs')
    .select('id')
    .where('name', 'in', opts.names as string[])
    .where((eb) => eb.or([eb.and([eb('state', '=', 'queued'), eb('run_at', '<=', at)]), eb.and([eb('state', '=', 'running'), eb('locked_until', '<', at)])]))
    .orderBy('priority')
    .orderBy('run_at')
    .limit(opts.limit);
  if (dialect === 'postgres') due = due.forUpdate().skipLocked();
  // The lease is written as the longest any job kind needs, then shortened per kind below.
  const longest = Math.max(...opts.names.map(opts.leaseMs));
  const held = new Date(opts.now.getTime() + longest).toISOString();
  const rows = await db
    .updateTable('jobs')
    .set((eb) => ({ state: 'running', locked_by: opts.workerId, locked_until: held, attempts: eb('attempts', '+', 1), updated_at: at }))
    .where('id', 'in', due)
    .returningAll()
    .execute();
  if (rows.length === 0) return [];
  const byLease = new Map<string, string[]>();
  for (const r of rows) {
    const until = new Date(opts.now.getTime() + opts.leaseMs(r.name)).toISOString();
    byLease.set(until, [...(byLease.get(until) ?? []), r.id]);
  }
  for (const [until, ids] of byLease) if (until !== held) await db.updateTable('jobs').set({ locked_until: until }).where('id', 'in', ids).execute();
  return rows
    .sort((a, b) => Number(a.priority) - Number(b.priority) || a.run_at.localeCompare(b.run_at))
    .map((r) => ({ id: r.id, name: r.name, priority: Number(r.priority), payload: JSON.parse(r.payload) as unknown, attempts: Number(r.attempts), createdAt: new Date(r.created_at) }));
}

/** Ends a job this worker still holds. */
export async function finishJob(db: DbOrTx, opts: { id: string; workerId: string; now: Date }): Promise<void> {
  const at = opts.now.toISOString();
  await db
    .updateTable('jobs')
    .set({ state: 'done', key: null, locked_until: null, last_error: null, finished_at: at, updated_at: at })
    .where('id', '=', opts.id)
    .where('locked_by', '=', opts.workerId)
    .execute();
}

/** Hands a claimed job back untouched (the worker yields to a crowd of sign-ons); it runs later as if never claimed. */
export async function releaseJob(db: DbOrTx, opts: { id: string; workerId: string; now: Date }): Promise<void> {
  await db
    .updateTable('jobs')
    .set((eb) => ({ state: 'queued', locked_until: null, locked_by: null, attempts: eb('attempts', '-', 1), updated_at: opts.now.toISOString() }))
    .where('id', '=', opts.id)
    .where('locked_by', '=', opts.workerId)
    .execute();
}

/** Puts a failed attempt back in the queue for `retryAt`, or fails the job for good when retryAt is null. */
export async function failJob(db: DbOrTx, opts: { id: string; workerId: string; now: Date; error: string; retryAt: Date | null }): Promise<void> {
  const at = opts.now.toISOString();
  const error = opts.error.slice(0, 1000);
  await db
    .updateTable('jobs')
    .set(
      opts.retryAt
        ? { state: 'queued', run_at: opts.retryAt.toISOString(), locked_until: null, last_error: error, updated_at: at }
        : { state: 'failed', key: null, locked_until: null, last_error: error, finished_at: at, updated_at: at },
    )
    .where('id', '=', opts.id)
    .where('locked_by', '=', opts.workerId)
    .execute();
}

/** Queues an ended or waiting job to run now (a coordinator's "retry"). */
export async function retryJobNow(db: DbOrTx, opts: { id: string; now: Date }): Promise<boolean> {
  const at = opts.now.toISOString();
  const res = await db
    .updateTable('jobs')
    .set({ state: 'queued', run_at: at, locked_until: null, locked_by: null, updated_at: at, finished_at: null, created_at: at, attempts: 0 })
    .where('id', '=', opts.id)
    .where('state', 'in', ['failed', 'queued'])
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function getJob(db: DbOrTx, id: string): Promise<JobRecord | null> {
  const row = await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toRecord(row) : null;
}

/** Counts per state, for the coordinator area and readiness. */
export async function countJobs(db: DbOrTx): Promise<Record<JobState, number> & { overdue: number }> {
  const rows = await db.selectFrom('jobs').select(['state']).select((eb) => eb.fn.countAll<string | number>().as('n')).groupBy('state').execute();
  const out = { queued: 0, running: 0, done: 0, failed: 0, overdue: 0 };
  for (const r of rows) out[r.state as JobState] = Number(r.n);
  return out;
}

/** Forgets finished jobs older than `before`; failed ones are kept for people to see. */
export async function pruneJobs(db: DbOrTx, before: Date): Promise<number> {
  const res = await db.deleteFrom('jobs').where('state', '=', 'done').where('finished_at', '<', before.toISOString()).executeTakeFirst();
  return Number(res.numDeletedRows);
}

/** Whether anything is due now (tests drain the queue until nothing is). */
export async function hasDueJobs(db: DbOrTx, now: Date): Promise<boolean> {
  const at = now.toISOString();
  const row = await db
    .selectFrom('jobs')
    .select(sql<number>`1`.as('one'))
    .where((eb) => eb.or([eb.and([eb('state', '=', 'queued'), eb('run_at', '<=', at)]), eb.and([eb('state', '=', 'running'), eb('locked_until', '<', at)])]))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
