import type { DbOrTx } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { countOpenFlags } from '../organisations/duplicate-flag.repository.ts';
import { recordAudit } from '../shared/audit.ts';
import { addSignatory } from '../signatures/add-signatory.ts';
import { getStatementById } from '../statements/statement.repository.ts';
import { deletePendingImport, getPendingImport, openStoredJson } from './pending-import.repository.ts';
import type { ImportPreview } from './import-preview.ts';
import { enqueueJob } from '../jobs/job.repository.ts';
import { importChunksJob } from './import-chunks.job.ts';

export interface ImportResult {
  slug: string;
  created: number;
  /** Entries the coordinator chose to leave out. */
  leftOut: number;
  /** New likely duplicates flagged by the import, to review on the duplicates page. */
  flagged: number;
  /** New possible duplicates (worth a look). */
  flaggedPossible: number;
  signatureIds: string[];
}

/** Imports up to this many entries are created inside the request; larger ones by a job, in chunks. */
export const INLINE_IMPORT_MAX = 500;
/** Entries per transaction in a background import: short enough not to hold up sign-ons. */
export const IMPORT_CHUNK = 25;

export type ConfirmOutcome = ({ background: false } & ImportResult) | { background: true; id: string; total: number };

/**
 * Confirms a pending import. Up to INLINE_IMPORT_MAX entries, the signatories are created at
 * once (approved, source 'import', through the coordinator's path so the registry and duplicate
 * flags see each), all or none, in the caller's transaction. A larger import is marked
 * 'importing' and handed to a job that creates it in chunks, each chunk committed with its
 * progress, so a crash resumes where it stopped. Either way the pending import is consumed
 * first: a second press of Confirm finds nothing to do instead of importing twice.
 */
export async function confirmImport(
  db: DbOrTx,
  opts: {
    id: string;
    coordinatorId: string;
    now: Date;
    statementId?: string;
    leaveOut?: number[];
    /** Create every entry now whatever the size (the command line, which has no worker). */
    inline?: boolean;
    onProgress?: (done: number, total: number) => void;
  },
): Promise<ConfirmOutcome> {
  const { preview } = await getPendingImport(db, opts.id);
  if (opts.statementId && preview.statementId !== opts.statementId) throw new AppError('not_found', 'This import was not found in this statement.');
  const leaveOut = new Set(opts.leaveOut ?? []);
  for (const i of leaveOut) {
    if (!Number.isInteger(i) || i < 0 || i >= preview.entries.length) {
      throw new AppError('validation_failed', `Entry ${i} is not in this import.`, { leave_out: `Use entry numbers from 0 to ${preview.entries.length - 1}.` });
    }
  }
  const total = preview.entries.length - leaveOut.size;
  if (total > INLINE_IMPORT_MAX && !opts.inline) {
    const statement = await getStatementById(db, preview.statementId);
    const before = { likely: await countOpenFlags(db, statement.id, 'likely'), possible: await countOpenFlags(db, statement.id, 'possible') };
    const claimed = await db
      .updateTable('pending_imports')
      .set({ state: 'importing', done_count: 0, total_count: total, leave_out_json: JSON.stringify([...leaveOut]), confirmed_by: opts.coordinatorId, result_json: JSON.stringify({ before }) })
      .where('id', '=', preview.id)
      .where('state', '=', 'pending')
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) throw new AppError('conflict', 'This import was confirmed or discarded meanwhile.');
    await enqueueJob(db, importChunksJob, { importId: preview.id }, { now: opts.now, key: `import:${preview.id}` });
    return { background: true, id: preview.id, total };
  }
  if (!(await deletePendingImport(db, preview.id))) throw new AppError('conflict', 'This import was confirmed or discarded meanwhile.');
  const statement = await getStatementById(db, preview.statementId);
  const likelyBefore = await countOpenFlags(db, statement.id, 'likely');
  const possibleBefore = await countOpenFlags(db, statement.id, 'possible');
  const todo = preview.entries.filter((_, i) => !leaveOut.has(i));
  const signatureIds = await createEntries(db, { slug: statement.slug, entries: todo, coordinatorId: opts.coordinatorId, now: opts.now, onProgress: opts.onProgress });
  const flagged = (await countOpenFlags(db, statement.id, 'likely')) - likelyBefore;
  const flaggedPossible = (await countOpenFlags(db, statement.id, 'possible')) - possibleBefore;
  await auditImport(db, { preview, coordinatorId: opts.coordinatorId, now: opts.now, statementId: statement.id, created: signatureIds.length, leftOut: leaveOut.size, flagged, flaggedPossible });
  return { background: false, slug: statement.slug, created: signatureIds.length, leftOut: leaveOut.size, flagged, flaggedPossible, signatureIds };
}

async function createEntries(
  db: DbOrTx,
  o: { slug: string; entries: ImportPreview['entries']; coordinatorId: string; now: Date; onProgress?: ((done: number, total: number) => void) | undefined },
): Promise<string[]> {
  const ids: string[] = [];
  for (const e of o.entries) {
    const s = await addSignatory(db, {
      slug: o.slug,
      input: { name: e.name, country: e.international ? 'international' : (e.country ?? ''), type: e.type, website: e.website, contact_name: e.contactName, contact_email: e.contactEmail },
      coordinatorId: o.coordinatorId,
      now: o.now,
      source: 'import',
    });
    ids.push(s.id);
    o.onProgress?.(ids.length, o.entries.length);
  }
  return ids;
}

function auditImport(
  db: DbOrTx,
  o: { preview: Pick<ImportPreview, 'id' | 'format' | 'sourceName'>; coordinatorId: string; now: Date; statementId: string; created: number; leftOut: number; flagged: number; flaggedPossible: number },
) {
  return recordAudit(db, {
    at: o.now,
    actor: o.coordinatorId,
    action: 'import.confirmed',
    subjectType: 'statement',
    subjectId: o.statementId,
    detail: { import: o.preview.id, format: o.preview.format, source: o.preview.sourceName, created: o.created, left_out: o.leftOut, flagged: o.flagged, flagged_possible: o.flaggedPossible },
  });
}

/**
 * One chunk of a background import, in its own transaction: the next IMPORT_CHUNK entries and
 * the progress counter move together, so a re-run after a crash neither skips nor repeats any.
 * Returns true when the import is complete.
 */
export async function importNextChunk(db: DbOrTx, opts: { id: string; now: Date }): Promise<boolean> {
  const row = await db.selectFrom('pending_imports').selectAll().where('id', '=', opts.id).executeTakeFirst();
  if (!row || row.state !== 'importing') return true;
  const stored = openStoredJson<Pick<ImportPreview, 'entries'>>(row.entries_json);
  const leaveOut = new Set(JSON.parse(row.leave_out_json ?? '[]') as number[]);
  const todo = stored.entries.filter((_, i) => !leaveOut.has(i));
  const done = Number(row.done_count);
  const statement = await getStatementById(db, row.statement_id);
  const chunk = todo.slice(done, done + IMPORT_CHUNK);
  const coordinatorId = row.confirmed_by ?? 'system';
  await createEntries(db, { slug: statement.slug, entries: chunk, coordinatorId, now: opts.now });
  const progressed = done + chunk.length;
  if (progressed < todo.length) {
    await db.updateTable('pending_imports').set({ done_count: progressed }).where('id', '=', row.id).execute();
    return false;
  }
  const { before } = JSON.parse(row.result_json ?? '{"before":{"likely":0,"possible":0}}') as { before: { likely: number; possible: number } };
  const flagged = (await countOpenFlags(db, statement.id, 'likely')) - before.likely;
  const flaggedPossible = (await countOpenFlags(db, statement.id, 'possible')) - before.possible;
  const result = { created: todo.length, left_out: leaveOut.size, flagged, flagged_possible: flaggedPossible };
  await db
    .updateTable('pending_imports')
    .set({ state: 'done', done_count: progressed, result_json: JSON.stringify(result), table_json: null, entries_json: JSON.stringify({ entries: [] }) })
    .where('id', '=', row.id)
    .execute();
  await auditImport(db, {
    preview: { id: row.id, format: row.format as ImportPreview['format'], sourceName: row.source_name },
    coordinatorId,
    now: opts.now,
    statementId: statement.id,
    created: todo.length,
    leftOut: leaveOut.size,
    flagged,
    flaggedPossible,
  });
  return true;
}

/** Drops a pending import without creating anything. */
export async function discardImport(db: DbOrTx, opts: { id: string; statementId?: string }): Promise<void> {
  const { preview } = await getPendingImport(db, opts.id);
  if (opts.statementId && preview.statementId !== opts.statementId) throw new AppError('not_found', 'This import was not found in this statement.');
  await deletePendingImport(db, preview.id);
}
