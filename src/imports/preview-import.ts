import { emailDomainsOf } from '../contacts/contact.repository.ts';
import type { DbOrTx } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { blockingKeysForFacts } from '../organisations/blocking.ts';
import { findCandidates } from '../organisations/find-candidates.ts';
import { createCandidateIndex, findDuplicatesWithin } from '../organisations/find-duplicates.ts';
import { compareOrganisations, type OrgFacts } from '../organisations/similarity.ts';
import { newId } from '../shared/ids.ts';
import { ACTIVE_STATES, type SignatureState } from '../signatures/signature.ts';
import { getStatementBySlug } from '../statements/statement.repository.ts';
import { guessColumnMapping, type ColumnMapping } from './column-mapping.ts';
import { entriesFromTable, entriesFromText, validateMapping, type ImportEntries, type ImportEntry } from './import-entries.ts';
import { ImportFileError, importError, type TableImport } from './import-file-error.ts';
import type { ExistingMatch, ImportFormat, ImportPreview, RegistryMatch } from './import-preview.ts';
import { decodeTextFile, parseCsv } from './parse-csv.ts';
import { getPendingImport, insertPendingImport, updatePendingImport } from './pending-import.repository.ts';

/** What the coordinator gave: pasted text, or a file's bytes with an optional format and column mapping. */
export type ImportSource = { text: string } | { bytes: Uint8Array; format?: ImportFormat; fileName?: string | null; mapping?: unknown };

/** Registry look-ups per preview are capped; beyond this the preview says so. */
const MAX_REGISTRY_CHECKS = 5_000;

/** Which format a file is: what the caller says, else its extension, else its first bytes. */
export function detectFormat(bytes: Uint8Array, fileName?: string | null, declared?: ImportFormat): ImportFormat {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw importError('import.error.oldExcel');
  }
  if (declared) return declared;
  const ext = /\.([a-z0-9]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase();
  if (ext === 'xlsx') return 'xlsx';
  if (ext === 'csv' || ext === 'tsv') return 'csv';
  if (ext === 'txt' || ext === 'md' || ext === 'text') return 'text';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'xlsx';
  return 'csv';
}

// A Google Forms export starts with "Timestamp"; without a recognisable header, the first column
// holding words (not dates or numbers) is the best guess for names. The coordinator can change it.
function guessMapping(table: TableImport): ColumnMapping {
  const mapping = guessColumnMapping(table.headers);
  if (mapping.name === undefined) {
    const used = new Set(Object.values(mapping));
    const sample = table.rows.slice(0, 20);
    const wordy = table.headers.findIndex(
      (_, i) => !used.has(i) && sample.some((r) => /\p{L}{3}/u.test(r[i] ?? '')) && !sample.every((r) => !r[i] || /^[\d\s/.:,-]+$/.test(r[i]!)),
    );
    if (wordy !== -1) mapping.name = wordy;
  }
  return mapping;
}

const entryFacts = (e: ImportEntry): OrgFacts => ({ name: e.name, country: e.country, website: e.website, emailDomain: e.contactEmail });

/** Duplicates (likely and possible) of the entries within the list and among the statement's signatories, and registry matches. */
export async function analyseEntries(
  db: DbOrTx,
  statementId: string,
  parsed: ImportEntries,
): Promise<Pick<ImportPreview, 'duplicates' | 'existing' | 'registry' | 'warnings'>> {
  const facts = parsed.entries.map(entryFacts);
  const duplicates = findDuplicatesWithin(facts);

  const signatures = await db
    .selectFrom('signatures')
    .select(['signatures.id', 'signatures.name', 'signatures.country', 'signatures.website', 'signatures.state'])
    .where('signatures.statement_id', '=', statementId)
    .where('signatures.state', 'in', [...ACTIVE_STATES])
    .execute();
  const index = createCandidateIndex();
  const domains = await emailDomainsOf(db, signatures.map((s) => s.id));
  const signatureFacts = signatures.map((s) => ({ name: s.name, country: s.country, website: s.website, emailDomain: domains.get(s.id) ?? null }));
  signatureFacts.forEach((f, i) => index.add(i, blockingKeysForFacts(f)));
  const existing: ExistingMatch[] = [];
  const registry: RegistryMatch[] = [];
  const warnings = [...parsed.warnings];
  for (const [i, f] of facts.entries()) {
    const found: ExistingMatch[] = [];
    for (const j of index.candidates(blockingKeysForFacts(f))) {
      const c = compareOrganisations(f, signatureFacts[j]!);
      const s = signatures[j]!;
      if (c.level) found.push({ entry: i, signatureId: s.id, name: s.name, state: s.state as SignatureState, score: c.score, level: c.level, reason: c.reason });
    }
    const rank = (m: ExistingMatch) => (m.level === 'possible' ? 1 : 0);
    existing.push(...found.sort((x, y) => rank(x) - rank(y) || y.score - x.score).slice(0, 3));
    if (!found.some((m) => m.level !== 'possible') && i < MAX_REGISTRY_CHECKS) {
      const match = (await findCandidates(db, f)).find((c) => c.same);
      if (match) registry.push({ entry: i, organisationId: match.organisation.id, name: match.matchedName, score: match.score, reason: match.reason });
    }
  }
  if (facts.length > MAX_REGISTRY_CHECKS) {
    warnings.push(`Only the first ${MAX_REGISTRY_CHECKS.toLocaleString('en')} entries were looked up in the registry of organisations.`);
  }
  return { duplicates, existing, registry, warnings };
}

/** ImportFileError is the coordinator's to fix: a 422 with the message on the file field. */
export function asValidationError(err: unknown): never {
  if (err instanceof ImportFileError) {
    throw new AppError('validation_failed', err.message, { file: err.message }, err.localised ? { message: err.localised, fields: { file: err.localised } } : undefined);
  }
  throw err;
}

/**
 * Reads a pasted list or an uploaded CSV/XLSX, and stores what an import would create as a
 * pending import: the entries, likely duplicates within the list, against the statement's
 * signatories and in the registry. Nothing else is written; confirmImport creates signatories.
 */
export async function previewImport(
  db: DbOrTx,
  opts: { slug: string; source: ImportSource; coordinatorId: string | null; now: Date },
): Promise<ImportPreview> {
  const statement = await getStatementBySlug(db, opts.slug);
  let format: ImportFormat;
  let table: TableImport | null = null;
  let mapping: ColumnMapping | null = null;
  let parsed: ImportEntries;
  let sourceName: string | null = null;
  try {
    if ('text' in opts.source) {
      format = 'text';
      parsed = entriesFromText(opts.source.text);
    } else {
      const { bytes } = opts.source;
      sourceName = opts.source.fileName?.slice(0, 200) || null;
      format = detectFormat(bytes, sourceName, opts.source.format);
      if (format === 'text') {
        parsed = entriesFromText(decodeTextFile(bytes));
      } else {
        table = format === 'xlsx' ? await (await import('./parse-xlsx.ts')).parseXlsx(bytes) /* exceljs (~30 MB) only when a sheet comes */ : parseCsv(bytes);
        mapping = opts.source.mapping !== undefined ? validateMapping(opts.source.mapping, table.headers) : guessMapping(table);
        if (mapping.name === undefined) throw importError('import.error.noNameColumn');
        parsed = entriesFromTable(table, mapping);
      }
    }
  } catch (err) {
    asValidationError(err);
  }
  const analysis = await analyseEntries(db, statement.id, parsed);
  const preview: ImportPreview = {
    id: newId(),
    statementId: statement.id,
    format,
    sourceName,
    headers: table?.headers ?? null,
    mapping,
    entries: parsed.entries,
    skipped: parsed.skipped,
    ...analysis,
    createdBy: opts.coordinatorId,
    createdAt: opts.now,
  };
  await insertPendingImport(db, preview, table);
  return preview;
}

/** Reads a pending table import again under another column mapping. */
export async function remapImport(db: DbOrTx, opts: { id: string; mapping: unknown; statementId?: string }): Promise<ImportPreview> {
  const { preview, table } = await getPendingImport(db, opts.id);
  if (opts.statementId && preview.statementId !== opts.statementId) throw new AppError('not_found', 'This import was not found in this statement.');
  if (!table) throw new AppError('conflict', 'A pasted list has no columns to map.');
  let parsed: ImportEntries;
  let mapping: ColumnMapping;
  try {
    mapping = validateMapping(opts.mapping, table.headers);
    parsed = entriesFromTable(table, mapping);
  } catch (err) {
    asValidationError(err);
  }
  const next: ImportPreview = { ...preview, mapping, entries: parsed.entries, skipped: parsed.skipped, ...(await analyseEntries(db, preview.statementId, parsed)) };
  await updatePendingImport(db, next);
  return next;
}
