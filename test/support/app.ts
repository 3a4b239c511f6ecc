import type { DatabaseHandle, DialectName } from '../../src/db/database.ts';
import { createApiToken } from '../../src/accounts/api-tokens.ts';
import { ensureCoordinator } from '../../src/accounts/coordinator.ts';
import { silentLogger } from '../../src/logger.ts';
import { createMailer, type Mailer } from '../../src/mail/mailer.ts';
import type { JobWorker } from '../../src/jobs/worker.ts';
import { wireDeps } from '../../src/runtime.ts';
import { shutdownPdfRenderer } from '../../src/publishing/documents/render-pdf.ts';
import { shutdownCardRenderer } from '../../src/web/reach-routes.tsx';
import { createApp } from '../../src/web/app.tsx';
import type { AppDeps } from '../../src/web/env.ts';
import { openTestDatabase } from './databases.ts';

export interface TestApp {
  app: ReturnType<typeof createApp>;
  deps: AppDeps;
  worker: JobWorker;
  /** Runs every due background job (emails, registry, scheduled editions) until none is left. */
  runJobs(): Promise<number>;
  /** Moves the test clock. */
  setNow(d: Date): void;
  close(): Promise<void>;
}

/** The real app on a fresh database, with a controllable clock and the outbox mailer unless given one. */
export async function createTestApp(dialect: DialectName, opts: { mailer?: Mailer; signOnRateLimit?: number; signOnDomainRateLimit?: number; challenge?: { difficulty?: number; fallbackSeconds?: number }; trustProxy?: boolean; retryBaseMs?: number; metrics?: { token?: string; allow?: string[] }; runsJobs?: boolean; handle?: DatabaseHandle } = {}): Promise<TestApp> {
  // A given handle (e.g. a SQLite file a test inspects) is closed with the app.
  const handle = opts.handle ?? (await openTestDatabase(dialect));
  let now = new Date('2026-04-28T09:00:00Z');
  const mailer = opts.mailer ?? createMailer({ from: 'test@localhost', logger: silentLogger });
  const { deps, worker } = wireDeps({
    handle,
    mailer,
    logger: silentLogger,
    clock: () => new Date(now),
    publicUrl: 'http://undersigned.test',
    signOnRateLimit: opts.signOnRateLimit ?? 10_000,
    signOnDomainRateLimit: opts.signOnDomainRateLimit ?? 1_000_000,
    trustProxy: opts.trustProxy ?? false,
    // The sign-on check is off unless a test asks for it (SIGN_ON_CHALLENGE=off, as for trusted intranets).
    signOnChallenge: opts.challenge ? { on: true, difficulty: opts.challenge.difficulty ?? 100, fallbackSeconds: opts.challenge.fallbackSeconds ?? 5 } : undefined,
    jobs: { retryBaseMs: opts.retryBaseMs ?? 1000 },
    metrics: opts.metrics ? { token: opts.metrics.token, allow: opts.metrics.allow ?? [] } : null,
    runsJobs: () => opts.runsJobs ?? false,
    jobsStuckMs: 10 * 60_000,
  });
  return {
    app: createApp(deps),
    deps,
    worker,
    runJobs: () => worker.runUntilIdle(),
    setNow(d) {
      now = d;
    },
    async close() {
      await worker.stop();
      // The PDF renderer is a child process; left running it would keep the test process alive.
      await shutdownPdfRenderer();
      await shutdownCardRenderer();
      await handle.close();
    },
  };
}

/** An instance admin and an API token for them (tests of the roles make their own people). */
export async function coordinatorToken(t: TestApp, email = 'coordinator@idpc.test'): Promise<string> {
  const c = await ensureCoordinator(t.deps.db, { email, now: new Date() });
  if (c.role !== 'admin') await t.deps.db.updateTable('coordinators').set({ role: 'admin' }).where('id', '=', c.id).execute();
  return createApiToken(t.deps.db, { coordinatorId: c.id, now: new Date() });
}

/** A JSON API call; returns status and parsed body. */
export async function api(t: TestApp, method: string, path: string, opts: { token?: string; body?: unknown; rawBody?: string } = {}) {
  const headers: Record<string, string> = {};
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.body !== undefined || opts.rawBody !== undefined) headers['content-type'] = 'application/json';
  const res = await t.app.request(path, {
    method,
    headers,
    body: opts.rawBody ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
  });
  const text = await res.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: res.status, json, text, headers: res.headers };
}

export const sampleStatement = (slug = 'porto-2019') => ({
  slug,
  title: 'Call to address the health and rights crisis among people who use drugs',
  language: 'en',
  body: 'We call on governments to act.[^1]\n\n- Fund harm reduction\n- End compulsory detention\n\n[^1]: A source, 2018.',
  headline: '{count} NGOs call on world leaders to act',
});

/** Creates and opens a statement through the API. */
export async function openStatement(t: TestApp, token: string, slug = 'porto-2019') {
  const created = await api(t, 'POST', '/api/v1/statements', { token, body: sampleStatement(slug) });
  if (created.status !== 201) throw new Error(`create failed: ${created.status} ${created.text}`);
  const opened = await api(t, 'POST', `/api/v1/statements/${slug}/open`, { token });
  if (opened.status !== 200) throw new Error(`open failed: ${opened.status} ${opened.text}`);
}

/** The confirmation link from the newest outbox message to an address. */
export async function confirmationPath(t: TestApp, token: string, to: string): Promise<string> {
  await t.runJobs();
  const { json } = await api(t, 'GET', '/api/v1/outbox', { token });
  const msg = (json.messages as { to: string; text: string }[]).find((m) => m.to === to); // newest first
  if (!msg) throw new Error(`no message to ${to}`);
  const m = /http:\/\/undersigned\.test(\/confirm\/[A-Za-z0-9_-]+)/.exec(msg.text);
  if (!m) throw new Error('no confirmation link in the message');
  return m[1]!;
}
