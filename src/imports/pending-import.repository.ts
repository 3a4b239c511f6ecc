import { seal, sealedKeyId, unseal } from '../contacts/contact-keys.ts';
import type { DbOrTx } from '../db/database.ts';
import { notFound } from '../errors.ts';
import type { ColumnMapping } from './column-mapping.ts';
import type { TableImport } from './import-file-error.ts';
import type { ImportFormat, ImportPreview } from './import-preview.ts';

// PostgreSQL text cannot hold U+0000 (a pasted list or a CSV cell may): stored previews drop it.
// A staged list holds contact names and emails (its entries and the uploaded table's cells), so
// both are sealed like contacts are (docs/decisions/contact-encryption.md) until the import is done.
const storedJson = (value: unknown): string => seal(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? v.replace(/\u0000/g, '') : v)));

/** A stored entries or table value, opened (rows staged before sealing was added are in clear). */
export const openStoredJson = <T>(text: string): T => JSON.parse(sealedKeyId(text) ? unseal(text) : text) as T;

type Stored = Pick<ImportPreview, 'entries' | 'skipped' | 'warnings' | 'duplicates' | 'existing' | 'registry'>;

const stored = (p: ImportPreview): Stored => ({
  entries: p.entries,
  skipped: p.skipped,
  warnings: p.warnings,
  duplicates: p.duplicates,
  existing: p.existing,
  registry: p.registry,
});

/** Pending imports older than this are dropped when a new one is made. */
const KEEP_DAYS = 7;

export async function insertPendingImport(db: DbOrTx, p: ImportPreview, table: TableImport | null): Promise<void> {
  const cutoff = new Date(p.createdAt.getTime() - KEEP_DAYS * 86_400_000).toISOString();
  await db.deleteFrom('pending_imports').where('statement_id', '=', p.statementId).where('created_at', '<', cutoff).where('state', '!=', 'importing').execute();
  await db
    .insertInto('pending_imports')
    .values({
      id: p.id,
      statement_id: p.statementId,
      source_name: p.sourceName,
      format: p.format,
      table_json: table ? storedJson(table) : null,
      mapping_json: p.mapping ? JSON.stringify(p.mapping) : null,
      entries_json: storedJson(stored(p)),
      created_by: p.createdBy,
      created_at: p.createdAt.toISOString(),
      state: 'pending',
      done_count: 0,
      total_count: null,
      leave_out_json: null,
      result_json: null,
      confirmed_by: null,
    })
    .execute();
}

export async function updatePendingImport(db: DbOrTx, p: ImportPreview): Promise<void> {
  await db
    .updateTable('pending_imports')
    .set({ mapping_json: p.mapping ? JSON.stringify(p.mapping) : null, entries_json: storedJson(stored(p)) })
    .where('id', '=', p.id)
    .execute();
}

/** Where a confirmed import stands while its job creates the signatories. */
export interface ImportProgress {
  state: 'importing' | 'done';
  done: number;
  total: number;
  result: { created: number; left_out: number; flagged: number; flagged_possible: number } | null;
}

/** The progress of an import being created in the background, or null for a preview still pending. */
export async function findImportProgress(db: DbOrTx, id: string): Promise<(ImportProgress & { statementId: string }) | null> {
  if (!/^[0-9a-f-]{36}$/.test(id)) return null;
  const row = await db
    .selectFrom('pending_imports')
    .select(['state', 'done_count', 'total_count', 'result_json', 'statement_id'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row || row.state === 'pending') return null;
  return {
    statementId: row.statement_id,
    state: row.state as 'importing' | 'done',
    done: Number(row.done_count),
    total: Number(row.total_count ?? 0),
    result: row.result_json ? (JSON.parse(row.result_json) as ImportProgress['result']) : null,
  };
}

export async function getPendingImport(db: DbOrTx, id: string): Promise<{ preview: ImportPreview; table: TableImport | null }> {
  const row = /^[0-9a-f-]{36}$/.test(id) ? await db.selectFrom('pending_imports').selectAll().where('id', '=', id).where('state', '=', 'pending').executeTakeFirst() : undefined;
  if (!row) throw notFound('This import (it may have been confirmed or discarded already)');
  const s = openStoredJson<Stored>(row.entries_json);
  const table = row.table_json ? openStoredJson<TableImport>(row.table_json) : null;
  return {
    preview: {
      id: row.id,
      statementId: row.statement_id,
      format: row.format as ImportFormat,
      sourceName: row.source_name,
      headers: table?.headers ?? null,
      mapping: row.mapping_json ? (JSON.parse(row.mapping_json) as ColumnMapping) : null,
      ...s,
      createdBy: row.created_by,
      createdAt: new Date(row.created_at),
    },
    table,
  };
}

/** Removes a pending import; false when it was already gone (confirmed or discarded by someone else). */
export async function deletePendingImport(db: DbOrTx, id: string): Promise<boolean> {
  const res = await db.deleteFrom('pending_imports').where('id', '=', id).where('state', '=', 'pending').executeTakeFirst();
  return Number(res.numDeletedRows) === 1;
}
