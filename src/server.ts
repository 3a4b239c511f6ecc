import { serve, type ServerType } from '@hono/node-server';
import { countCoordinators } from './accounts/coordinator.ts';
import { createOneTimeLink } from './accounts/one-time-links.ts';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';
import { markDataDirInUse } from './operations/instance-marker.ts';
import { openRuntime } from './runtime.ts';
import { createApp } from './web/app.tsx';
import type { AppDeps } from './web/env.ts';

/** Starts the HTTP server; resolves once it listens. SIGTERM/SIGINT drain requests and close the database. */
export async function startServer(config: Config, logger: Logger): Promise<{ server: ServerType; port: number; deps: AppDeps; stop: () => Promise<void> }> {
  const runtime = await openRuntime(config, logger);
  const { deps } = runtime;
  // `undersigned restore` refuses to replace the database of a running instance.
  const marker = runtime.handle.dialect === 'sqlite' ? markDataDirInUse(config.dataDir) : null;
  const app = createApp(deps);

  if ((await countCoordinators(deps.db)) === 0) {
    const token = await createOneTimeLink(deps.db, { purpose: 'setup', coordinatorId: null, now: deps.clock() });
    const banner = [
      '',
      'Undersigned has no coordinator yet. Open this one-time link to create the first account:',
      `  ${config.publicUrl}/setup/${token}`,
      'or create one from the command line: npx undersigned token create --email you@example.org',
      '',
    ].join('\n');
    process.stderr.write(banner + '\n');
  }

  // Background work (mail, registry, scheduled editions) runs from the job queue, shared by all instances.
  if (config.worker) runtime.worker.start();

  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.info('listening', { url: `http://localhost:${port}`, database: runtime.handle.describe, mail: deps.mailer.mode });

  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      logger.info('shutting down: finishing requests in flight');
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive sockets would hold close() open; in-flight requests still finish.
        (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
      });
      await runtime.close();
      marker?.release();
      const { batches, items } = deps.signOns;
      logger.info('stopped', { signOnBatches: batches, signOns: items, meanBatch: batches ? Math.round((10 * items) / batches) / 10 : 0 });
    })());
  return { server, port, deps, stop };
}
