import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { sqliteFile } from '../db/database.ts';
import { DowngradeRefused, migrationStatus } from '../db/migrate.ts';
import { instanceUsing, MARKER_STALE_MS } from './instance-marker.ts';

/** Why a backup or restore was refused; the CLI prints the message and exits 1. */
export class BackupRefused extends Error {
  override name = 'BackupRefused';
}

export interface BackupSummary {
  file: string;
  bytes: number;
  statements: number;
  signatures: number;
}

/** The tables whose rows make a database "not empty": anything a coalition would miss. */
const CONTENT_TABLES = ['statements', 'signatures', 'coordinators', 'organisations'] as const;

interface Inspection {
  bytes: number;
  rows: Record<(typeof CONTENT_TABLES)[number], number>;
  migrations: Awaited<ReturnType<typeof migrationStatus>>;
}

/** Checks that a file is a sound Undersigned database and counts what it holds. */
async function inspect(file: string): Promise<Inspection> {
  const sqlite = new SQLite(file, { readonly: true, fileMustExist: true });
  const db = new Kysely<any>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    const check = sqlite.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new BackupRefused(`${file} is damaged (SQLite quick_check: ${String(check)}).`);
    const migrations = await migrationStatus(db);
    if (migrations.applied.length === 0) throw new BackupRefused(`${file} is not an Undersigned database (it has never been migrated).`);
    const count = (table: string) => Number((sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n);
    const rows = Object.fromEntries(CONTENT_TABLES.map((t) => [t, count(t)])) as Inspection['rows'];
    return { bytes: statSync(file).size, rows, migrations };
  } catch (err) {
    if (err instanceof BackupRefused) throw err;
    throw new BackupRefused(`${file} is not an Undersigned SQLite database (${err instanceof Error ? err.message : String(err)}).`);
  } finally {
    await db.destroy();
  }
}

const summary = (file: string, i: Inspection): BackupSummary => ({ file, bytes: i.bytes, statements: i.rows.statements, signatures: i.rows.signatures });

/** Copies one SQLite file to another with SQLite's backup API, in one step, then makes the copy a standalone file. */
async function copyDatabase(from: string, to: string): Promise<void> {
  const source = new SQLite(from, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    // One step copies every page under one read snapshot, so a copy taken while the app writes is
    // consistent; in WAL mode that snapshot blocks no writer. (Small steps would restart whenever
    // the app commits in between, and under a steady stream of sign-ons might never finish.)
    await source.backup(to, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
  const copy = new SQLite(to);
  try {
    copy.pragma('journal_mode = DELETE'); // no -wal/-shm beside a backup: one file to move around
  } finally {
    copy.close();
  }
}

/** A consistent copy of the running (or stopped) instance's SQLite database into `file`, which must not exist. */
export async function backupSqlite(o: { dataDir: string; file: string }): Promise<BackupSummary> {
  const source = sqliteFile(o.dataDir);
  const target = resolve(o.file);
  if (!existsSync(source)) throw new BackupRefused(`There is no database to back up at ${source} (check DATA_DIR).`);
  if (existsSync(target)) throw new BackupRefused(`${target} already exists; choose a new file name (backups are never overwritten).`);
  if (!existsSync(dirname(target))) throw new BackupRefused(`The folder ${dirname(target)} does not exist.`);
  const partial = join(dirname(target), `.${basename(target)}.partial`);
  rmSync(partial, { force: true });
  try {
    await copyDatabase(source, partial);
    const copied = await inspect(partial);
    renameSync(partial, target);
    return summary(target, copied);
  } finally {
    rmSync(partial, { force: true });
  }
}

/**
 * Puts a backup in place as DATA_DIR's database. Refused while an instance runs on DATA_DIR, when
 * DATA_DIR already holds a database with content (a fresh, never-used one may be replaced), when
 * the backup is damaged, and when it comes from a newer version than this one.
 */
export async function restoreSqlite(o: { dataDir: string; file: string }): Promise<BackupSummary> {
  const target = sqliteFile(o.dataDir);
  const running = instanceUsing(o.dataDir);
  if (running) {
    const who = running.pid ? ` (pid ${running.pid} on ${running.host ?? 'this host'})` : '';
    throw new BackupRefused(
      `An instance is running on ${dirname(target)}${who}. Stop it first; if it is not running, wait ${MARKER_STALE_MS / 1000} seconds and try again.`,
    );
  }
  const backup = await inspect(resolve(o.file));
  if (backup.migrations.unknown.length) throw new BackupRefused(new DowngradeRefused(backup.migrations.unknown).message);
  mkdirSync(dirname(target), { recursive: true });
  if (existsSync(target) && statSync(target).size > 0) {
    const current = await inspect(target).catch(() => null);
    const held = current ? Object.entries(current.rows).filter(([, n]) => n > 0) : [];
    if (!current || held.length) {
      const what = current ? held.map(([t, n]) => `${n} ${t}`).join(', ') : 'a file that is not an empty Undersigned database';
      throw new BackupRefused(`${target} is not empty (${what}). Restore into an empty DATA_DIR, or move that file and its -wal and -shm files aside first.`);
    }
  }
  const partial = `${target}.restoring`;
  rmSync(partial, { force: true });
  try {
    await copyDatabase(resolve(o.file), partial);
    for (const f of [target, `${target}-wal`, `${target}-shm`]) rmSync(f, { force: true });
    renameSync(partial, target);
  } finally {
    rmSync(partial, { force: true });
  }
  return summary(target, backup);
}
