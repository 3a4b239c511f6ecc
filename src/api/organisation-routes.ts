import { Hono, type Context } from 'hono';
import { AppError } from '../errors.ts';
import { confirmImport, discardImport } from '../imports/confirm-import.ts';
import type { ImportPreview } from '../imports/import-preview.ts';
import { IMPORT_FORMATS, type ImportFormat } from '../imports/import-preview.ts';
import { findImportProgress, getPendingImport } from '../imports/pending-import.repository.ts';
import { previewImport, remapImport, type ImportSource } from '../imports/preview-import.ts';
import { dismissDuplicate } from '../organisations/dismiss-duplicate.ts';
import type { DuplicateFlag, FlaggedSignature } from '../organisations/duplicate-flag.ts';
import { DUPLICATE_FLAG_STATUSES, type DuplicateFlagStatus } from '../organisations/duplicate-flag.ts';
import { listDuplicateFlags } from '../organisations/duplicate-flag.repository.ts';
import { mergeDuplicate } from '../organisations/merge-signatures.ts';
import { getStatementBySlug } from '../statements/statement.repository.ts';
import { requireCoordinator } from '../web/auth.ts';
import type { AppEnv } from '../web/env.ts';
import { jsonBody, parsedForm } from '../web/form.ts';
import { signatureJson } from './serialise.ts';
import { jsonShapeProblem } from '../shared/json-limits.ts';

/** API for duplicates, merges and imports; mounted under /api/v1 before the main API. */
export const organisationApi = new Hono<AppEnv>();

const flaggedJson = (s: FlaggedSignature) => ({
  ...signatureJson({ ...s, contact: undefined }),
  organisation_id: s.organisationId,
  contact_email_domain: s.contactEmail?.split('@').pop() ?? null,
});

export function duplicateJson(f: DuplicateFlag) {
  return {
    id: f.id,
    score: f.score,
    level: f.level,
    reason: f.reason,
    status: f.status,
    created_at: f.createdAt.toISOString(),
    resolved_by: f.resolvedBy,
    resolved_at: f.resolvedAt?.toISOString() ?? null,
    a: flaggedJson(f.a),
    b: flaggedJson(f.b),
  };
}

export function importPreviewJson(p: ImportPreview) {
  return {
    id: p.id,
    format: p.format,
    source_name: p.sourceName,
    headers: p.headers,
    mapping: p.mapping,
    entries: p.entries.map((e) => ({
      name: e.name,
      country: e.country,
      international: e.international ?? false,
      type: e.type,
      website: e.website,
      contact_name: e.contactName,
      contact_email: e.contactEmail,
      origin: e.origin,
      notes: e.notes,
    })),
    skipped: p.skipped,
    warnings: p.warnings,
    duplicates: p.duplicates.map((d) => ({ a: d.a, b: d.b, score: d.score, level: d.level ?? 'likely', reason: d.reason })),
    existing: p.existing.map((m) => ({ entry: m.entry, signature_id: m.signatureId, name: m.name, status: m.state, score: m.score, level: m.level ?? 'likely', reason: m.reason })),
    registry: p.registry.map((m) => ({ entry: m.entry, organisation_id: m.organisationId, name: m.name, score: m.score, reason: m.reason })),
    created_at: p.createdAt.toISOString(),
  };
}

const asFormat = (v: unknown): ImportFormat | undefined => {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'string' && (IMPORT_FORMATS as readonly string[]).includes(v)) return v as ImportFormat;
  throw new AppError('validation_failed', `Unknown format "${String(v)}".`, { format: 'Use text, csv or xlsx.' });
};

const parseMapping = (v: unknown): unknown => {
  if (typeof v !== 'string') return v ?? undefined;
  if (v.trim() === '') return undefined;
  if (jsonShapeProblem(v)) throw new AppError('validation_failed', 'The mapping nests too deeply or holds too many values.', { mapping: 'Send e.g. {"name": 1, "country": 3}.' });
  try {
    return JSON.parse(v);
  } catch {
    throw new AppError('validation_failed', 'The mapping is not valid JSON.', { mapping: 'Send e.g. {"name": 1, "country": 3}.' });
  }
};

/** JSON {text} | {csv} | {xlsx_base64} | {file_base64, file_name?, format?}, or multipart with a `file` (or `text`) field. */
async function importSource(c: Context<AppEnv>): Promise<ImportSource> {
  const type = c.req.header('content-type') ?? '';
  if (type.startsWith('multipart/form-data')) {
    const body = await parsedForm(c);
    const file = body.file;
    if (file instanceof File && (file.size > 0 || file.name)) {
      return { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name, format: asFormat(body.format), mapping: parseMapping(body.mapping) };
    }
    if (typeof body.text === 'string') return { text: body.text };
    throw new AppError('validation_failed', 'Attach a file (field "file") or send a pasted list (field "text").', { file: 'The file is empty or missing.' });
  }
  const input = (await jsonBody(c)) as Record<string, unknown> | null;
  if (!input || typeof input !== 'object') throw new AppError('malformed_request', 'Send a JSON object.');
  const mapping = parseMapping(input.mapping);
  if (typeof input.text === 'string') return { text: input.text };
  if (typeof input.csv === 'string') return { bytes: new TextEncoder().encode(input.csv), format: 'csv', mapping };
  const b64 = typeof input.xlsx_base64 === 'string' ? input.xlsx_base64 : typeof input.file_base64 === 'string' ? input.file_base64 : null;
  if (b64 !== null) {
    if (!/^[A-Za-z0-9+/=\s]*$/.test(b64)) throw new AppError('validation_failed', 'The file is not valid base64.', { file: 'Not base64.' });
    const format = typeof input.xlsx_base64 === 'string' ? 'xlsx' : asFormat(input.format);
    return { bytes: new Uint8Array(Buffer.from(b64, 'base64')), format, fileName: typeof input.file_name === 'string' ? input.file_name : null, mapping };
  }
  throw new AppError('validation_failed', 'Send one of: text, csv, xlsx_base64, or file_base64.', { text: 'Nothing to import.' });
}

organisationApi.post('/statements/:slug/imports', async (c) => {
  const { db, clock } = c.get('deps');
  const who = requireCoordinator(c);
  const source = await importSource(c);
  const preview = await db.transaction().execute((trx) => previewImport(trx, { slug: c.req.param('slug'), source, coordinatorId: who.id, now: clock() }));
  return c.json(importPreviewJson(preview), 201);
});

organisationApi.get('/imports/:id', async (c) => {
  requireCoordinator(c);
  const progress = await findImportProgress(c.get('deps').db, c.req.param('id'));
  if (progress) return c.json({ id: c.req.param('id'), status: progress.state, done: progress.done, total: progress.total, ...(progress.result ?? {}) });
  const { preview } = await getPendingImport(c.get('deps').db, c.req.param('id'));
  return c.json(importPreviewJson(preview));
});

organisationApi.post('/imports/:id/mapping', async (c) => {
  const { db } = c.get('deps');
  requireCoordinator(c);
  const input = (await jsonBody(c)) as { mapping?: unknown } | null;
  const preview = await db.transaction().execute((trx) => remapImport(trx, { id: c.req.param('id'), mapping: parseMapping(input?.mapping) }));
  return c.json(importPreviewJson(preview));
});

organisationApi.post('/imports/:id/confirm', async (c) => {
  const { db, clock } = c.get('deps');
  const who = requireCoordinator(c);
  let leaveOut: number[] = [];
  if ((c.req.header('content-type') ?? '').includes('application/json')) {
    const input = (await jsonBody(c)) as { leave_out?: unknown } | null;
    if (input?.leave_out !== undefined) {
      if (!Array.isArray(input.leave_out) || !input.leave_out.every((n) => Number.isInteger(n))) {
        throw new AppError('validation_failed', 'leave_out must be a list of entry numbers.', { leave_out: 'e.g. [72]' });
      }
      leaveOut = input.leave_out as number[];
    }
  }
  const result = await db.transaction().execute((trx) => confirmImport(trx, { id: c.req.param('id'), coordinatorId: who.id, now: clock(), leaveOut }));
  if (result.background) {
    c.get('deps').jobs.nudge();
    return c.json({ id: result.id, status: 'importing', done: 0, total: result.total }, 202);
  }
  return c.json({ statement: result.slug, created: result.created, left_out: result.leftOut, flagged: result.flagged, flagged_possible: result.flaggedPossible }, 201);
});

organisationApi.delete('/imports/:id', async (c) => {
  const { db } = c.get('deps');
  requireCoordinator(c);
  await db.transaction().execute((trx) => discardImport(trx, { id: c.req.param('id') }));
  return c.body(null, 204);
});

organisationApi.get('/statements/:slug/duplicates', async (c) => {
  const { db } = c.get('deps');
  requireCoordinator(c);
  const status = c.req.query('status') ?? 'open';
  if (status !== 'all' && !(DUPLICATE_FLAG_STATUSES as readonly string[]).includes(status)) {
    throw new AppError('validation_failed', `Unknown status "${status}".`, { status: 'Use open, merged, dismissed or all.' });
  }
  const s = await getStatementBySlug(db, c.req.param('slug'));
  const flags = await listDuplicateFlags(db, s.id, status === 'all' ? undefined : (status as DuplicateFlagStatus));
  return c.json({ duplicates: flags.map(duplicateJson) });
});

organisationApi.post('/duplicates/:id/merge', async (c) => {
  const { db, clock } = c.get('deps');
  const who = requireCoordinator(c);
  const input = (await jsonBody(c)) as { keep?: unknown } | null;
  if (input?.keep !== 'a' && input?.keep !== 'b') throw new AppError('validation_failed', 'Say which signature to keep.', { keep: 'Use "a" or "b".' });
  const keep = input.keep;
  const r = await db.transaction().execute((trx) => mergeDuplicate(trx, { flagId: c.req.param('id'), keep, coordinatorId: who.id, now: clock() }));
  return c.json({ duplicate: { ...duplicateJson(r.flag) }, kept: signatureJson(r.kept), merged: signatureJson(r.merged), organisation: { id: r.organisation.id, name: r.organisation.name, aliases: r.organisation.aliases } });
});

organisationApi.post('/duplicates/:id/dismiss', async (c) => {
  const { db, clock } = c.get('deps');
  const who = requireCoordinator(c);
  const flag = await db.transaction().execute((trx) => dismissDuplicate(trx, { flagId: c.req.param('id'), coordinatorId: who.id, now: clock() }));
  return c.json({ duplicate: duplicateJson(flag) });
});
