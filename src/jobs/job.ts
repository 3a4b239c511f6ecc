import type { z } from 'zod';
import type { Db, Tx } from '../db/database.ts';

/** A job's life: waiting (possibly for a retry), held under a lease, or ended. */
export type JobState = 'queued' | 'running' | 'done' | 'failed';
export const JOB_STATES: readonly JobState[] = ['queued', 'running', 'done', 'failed'];

/**
 * What a kind of background work is: a name, a schema for its payload, how urgent it is and
 * how long its failures are worth retrying. The use case that causes the work imports only
 * this; the handler lives in its own file and is wired in at start-up.
 */
export interface JobDefinition<P> {
  name: string;
  payload: z.ZodType<P>;
  /** Lower runs first: confirmations before bulk notices. */
  priority: number;
  /** Failures are retried, with growing pauses, until the job is this old; then it fails. */
  retryForMs: number;
  /** How long a claim holds before another worker may take the job over. */
  leaseMs: number;
}

export function defineJob<P>(d: { name: string; payload: z.ZodType<P>; priority?: number; retryForMs?: number; leaseMs?: number }): JobDefinition<P> {
  return { priority: 10, retryForMs: 24 * 3600_000, leaseMs: 120_000, ...d };
}

/** A failure that retrying cannot cure (a 5xx from SMTP, a payload that no longer makes sense). */
export class PermanentJobError extends Error {
  override name = 'PermanentJobError';
}

/** A claimed job as its handler sees it. */
export interface ClaimedJob {
  id: string;
  name: string;
  priority: number;
  payload: unknown;
  attempts: number;
  createdAt: Date;
}

export interface JobContext {
  db: Db;
  /** A transaction for the job's writes: crash-safe, without fsync (the job is redone if a power cut loses it). */
  write<T>(fn: (trx: Tx) => Promise<T>): Promise<T>;
  job: ClaimedJob;
  now: Date;
}

/** Runs one job; throwing retries it later (or fails it for good on PermanentJobError). Must be safe to repeat. */
export type JobHandler<P> = (payload: P, ctx: JobContext) => Promise<void>;

export interface RegisteredJob<P = any> {
  definition: JobDefinition<P>;
  handle: JobHandler<P>;
}

/** Pairs a definition with its handler, so the worker can check the payload's type. */
export const handles = <P>(definition: JobDefinition<P>, handle: JobHandler<P>): RegisteredJob<P> => ({ definition, handle });

/**
 * The pause before attempt `attempts + 1`: exponential from `baseMs`, capped at `maxMs`, with
 * ±25% jitter so that jobs failed together by an outage do not all come back at once.
 */
export function backoffMs(attempts: number, opts: { baseMs: number; maxMs: number; random?: () => number }): number {
  const exp = Math.min(opts.maxMs, opts.baseMs * 2 ** Math.max(0, attempts - 1));
  const jitter = 0.75 + (opts.random ?? Math.random)() * 0.5;
  return Math.round(exp * jitter);
}
