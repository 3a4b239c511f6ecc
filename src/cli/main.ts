import { parseArgs } from 'node:util';
import { createApiToken } from '../accounts/api-tokens.ts';
import { ensureCoordinator, findCoordinatorByEmail, raiseInstanceRole } from '../accounts/coordinator.ts';
import { createOneTimeLink } from '../accounts/one-time-links.ts';
import { loadConfig } from '../config.ts';
import { existsSync } from 'node:fs';
import { openDatabase, openSqlite, sqliteFile } from '../db/database.ts';
import { DowngradeRefused, migrateToLatest, migrationStatus } from '../db/migrate.ts';
import { createLogger } from '../logger.ts';
import { useConfiguredContactKeys } from '../contacts/contact-keys.ts';
import { startServer } from '../server.ts';
import { emailAddress, issueText } from '../shared/text.ts';

const USAGE = `Usage: undersigned <command>

  serve                              start the web app (PORT, DATA_DIR, DATABASE_URL)
  migrate [--dry-run]                bring the database schema up to date (--dry-run: list what would run)
  token create --email <email>       create the person if needed, as an instance admin; print a new API token
  link --email <email> [--create]    print a one-time sign-in link (PUBLIC_URL) for a coordinator; --create makes
                                     a new one for an unknown email
  import <slug> FILE [--format csv|xlsx|text] [--dry-run]
                                     import signatories (a preview with --dry-run)
  export <slug> --format pdf|docx|csv|json [--edition N] [--out FILE] [--full]
                                     write the statement or its list to a file
  healthcheck [--url URL]            exit 0 if the app is ready (default http://127.0.0.1:$PORT/readyz), 1 if not
  contacts export|erase --email <email>, contacts rotate-key
                                     data-protection requests and key rotation (see README)
  backup FILE                        write a consistent copy of the SQLite database, also while the app runs
  restore FILE                       put a backup in place as DATA_DIR's database (refused over a running
                                     instance or a database that is not empty)
`;

class UsageError extends Error {}

async function withDatabase<T>(fn: (db: ReturnType<typeof openDatabase>['db']) => Promise<T>): Promise<T> {
  const config = loadConfig();
  useConfiguredContactKeys(config, createLogger(config.logLevel, config.logFormat));
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
      const logger = createLogger(config.logLevel, config.logFormat);
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
      const { values } = parseArgs({ args: rest, options: { 'dry-run': { type: 'boolean' } } });
      if (values['dry-run']) return migrateDryRun();
      const config = loadConfig();
      useConfiguredContactKeys(config, createLogger(config.logLevel, config.logFormat));
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
          // The operator at the server's console speaks for the instance: the token is an admin's.
          const coordinator = await ensureCoordinator(trx, { email, now, role: 'admin' });
          if (coordinator.role !== 'admin') await raiseInstanceRole(trx, { coordinatorId: coordinator.id, role: 'admin', by: 'cli', now });
          return createApiToken(trx, { coordinatorId: coordinator.id, label: 'cli', now });
        }),
      );
      process.stdout.write(token + '\n');
      return 0;
    }
    case 'link': {
      const { values } = parseArgs({ args: rest, options: { email: { type: 'string' }, create: { type: 'boolean' } }, allowPositionals: true });
      const email = emailOption(rest.filter((a) => a !== '--create'));
      const config = loadConfig();
      const token = await withDatabase(async (db) => {
        const found = await findCoordinatorByEmail(db, email);
        if (!found && !values.create) return null;
        const coordinator = found ?? (await ensureCoordinator(db, { email, now: new Date() }));
        return createOneTimeLink(db, { purpose: 'sign-in', coordinatorId: coordinator.id, now: new Date() });
      });
      if (!token) {
        process.stderr.write(`No coordinator has the email ${email}. Invite them from the People page, or add --create to make a new coordinator.\n`);
        return 1;
      }
      if (!config.publicUrlSet) {
        process.stderr.write(`PUBLIC_URL is not set, so this link uses ${config.publicUrl}; set PUBLIC_URL to the address people open the app at (e.g. https://sign.example.org).\n`);
      }
      process.stdout.write(`${config.publicUrl}/sign-in/link/${token}\n`);
      return 0;
    }
    case 'import':
      return (await import('../imports/import-command.ts')).runImport(rest);
    case 'export':
      return (await import('../publishing/export-command.ts')).runExport(rest);
    case 'healthcheck':
      return healthcheck(rest);
    case 'contacts':
      return (await import('../contacts/contacts-command.ts')).runContacts(rest);
    case 'backup':
    case 'restore': {
      const { positionals } = parseArgs({ args: rest, allowPositionals: true });
      if (positionals.length !== 1) throw new UsageError(`undersigned ${command} FILE: one file name is required.`);
      const config = loadConfig();
      if (config.databaseUrl) throw new Error(`${command} is for SQLite; on PostgreSQL use pg_dump and pg_restore (see the README).`);
      const { backupSqlite, restoreSqlite } = await import('../operations/backup.ts');
      const file = positionals[0]!;
      const s = command === 'backup' ? await backupSqlite({ dataDir: config.dataDir, file }) : await restoreSqlite({ dataDir: config.dataDir, file });
      const what = `${s.statements} statements, ${s.signatures} signatures, ${(s.bytes / 1024 / 1024).toFixed(1)} MB`;
      process.stderr.write(command === 'backup' ? `Backed up ${what} to ${s.file}\n` : `Restored ${what} into ${s.file}; start the app to apply any newer migrations.\n`);
      return 0;
    }
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE);
      return 0;
    default:
      throw new UsageError(`Unknown command "${command}".`);
  }
}

/** Lists the migrations `migrate` would run; creates nothing (not even a SQLite file). */
async function migrateDryRun(): Promise<number> {
  const config = loadConfig();
  if (!config.databaseUrl && !existsSync(sqliteFile(config.dataDir))) {
    const { pending } = await migrationStatusOf(null);
    process.stdout.write(`No database yet at ${sqliteFile(config.dataDir)}; would create it and apply:\n${pending.map((n) => `  ${n}\n`).join('')}`);
    return 0;
  }
  const status = await migrationStatusOf(config);
  if (status.unknown.length) {
    process.stderr.write(`${new DowngradeRefused(status.unknown).message}\n`);
    return 1;
  }
  process.stdout.write(status.pending.length ? `Would apply:\n${status.pending.map((n) => `  ${n}\n`).join('')}` : 'Database is up to date; nothing to apply.\n');
  return 0;
}

async function migrationStatusOf(config: ReturnType<typeof loadConfig> | null) {
  // Without a database, an empty one in memory shows what a new one would get.
  const handle = config ? openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }) : openSqlite(':memory:');
  try {
    return await migrationStatus(handle.db);
  } finally {
    await handle.close();
  }
}

/** For a container's HEALTHCHECK: 0 when /readyz says ready within five seconds, 1 otherwise. */
async function healthcheck(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { url: { type: 'string' } } });
  const url = values.url ?? `http://127.0.0.1:${loadConfig().port}/readyz`;
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
    const body = await res.text();
    process.stdout.write(`${res.status} ${body.slice(0, 500)}\n`);
    return res.status === 200 ? 0 : 1;
  } catch (err) {
    process.stdout.write(`unreachable: ${url} (${err instanceof Error ? (err.cause as Error | undefined)?.message ?? err.message : String(err)})\n`);
    return 1;
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
