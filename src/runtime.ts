import type { Config } from './config.ts';
import { useConfiguredContactKeys } from './contacts/contact-keys.ts';
import { openDatabase, type DatabaseHandle } from './db/database.ts';
import { scheduleContactRetention } from './contacts/contact-retention.job.ts';
import { checkContactKeys } from './contacts/contact.repository.ts';
import { migrateToLatest } from './db/migrate.ts';
import { allJobs } from './jobs/all-jobs.ts';
import { JobWorker } from './jobs/worker.ts';
import type { Logger } from './logger.ts';
import { createMailer, type Mailer } from './mail/mailer.ts';
import { createMetrics } from './operations/metrics.ts';
import { metricsAccess } from './operations/metrics-access.ts';
import { scheduleRegistryRekey } from './organisations/rekey-registry.ts';
import { shutdownPdfRenderer } from './publishing/documents/render-pdf.ts';
import { shutdownCardRenderer } from './web/reach-routes.tsx';
import { defaultRenderers } from './publishing/renderers.ts';
import type { Renderers } from './publishing/renderers.ts';
import { systemClock, type Clock } from './shared/clock.ts';
import { TtlCache } from './shared/ttl-cache.ts';
import { VersionedCache } from './shared/versioned-cache.ts';
import { signOnWriter } from './signatures/sign-on.ts';
import { ClientHasher } from './abuse/client-hash.ts';
import { InstanceSecrets } from './abuse/instance-secrets.ts';
import { SignOnChallenge } from './abuse/sign-on-challenge.ts';
import { AppError } from './errors.ts';
import type { AppDeps } from './web/env.ts';

export interface Runtime {
  handle: DatabaseHandle;
  mailer: Mailer;
  worker: JobWorker;
  deps: AppDeps;
  close(): Promise<void>;
}

/** The app's dependencies around an open database; the worker is made but not started. */
export function wireDeps(o: {
  handle: Pick<DatabaseHandle, 'db' | 'dialect' | 'poolStats'>;
  mailer: Mailer;
  logger: Logger;
  clock?: Clock;
  publicUrl: string;
  renderers?: Renderers;
  trustProxy?: boolean;
  signOnRateLimit?: number;
  /** Sign-ons per email domain per hour before more are held (default 60). */
  signOnDomainRateLimit?: number;
  /** The proof-of-work check; absent or off: none. */
  signOnChallenge?: { on: boolean; difficulty: number; fallbackSeconds: number };
  /** Root of the client-address hash and challenge keys; absent: a secret kept in the database. */
  secretRoot?: string | undefined;
  contactRetentionMonths?: number;
  jobs?: { retryBaseMs?: number; leaseMs?: number | undefined; pollMs?: number };
  /** Null or absent: /metrics is off. */
  metrics?: { token: string | undefined; allow: string[] } | null;
  /** Whether this process runs the worker (readiness then checks that the queue moves). */
  runsJobs?: () => boolean;
  jobsStuckMs?: number;
}): { deps: AppDeps; worker: JobWorker } {
  const clock = o.clock ?? systemClock;
  const perMinute = o.signOnRateLimit ?? 30;
  const nudge = () => worker.nudge();
  const metrics = o.metrics ? createMetrics({ db: o.handle.db, poolStats: o.handle.poolStats }) : null;
  const secrets = new InstanceSecrets({ db: o.handle.db, root: o.secretRoot });
  const challenge = o.signOnChallenge?.on ? new SignOnChallenge({ secrets, difficulty: o.signOnChallenge.difficulty, fallbackSeconds: o.signOnChallenge.fallbackSeconds }) : null;
  const signOns = signOnWriter({
    db: o.handle.db,
    limits: { perMinute, domainPerHour: o.signOnDomainRateLimit ?? 60 },
    clock,
    logger: o.logger,
    onWritten: (results) => {
      nudge();
      metrics?.signOnsAccepted(results.filter((r) => !(r instanceof AppError)).length);
    },
  });
  const deps: AppDeps = {
    db: o.handle.db,
    dialect: o.handle.dialect,
    mailer: o.mailer,
    logger: o.logger,
    clock,
    publicUrl: o.publicUrl,
    listCache: new VersionedCache(),
    renderers: o.renderers ?? defaultRenderers,
    trustProxy: o.trustProxy ?? false,
    signOnRateLimit: perMinute,
    contactRetentionMonths: o.contactRetentionMonths ?? 12,
    signOns,
    clientHasher: new ClientHasher(secrets),
    signOnCheck: challenge,
    publicStatements: new TtlCache(1000),
    jobs: { nudge },
    operations: {
      metrics,
      mayReadMetrics: metricsAccess(o.metrics ?? { token: undefined, allow: [] }),
      runsJobs: o.runsJobs ?? (() => false),
      jobsStuckMs: o.jobsStuckMs ?? 10 * 60_000,
    },
  };
  // Handlers read deps when they run (e.g. publicUrl, which a test may set after start-up).
  const worker = new JobWorker({
    db: o.handle.db,
    dialect: o.handle.dialect,
    jobs: allJobs(deps),
    logger: o.logger,
    clock,
    retryBaseMs: o.jobs?.retryBaseMs,
    leaseMs: o.jobs?.leaseMs,
    pollMs: o.jobs?.pollMs,
    busy: () => Date.now() - signOns.lastWriteAt < 1000,
  });
  return { deps, worker };
}

/** Opens the database, brings it up to date and wires the app's dependencies. */
export async function openRuntime(config: Config, logger: Logger): Promise<Runtime> {
  // Contact data is sealed with keys kept outside the database; the first start makes a key file.
  useConfiguredContactKeys(config, logger);
  const handle = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const applied = await migrateToLatest(handle.db, { onWait: () => logger.info('another instance is migrating the database; waiting for it') });
    if (applied.length) logger.info('migrations applied', { migrations: applied, database: handle.describe });
    await checkContactKeys(handle.db);
  } catch (err) {
    await handle.close();
    throw err;
  }
  // Organisations keyed under older duplicate rules are re-keyed in the background.
  await scheduleRegistryRekey(handle.db, new Date());
  // Today's retention run (once per day across instances; each run queues the next).
  if (config.contactRetentionMonths > 0) await scheduleContactRetention(handle.db, { now: new Date() });
  const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, logger, timeoutMs: config.smtpTimeoutMs });
  const { deps, worker } = wireDeps({
    handle,
    mailer,
    logger,
    publicUrl: config.publicUrl,
    trustProxy: config.trustProxy,
    signOnRateLimit: config.signOnRateLimit,
    signOnDomainRateLimit: config.signOnDomainRateLimit,
    signOnChallenge: config.signOnChallenge,
    secretRoot: config.clientHashSecret ?? config.sessionSecret,
    contactRetentionMonths: config.contactRetentionMonths,
    jobs: config.jobs,
    metrics: config.metrics,
    runsJobs: () => config.worker,
    jobsStuckMs: config.readyJobsStuckMs,
  });
  return {
    handle,
    mailer,
    worker,
    deps,
    async close() {
      await worker.stop();
      mailer.close();
      await shutdownPdfRenderer();
      await shutdownCardRenderer();
      await handle.close();
    },
  };
}
