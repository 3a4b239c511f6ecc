import client from 'prom-client';
import type { Db, PoolStats } from '../db/database.ts';
import { countJobs } from '../jobs/job.repository.ts';
import { JOB_STATES } from '../jobs/job.ts';
import { countMessages } from '../mail/mailer.ts';

/** This instance's Prometheus metrics (docs/decisions/operating-health-metrics-backups.md). */
export interface Metrics {
  /** One answered HTTP request; `route` is the matched pattern (e.g. /statements/:slug), never the raw path. */
  observeRequest(method: string, route: string, status: number, seconds: number): void;
  signOnsAccepted(n: number): void;
  /** The exposition text, with the queue, mail and pool read at this moment. */
  render(): Promise<{ contentType: string; body: string }>;
}

const MAIL_STATUSES = ['queued', 'retrying', 'sending', 'sent', 'failed', 'outbox'] as const;

/**
 * Counters and latencies of this process, and gauges read from the database when scraped: the
 * job queue and the mail by state are the same on every instance (take max() across them).
 * A scrape while the database is away still answers, with undersigned_database_up 0.
 */
export function createMetrics(o: { db: Db; poolStats?: (() => PoolStats) | undefined }): Metrics {
  const register = new client.Registry();
  client.collectDefaultMetrics({ register });
  const requests = new client.Counter({ name: 'undersigned_http_requests_total', help: 'HTTP requests answered, by route pattern and status', labelNames: ['method', 'route', 'status'], registers: [register] });
  const latency = new client.Histogram({
    name: 'undersigned_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by route pattern',
    labelNames: ['method', 'route'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [register],
  });
  const signOns = new client.Counter({ name: 'undersigned_sign_ons_accepted_total', help: 'Public sign-ons acknowledged (202) by this instance, repeats included', registers: [register] });
  const up = new client.Gauge({ name: 'undersigned_database_up', help: '1 when the database answered this scrape', registers: [register] });
  const jobs = new client.Gauge({ name: 'undersigned_jobs', help: 'Background jobs in the database by state (the same on every instance)', labelNames: ['state'], registers: [register] });
  const mail = new client.Gauge({ name: 'undersigned_mail_messages', help: 'Outgoing messages in the database by status (the same on every instance)', labelNames: ['status'], registers: [register] });
  const pool = new client.Gauge({ name: 'undersigned_database_pool_connections', help: 'PostgreSQL pool connections: total, idle, waiting (queries queued for one), max', labelNames: ['state'], registers: [register] });

  const readDatabase = async () => {
    try {
      const [byState, byStatus] = await Promise.all([countJobs(o.db), countMessages(o.db)]);
      for (const s of JOB_STATES) jobs.set({ state: s }, byState[s]);
      for (const s of MAIL_STATUSES) mail.set({ status: s }, byStatus[s]);
      up.set(1);
    } catch {
      // Old numbers would pass for current ones: leave them out until the database answers.
      jobs.reset();
      mail.reset();
      up.set(0);
    }
    const stats = o.poolStats?.();
    if (stats) for (const [state, n] of Object.entries(stats)) pool.set({ state }, n);
  };

  return {
    observeRequest(method, route, status, seconds) {
      requests.inc({ method, route, status: String(status) });
      latency.observe({ method, route }, seconds);
    },
    signOnsAccepted(n) {
      if (n > 0) signOns.inc(n);
    },
    async render() {
      await readDatabase();
      return { contentType: register.contentType, body: await register.metrics() };
    },
  };
}
