import type { DbOrTx } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { countOpenFlags } from '../organisations/duplicate-flag.repository.ts';
import { recordAudit } from '../shared/audit.ts';
import { addSignatory } from '../signatures/add-signatory.ts';
import { getStatementById } from '../statements/statement.repository.ts';
import { deletePendingImport, getPendingImport } from './pending-import.repository.ts';

export interface ImportResult {
  slug: string;
  created: number;
  /** Entries the coordinator chose to leave out. */
  leftOut: number;
  /** Likely duplicates opened by the import, to review on the duplicates page. */
  /** New likely duplicates flagged by the import. */
  flagged: number;
  /** New possible duplicates (worth a look). */
  flaggedPossible: number;
  signatureIds: string[];
}

/**
 * Creates the signatories of a pending import, approved, with source 'import', through the same
 * path as a coordinator's entry (so the registry and duplicate flags see each one). Call inside
 * one transaction: all are created or none. The pending import is consumed first, so a second
 * press of Confirm finds nothing to do instead of importing twice.
 */
export async function confirmImport(
  db: DbOrTx,
  opts: { id: string; coordinatorId: string; now: Date; statementId?: string; leaveOut?: number[]; onProgress?: (done: number, total: number) => void },
): Promise<ImportResult> {
  const { preview } = await getPendingImport(db, opts.id);
  if (opts.statementId && preview.statementId !== opts.statementId) throw new AppError('not_found', 'This import was not found in this statement.');
  const leaveOut = new Set(opts.leaveOut ?? []);
  for (const i of leaveOut) {
    if (!Number.isInteger(i) || i < 0 || i >= preview.entries.length) {
      throw new AppError('validation_failed', `Entry ${i} is not in this import.`, { leave_out: `Use entry numbers from 0 to ${preview.entries.length - 1}.` });
    }
  }
  if (!(await deletePendingImport(db, preview.id))) throw new AppError('conflict', 'This import was confirmed or discarded meanwhile.');
  const statement = await getStatementById(db, preview.statementId);
  const likelyBefore = await countOpenFlags(db, statement.id, 'likely');
  const possibleBefore = await countOpenFlags(db, statement.id, 'possible');
  const todo = preview.entries.filter((_, i) => !leaveOut.has(i));
  const signatureIds: string[] = [];
  for (const [n, e] of todo.entries()) {
    const s = await addSignatory(db, {
      slug: statement.slug,
      input: { name: e.name, country: e.country, type: e.type, website: e.website, contact_name: e.contactName, contact_email: e.contactEmail },
      coordinatorId: opts.coordinatorId,
      now: opts.now,
      source: 'import',
    });
    signatureIds.push(s.id);
    opts.onProgress?.(n + 1, todo.length);
  }
  const flagged = (await countOpenFlags(db, statement.id, 'likely')) - likelyBefore;
  const flaggedPossible = (await countOpenFlags(db, statement.id, 'possible')) - possibleBefore;
  await recordAudit(db, {
    at: opts.now,
    actor: opts.coordinatorId,
    action: 'import.confirmed',
    subjectType: 'statement',
    subjectId: statement.id,
    detail: { import: preview.id, format: preview.format, source: preview.sourceName, created: signatureIds.length, left_out: leaveOut.size, flagged, flagged_possible: flaggedPossible },
  });
  return { slug: statement.slug, created: signatureIds.length, leftOut: leaveOut.size, flagged, flaggedPossible, signatureIds };
}

/** Drops a pending import without creating anything. */
export async function discardImport(db: DbOrTx, opts: { id: string; statementId?: string }): Promise<void> {
  const { preview } = await getPendingImport(db, opts.id);
  if (opts.statementId && preview.statementId !== opts.statementId) throw new AppError('not_found', 'This import was not found in this statement.');
  await deletePendingImport(db, preview.id);
}
