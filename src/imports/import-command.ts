import { createLogger } from '../logger.ts';
import { useConfiguredContactKeys } from '../contacts/contact-keys.ts';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { findDuplicatesWithin } from '../organisations/find-duplicates.ts';
import { confirmImport } from './confirm-import.ts';
import { guessColumnMapping } from './column-mapping.ts';
import { entriesFromTable, entriesFromText, type ImportEntries } from './import-entries.ts';
import { DEFAULT_MAX_BYTES, ImportFileError } from './import-file-error.ts';
import { IMPORT_FORMATS, type ImportFormat } from './import-preview.ts';
import { decodeTextFile, parseCsv } from './parse-csv.ts';
import { detectFormat, previewImport } from './preview-import.ts';

const USAGE = 'Usage: undersigned import <slug> FILE [--format csv|xlsx|text] [--dry-run]\n';

/** Who the audit log names for imports run from the command line. */
const CLI_ACTOR = 'cli';

class UsageProblem extends Error {}

function readImportFile(path: string): Uint8Array {
  const full = resolve(path);
  if (!existsSync(full)) throw new ImportFileError(`${path}: no such file.`);
  const stat = statSync(full);
  if (!stat.isFile()) throw new ImportFileError(`${path} is not a file.`);
  // Checked before reading, so a 50 MB file is refused without loading it.
  if (stat.size > DEFAULT_MAX_BYTES) throw new ImportFileError(`${path} is larger than ${DEFAULT_MAX_BYTES / 1024 / 1024} MB. Split it into smaller files.`);
  return readFileSync(full);
}

/** The entries a file would create, exactly as the web import reads it (columns guessed from the header row). */
async function readEntries(bytes: Uint8Array, format: ImportFormat): Promise<ImportEntries> {
  if (format === 'text') return entriesFromText(decodeTextFile(bytes));
  const table = format === 'xlsx' ? await (await import('./parse-xlsx.ts')).parseXlsx(bytes) /* exceljs (~30 MB) only when a sheet comes */ : parseCsv(bytes);
  const mapping = guessColumnMapping(table.headers);
  if (mapping.name === undefined) {
    throw new ImportFileError(`No column looks like organisation names (headers: ${table.headers.join(', ')}). Name it "Organisation" and try again.`);
  }
  return entriesFromTable(table, mapping);
}

/**
 * Whether the statement exists, asked without creating or migrating anything: a dry run writes
 * nothing, not even an empty SQLite file. Null when there is no database to ask.
 */
async function statementExists(slug: string): Promise<boolean | null> {
  const config = loadConfig();
  let db: Kysely<Database>;
  if (config.databaseUrl) {
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: config.databaseUrl, max: 1, connectionTimeoutMillis: 3000 }) }) });
  } else {
    const file = join(resolve(config.dataDir), 'undersigned.sqlite');
    if (!existsSync(file)) return null;
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: new SQLite(file, { readonly: true, fileMustExist: true }) }) });
  }
  try {
    return (await db.selectFrom('statements').select('id').where('slug', '=', slug).executeTakeFirst()) !== undefined;
  } catch {
    return null; // unreachable, or not migrated yet
  } finally {
    await db.destroy().catch(() => {});
  }
}

function progress(enabled: boolean) {
  let last = 0;
  return (done: number, total: number) => {
    if (!enabled) return;
    const now = Date.now();
    if (done !== total && now - last < 100) return;
    last = now;
    process.stderr.write(`\rImporting ${done.toLocaleString('en')}/${total.toLocaleString('en')}…${done === total ? '\n' : ''}`);
  };
}

async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { format: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } }, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageProblem((err as Error).message);
  }
  const [slug, file, ...extra] = parsed.positionals;
  if (!slug || !file) throw new UsageProblem('A statement slug and a file are required.');
  if (extra.length) throw new UsageProblem(`Unexpected argument "${extra[0]}".`);
  const declared = parsed.values.format;
  if (declared !== undefined && !(IMPORT_FORMATS as readonly string[]).includes(declared)) throw new UsageProblem(`--format must be csv, xlsx or text, not "${declared}".`);
  const bytes = readImportFile(file);
  const format = detectFormat(bytes, basename(file), declared as ImportFormat | undefined);

  if (parsed.values['dry-run']) {
    const { entries, skipped, warnings } = await readEntries(bytes, format);
    const duplicates = findDuplicatesWithin(entries.map((e) => ({ name: e.name, country: e.country, website: e.website, emailDomain: e.contactEmail })));
    // stdout carries exactly this shape; everything for people goes to stderr.
    process.stdout.write(
      JSON.stringify({
        entries: entries.map((e) => ({ name: e.name, country: e.country })),
        duplicates: duplicates.map((d) => ({ a: d.a, b: d.b, score: d.score, level: d.level, reason: d.reason })),
      }) + '\n',
    );
    for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
    for (const s of skipped) process.stderr.write(`left out (${s.origin}): ${s.text} — ${s.reason}\n`);
    if ((await statementExists(slug)) === false) process.stderr.write(`note: there is no statement "${slug}" on this instance; a real import would fail.\n`);
    return 0;
  }

  const config = loadConfig();
  useConfiguredContactKeys(config, createLogger(config.logLevel, config.logFormat));
  const handle = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateToLatest(handle.db);
    const result = await handle.db.transaction().execute(async (trx) => {
      const now = new Date();
      const preview = await previewImport(trx, { slug, source: { bytes, format, fileName: basename(file) }, coordinatorId: null, now });
      const out = process.stdout;
      out.write(`${preview.entries.length.toLocaleString('en')} signatories to import into "${slug}" from ${basename(file)} (${format}).\n`);
      out.write(`  ${preview.duplicates.length} likely duplicates within the file, ${preview.existing.length} like signatories already on the statement, ${preview.registry.length} known from other statements.\n`);
      for (const d of preview.duplicates) out.write(`  duplicate: #${d.a + 1} "${preview.entries[d.a]!.name}" / #${d.b + 1} "${preview.entries[d.b]!.name}" — ${d.reason}\n`);
      for (const w of preview.warnings) process.stderr.write(`warning: ${w}\n`);
      for (const s of preview.skipped) process.stderr.write(`left out (${s.origin}): ${s.text} — ${s.reason}\n`);
      const outcome = await confirmImport(trx, { id: preview.id, coordinatorId: CLI_ACTOR, now, inline: true, onProgress: progress(process.stderr.isTTY === true) });
      if (outcome.background) throw new Error('unreachable: the command line imports inline');
      return outcome;
    });
    process.stdout.write(
      `Imported ${result.created.toLocaleString('en')} signatories into "${result.slug}".` +
        (result.flagged ? ` ${result.flagged} likely duplicates to review in the coordinator area.` : '') +
        (result.flaggedPossible ? ` ${result.flaggedPossible} possible duplicates worth a look there too.` : '') +
        '\n',
    );
    return 0;
  } finally {
    await handle.close();
  }
}

/** `undersigned import <slug> FILE [--format csv|xlsx|text] [--dry-run]`; returns the exit code. */
export async function runImport(args: string[]): Promise<number> {
  try {
    return await run(args);
  } catch (err) {
    if (err instanceof UsageProblem) {
      process.stderr.write(`${err.message}\n${USAGE}`);
      return 2;
    }
    if (err instanceof ImportFileError || err instanceof AppError) {
      process.stderr.write(`undersigned import: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}
