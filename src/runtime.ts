import type { Config } from './config.ts';
import { openDatabase, type DatabaseHandle } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import type { Logger } from './logger.ts';
import { createMailer, type Mailer } from './mail/mailer.ts';
import { systemClock } from './shared/clock.ts';
import { VersionedCache } from './shared/versioned-cache.ts';
import { defaultRenderers } from './publishing/renderers.ts';
import { shutdownPdfRenderer } from './publishing/documents/render-pdf.ts';
import type { AppDeps } from './web/env.ts';

export interface Runtime {
  handle: DatabaseHandle;
  mailer: Mailer;
  deps: AppDeps;
  close(): Promise<void>;
}

/** Opens the database, brings it up to date and wires the app's dependencies. */
export async function openRuntime(config: Config, logger: Logger): Promise<Runtime> {
  const handle = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const applied = await migrateToLatest(handle.db);
    if (applied.length) logger.info('migrations applied', { migrations: applied, database: handle.describe });
  } catch (err) {
    await handle.close();
    throw err;
  }
  const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, logger });
  const deps: AppDeps = {
    db: handle.db,
    dialect: handle.dialect,
    mailer,
    logger,
    clock: systemClock,
    publicUrl: config.publicUrl,
    listCache: new VersionedCache(),
    renderers: defaultRenderers,
    trustProxy: config.trustProxy,
    signOnRateLimit: config.signOnRateLimit,
  };
  return {
    handle,
    mailer,
    deps,
    async close() {
      mailer.close();
      await shutdownPdfRenderer();
      await handle.close();
    },
  };
}
