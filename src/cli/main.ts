import { parseArgs } from 'node:util';
import { createApiToken } from '../accounts/api-tokens.ts';
import { ensureCoordinator, findCoordinatorByEmail } from '../accounts/coordinator.ts';
import { createOneTimeLink } from '../accounts/one-time-links.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { createLogger } from '../logger.ts';
import { startServer } from '../server.ts';
import { emailAddress, issueText } from '../shared/text.ts';

const USAGE = `Usage: undersigned <command>

  serve                              start the web app (PORT, DATA_DIR, DATABASE_URL)
  migrate                            bring the database schema up to date
  token create --email <email>       create the coordinator if needed; print a new API token
  link --email <email>               print a one-time sign-in link for a coordinator
  import <slug> FILE [--format csv|xlsx|text] [--dry-run]
                                     import signatories (a preview with --dry-run)
  export <slug> --format pdf|docx|csv|json [--edition N] [--out FILE] [--full]
                                     write the statement or its list to a file
`;

class UsageError extends Error {}

async function withDatabase<T>(fn: (db: ReturnType<typeof openDatabase>['db']) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const handle = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateToLatest(handle.db);
    return await fn(handle.db);
  } finally {
    await handle.close();
  }
}

function emailOption(args: string[]): string {
  const { values } = parseArgs({ args, options: { email: { type: 'string' } }, allowPositionals: true });
  if (!values.email) throw new UsageError('--email <coordinator email> is required.');
  const parsed = emailAddress('field.email').safeParse(values.email);
  if (!parsed.success) throw new UsageError(parsed.error.issues[0] ? issueText(parsed.error.issues[0]) : 'Invalid email.');
  return parsed.data;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'serve':
    case undefined: {
      const config = loadConfig();
      const logger = createLogger(config.logLevel);
      const { stop } = await startServer(config, logger);
      for (const signal of ['SIGTERM', 'SIGINT'] as const) {
        process.once(signal, () => {
          logger.info('signal received', { signal });
          stop().then(
            () => process.exit(0),
            (err: Error) => {
              logger.error('shutdown failed', { error: err.message });
              process.exit(1);
            },
          );
        });
      }
      return -1; // keep running
    }
    case 'migrate': {
      const config = loadConfig();
      const handle = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        const applied = await migrateToLatest(handle.db);
        process.stderr.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'Database is up to date.\n');
      } finally {
        await handle.close();
      }
      return 0;
    }
    case 'token': {
      const [sub, ...args] = rest;
      if (sub !== 'create') throw new UsageError('Did you mean: undersigned token create --email <email>?');
      const email = emailOption(args);
      const token = await withDatabase((db) =>
        db.transaction().execute(async (trx) => {
          const now = new Date();
          const coordinator = await ensureCoordinator(trx, { email, now });
          return createApiToken(trx, { coordinatorId: coordinator.id, label: 'cli', now });
        }),
      );
      process.stdout.write(token + '\n');
      return 0;
    }
    case 'link': {
      const email = emailOption(rest);
      const config = loadConfig();
      const token = await withDatabase(async (db) => {
        const coordinator = (await findCoordinatorByEmail(db, email)) ?? (await ensureCoordinator(db, { email, now: new Date() }));
        return createOneTimeLink(db, { purpose: 'sign-in', coordinatorId: coordinator.id, now: new Date() });
      });
      process.stdout.write(`${config.publicUrl}/sign-in/link/${token}\n`);
      return 0;
    }
    case 'import':
      return (await import('../imports/import-command.ts')).runImport(rest);
    case 'export':
      return (await import('../publishing/export-command.ts')).runExport(rest);
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE);
      return 0;
    default:
      throw new UsageError(`Unknown command "${command}".`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof UsageError) process.stderr.write(`${err.message}\n\n${USAGE}`);
    else process.stderr.write(`undersigned: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = err instanceof UsageError ? 2 : 1;
  },
);
