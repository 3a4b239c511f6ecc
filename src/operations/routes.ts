import { Hono } from 'hono';
import { socketAddress } from '../web/client-address.ts';
import type { AppEnv } from '../web/env.ts';
import { checkReadiness } from './readiness.ts';

/** Paths that probes and scrapers call every few seconds: logged at debug level, not info. */
export const PROBE_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

/** /healthz (the process answers), /readyz (it can serve) and the opt-in /metrics. Texts are for operators and tools, not translated. */
export const operationsRoutes = new Hono<AppEnv>()
  // Liveness touches nothing outside the process: a database outage must not get the app restarted.
  .get('/healthz', (c) => c.json({ status: 'ok', database: c.get('deps').dialect }))
  .get('/readyz', async (c) => {
    const deps = c.get('deps');
    const ops = deps.operations;
    const r = await checkReadiness({ db: deps.db, now: deps.clock(), checkJobs: ops?.runsJobs() ?? false, stuckMs: ops?.jobsStuckMs ?? 0 });
    c.header('Cache-Control', 'no-store');
    return c.json({ status: r.ready ? 'ready' : 'unavailable', database: deps.dialect, checks: r.checks }, r.ready ? 200 : 503);
  })
  .get('/metrics', async (c) => {
    const ops = c.get('deps').operations;
    if (!ops?.metrics) return c.notFound();
    if (!ops.mayReadMetrics({ authorization: c.req.header('authorization'), address: socketAddress(c) })) {
      return c.text('Forbidden: send Authorization: Bearer $METRICS_TOKEN, or scrape from an address in METRICS_ALLOW.\n', 403);
    }
    const { contentType, body } = await ops.metrics.render();
    c.header('Cache-Control', 'no-store');
    return c.body(body, 200, { 'Content-Type': contentType });
  });
