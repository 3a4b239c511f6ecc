import { relaxedTransaction, type Db, type DialectName, type Tx } from '../db/database.ts';
import type { Logger } from '../logger.ts';
import type { Clock } from '../shared/clock.ts';
import { newId } from '../shared/ids.ts';
import { backoffMs, PermanentJobError, type ClaimedJob, type RegisteredJob } from './job.ts';
import { claimJobs, failJob, finishJob, hasDueJobs, pruneJobs, releaseJob } from './job.repository.ts';

export interface WorkerOptions {
  db: Db;
  dialect: DialectName;
  jobs: readonly RegisteredJob[];
  logger: Logger;
  clock: Clock;
  /** First retry pause; doubles with every failure. */
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** Overrides every kind's lease (tests shorten it). */
  leaseMs?: number;
  pollMs?: number;
  /** Jobs run at the same time by this worker. */
  concurrency?: number;
  /**
   * True while the app is under a crowd of sign-ons: only urgent jobs (priority 0 and below,
   * i.e. confirmations) run then, one at a time; registry and other work waits for a lull.
   */
  busy?: () => boolean;
}

/**
 * Runs due jobs in this process. Each instance of the app runs one; they share the work
 * through the database (claims are leases), so any number of instances, or none but one, is fine.
 */
export class JobWorker {
  readonly id = `w-${newId().slice(0, 8)}`;
  private readonly byName: Map<string, RegisteredJob>;
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private polling: Promise<void> | null = null;
  private again = false;
  private lastPrune = 0;

  constructor(private readonly o: WorkerOptions) {
    this.byName = new Map(o.jobs.map((j) => [j.definition.name, j]));
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule(0);
  }

  /** Stops claiming and waits for the jobs in hand. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.polling;
  }

  /** Something was just queued here: look now rather than at the next poll. */
  nudge(): void {
    if (!this.running) return;
    if (this.polling) this.again = true;
    else this.schedule(0);
  }

  /** Runs every due job, and what they cause, until none is due (tests and the CLI). */
  async runUntilIdle(maxRounds = 1000): Promise<number> {
    let total = 0;
    for (let i = 0; i < maxRounds; i++) {
      const n = await this.runOnce({ ignoreBusy: true });
      total += n;
      if (n === 0 && !(await hasDueJobs(this.o.db, this.o.clock()))) break;
    }
    return total;
  }

  /** Claims one batch and runs it; returns how many jobs it ran. */
  async runOnce(opts: { ignoreBusy?: boolean } = {}): Promise<number> {
    const now = this.o.clock();
    const busy = !opts.ignoreBusy && (this.o.busy?.() ?? false);
    const concurrency = busy ? 1 : (this.o.concurrency ?? 4);
    const names = [...this.byName.values()].filter((j) => !busy || j.definition.priority <= 0).map((j) => j.definition.name);
    const claimed = await this.write((trx) =>
      claimJobs(trx, this.o.dialect, {
        now,
        limit: busy ? 50 : concurrency * 4,
        workerId: this.id,
        leaseMs: (name) => this.o.leaseMs ?? this.byName.get(name)?.definition.leaseMs ?? 120_000,
        names,
      }),
    );
    let next = 0;
    const lane = async () => {
      while (next < claimed.length) {
        const job = claimed[next++]!;
        // A crowd arrived meanwhile: non-urgent work goes back to the queue instead of holding up sign-ons.
        if (!opts.ignoreBusy && job.priority > 0 && this.o.busy?.()) await this.write((trx) => releaseJob(trx, { id: job.id, workerId: this.id, now: this.o.clock() }));
        else await this.run(job);
        await new Promise((r) => setImmediate(r)); // requests get a turn between jobs
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, claimed.length) }, lane));
    return claimed.length;
  }

  private write<T>(fn: (trx: Tx) => Promise<T>): Promise<T> {
    return relaxedTransaction(this.o.db, this.o.dialect, fn);
  }

  private schedule(ms: number): void {
    if (!this.running) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.polling = this.poll().finally(() => {
        this.polling = null;
        const more = this.again;
        this.again = false;
        this.schedule(more ? 0 : (this.o.pollMs ?? 1000));
      });
    }, ms);
    this.timer.unref();
  }

  private async poll(): Promise<void> {
    try {
      // Keep going while there is a full batch; a short one means the queue is drained.
      while (this.running && (await this.runOnce()) > 0) {
        // Under a crowd, confirmations go out in paced batches so sign-ons keep the event loop.
        if (this.o.busy?.()) await new Promise((r) => setTimeout(r, 250));
      }
      const now = this.o.clock().getTime();
      if (now - this.lastPrune > 3600_000) {
        this.lastPrune = now;
        await pruneJobs(this.o.db, new Date(now - 7 * 24 * 3600_000));
      }
    } catch (err) {
      // The database is away (restart, network): keep polling; readiness reports it meanwhile.
      this.o.logger.warn('job worker could not reach the database', { error: err instanceof Error ? err.message : String(err) });
    }
  }

  private async run(job: ClaimedJob): Promise<void> {
    const registered = this.byName.get(job.name)!;
    const { definition } = registered;
    const started = this.o.clock();
    try {
      const payload = definition.payload.parse(job.payload);
      await registered.handle(payload, { db: this.o.db, write: (fn) => this.write(fn), job, now: started });
      await this.write((trx) => finishJob(trx, { id: job.id, workerId: this.id, now: this.o.clock() }));
    } catch (err) {
      const now = this.o.clock();
      const message = err instanceof Error ? err.message : String(err);
      const permanent = err instanceof PermanentJobError || (err as { name?: string }).name === 'ZodError';
      const pause = backoffMs(job.attempts, { baseMs: this.o.retryBaseMs ?? 30_000, maxMs: this.o.retryMaxMs ?? 3600_000 });
      const retryAt = new Date(now.getTime() + pause);
      const giveUp = permanent || retryAt.getTime() - job.createdAt.getTime() > definition.retryForMs;
      this.o.logger.warn(giveUp ? 'job failed' : 'job will be retried', { job: job.name, jobId: job.id, attempts: job.attempts, error: message, retryAt: giveUp ? undefined : retryAt.toISOString() });
      await this.write((trx) => failJob(trx, { id: job.id, workerId: this.id, now, error: message, retryAt: giveUp ? null : retryAt })).catch((e: Error) =>
        // If even this fails the lease runs out and the job is retried; nothing is lost.
        this.o.logger.warn('could not record a job failure', { jobId: job.id, error: e.message }),
      );
    }
  }
}
