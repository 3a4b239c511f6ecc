import { Hono, type Context } from 'hono';
import { AppError, localisedError } from '../errors.ts';
import { confirmImport, discardImport } from '../imports/confirm-import.ts';
import { ImportProgressPage } from './views/coordinator/import-progress-page.tsx';
import { IMPORT_FIELDS } from '../imports/import-entries.ts';
import { getPendingImport, findImportProgress } from '../imports/pending-import.repository.ts';
import { previewImport, remapImport, type ImportSource } from '../imports/preview-import.ts';
import { dismissDuplicate } from '../organisations/dismiss-duplicate.ts';
import { listDuplicateFlags } from '../organisations/duplicate-flag.repository.ts';
import { mergeDuplicate } from '../organisations/merge-signatures.ts';
import { getStatementBySlug } from '../statements/statement.repository.ts';
import { coordinatorArea, requireCoordinator } from './auth.ts';
import type { AppEnv } from './env.ts';
import { errorMessage } from './errors.tsx';
import { formList, formValues, parsedForm } from './form.ts';
import { DuplicatesPage } from './views/coordinator/duplicates-page.tsx';
import { ImportPage, ImportPreviewPage } from './views/coordinator/import-page.tsx';

/** Coordinator pages for duplicates, merges and imports; mounted under /coordinator. */
export const organisationRoutes = new Hono<AppEnv>();
organisationRoutes.use('*', coordinatorArea);

const isFileError = (err: unknown): err is AppError => err instanceof AppError && err.code === 'validation_failed';

organisationRoutes.get('/statements/:slug/import', async (c) => {
  const statement = await getStatementBySlug(c.get('deps').db, c.req.param('slug'));
  return c.html(<ImportPage statement={statement} coordinator={requireCoordinator(c)} csrfToken={c.get('csrfToken')} t={c.get('t')} />);
});

organisationRoutes.post('/statements/:slug/import', async (c) => {
  const { db, clock } = c.get('deps');
  const who = requireCoordinator(c);
  const statement = await getStatementBySlug(db, c.req.param('slug'));
  const body = await parsedForm(c);
  const file = body.file;
  const text = typeof body.text === 'string' ? body.text : undefined;
  let source: ImportSource;
  if (file instanceof File && (file.size > 0 || file.name)) source = { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name };
  else if (text !== undefined) source = { text };
  else {
    return c.html(<ImportPage statement={statement} coordinator={who} csrfToken={c.get('csrfToken')} fileError={c.get('t')('import.chooseFile')} t={c.get('t')} />, 422);
  }
  try {
    const preview = await db.transaction().execute((trx) => previewImport(trx, { slug: statement.slug, source, coordinatorId: who.id, now: clock() }));
    return c.redirect(`/coordinator/statements/${statement.slug}/import/${preview.id}`, 303);
  } catch (err) {
    if (!isFileError(err)) throw err;
    const isText = 'text' in source;
    return c.html(
      <ImportPage
        statement={statement}
        coordinator={who}
        csrfToken={c.get('csrfToken')}
        text={isText ? text : undefined}
        pasteError={isText ? errorMessage(err, c.get('t')) : undefined}
        fileError={isText ? undefined : errorMessage(err, c.get('t'))}
        t={c.get('t')}
      />,
      422,
    );
  }
});

async function previewPage(c: Context<AppEnv>, slug: string, id: string, mappingError?: string) {
  const { db } = c.get('deps');
  const statement = await getStatementBySlug(db, slug);
  const progress = await findImportProgress(db, id);
  if (progress && progress.statementId === statement.id) {
    if (progress.state === 'done' && progress.result) {
      const r = progress.result;
      return c.redirect(`/coordinator/statements/${slug}/duplicates?done=imported&created=${r.created}&flagged=${r.flagged}&possible=${r.flagged_possible}`, 303);
    }
    c.header('Refresh', '2');
    return c.html(<ImportProgressPage statement={statement} coordinator={requireCoordinator(c)} csrfToken={c.get('csrfToken')} t={c.get('t')} progress={progress} />);
  }
  const { preview, table } = await getPendingImport(db, id);
  if (preview.statementId !== statement.id) throw new AppError('not_found', 'This import was not found in this statement.');
  return c.html(
    <ImportPreviewPage
      statement={statement}
      coordinator={requireCoordinator(c)}
      csrfToken={c.get('csrfToken')}
      t={c.get('t')}
      preview={preview}
      sample={table?.rows[0]}
      mappingError={mappingError}
    />,
    mappingError ? 422 : 200,
  );
}

organisationRoutes.get('/statements/:slug/import/:id', (c) => previewPage(c, c.req.param('slug'), c.req.param('id')));

organisationRoutes.post('/statements/:slug/import/:id/mapping', async (c) => {
  const { db } = c.get('deps');
  requireCoordinator(c);
  const { slug, id } = c.req.param();
  const statement = await getStatementBySlug(db, slug);
  const values = await formValues(c);
  const mapping: Record<string, number> = {};
  for (const field of IMPORT_FIELDS) {
    const v = values[field];
    if (v !== undefined && v !== '') mapping[field] = /^\d{1,3}$/.test(v) ? Number(v) : -1;
  }
  try {
    await db.transaction().execute((trx) => remapImport(trx, { id, mapping, statementId: statement.id }));
  } catch (err) {
    if (isFileError(err)) return previewPage(c, slug, id, errorMessage(err, c.get('t')));
    throw err;
  }
  return c.redirect(`/coordinator/statements/${slug}/import/${id}`, 303);
});

organisationRoutes.post('/statements/:slug/import/:id/confirm', async (c) => {
  const { db, clock } = c.get('deps');
  const who = requireCoordinator(c);
  const { slug, id } = c.req.param();
  const statement = await getStatementBySlug(db, slug);
  const leaveOut = (await formList(c, 'leave_out')).map((v) => (/^\d{1,6}$/.test(v) ? Number(v) : -1));
  const result = await db.transaction().execute((trx) => confirmImport(trx, { id, coordinatorId: who.id, now: clock(), statementId: statement.id, leaveOut }));
  if (result.background) {
    c.get('deps').jobs.nudge();
    return c.redirect(`/coordinator/statements/${slug}/import/${id}`, 303);
  }
  return c.redirect(`/coordinator/statements/${slug}/duplicates?done=imported&created=${result.created}&flagged=${result.flagged}&possible=${result.flaggedPossible}`, 303);
});

organisationRoutes.post('/statements/:slug/import/:id/discard', async (c) => {
  const { db } = c.get('deps');
  requireCoordinator(c);
  const { slug, id } = c.req.param();
  const statement = await getStatementBySlug(db, slug);
  await db.transaction().execute((trx) => discardImport(trx, { id, statementId: statement.id }));
  return c.redirect(`/coordinator/statements/${slug}/import`, 303);
});

function notice(c: Context<AppEnv>): string | undefined {
  const n = (key: string) => Number(/^\d{1,6}$/.test(c.req.query(key) ?? '') ? c.req.query(key) : 0);
  const t = c.get('t');
  switch (c.req.query('done')) {
    case 'imported': {
      const possible = n('possible');
      return t('dup.notice.imported', { created: n('created'), flagged: n('flagged') }) + (possible ? ` ${t('dup.notice.importedPossible', { count: possible })}` : '');
    }
    case 'merged':
      return t('dup.notice.merged');
    case 'dismissed':
      return t('dup.notice.dismissed');
    default:
      return undefined;
  }
}

organisationRoutes.get('/statements/:slug/duplicates', async (c) => {
  const { db } = c.get('deps');
  const statement = await getStatementBySlug(db, c.req.param('slug'));
  const [open, all] = await Promise.all([listDuplicateFlags(db, statement.id, 'open'), listDuplicateFlags(db, statement.id)]);
  const resolved = all
    .filter((f) => f.status !== 'open')
    .sort((x, y) => (y.resolvedAt?.getTime() ?? 0) - (x.resolvedAt?.getTime() ?? 0))
    .slice(0, 20);
  return c.html(
    <DuplicatesPage statement={statement} coordinator={requireCoordinator(c)} csrfToken={c.get('csrfToken')} open={open} resolved={resolved} notice={notice(c)} t={c.get('t')} />,
  );
});

organisationRoutes.post('/statements/:slug/duplicates/:id/merge', async (c) => {
  const { db, clock } = c.get('deps');
  const who = requireCoordinator(c);
  const { slug, id } = c.req.param();
  const statement = await getStatementBySlug(db, slug);
  const { keep } = await formValues(c);
  if (keep !== 'a' && keep !== 'b') throw localisedError('validation_failed', 'dup.chooseKeep');
  await db.transaction().execute((trx) => mergeDuplicate(trx, { flagId: id, keep, coordinatorId: who.id, now: clock(), statementId: statement.id }));
  return c.redirect(`/coordinator/statements/${slug}/duplicates?done=merged`, 303);
});

organisationRoutes.post('/statements/:slug/duplicates/:id/dismiss', async (c) => {
  const { db, clock } = c.get('deps');
  const who = requireCoordinator(c);
  const { slug, id } = c.req.param();
  const statement = await getStatementBySlug(db, slug);
  await db.transaction().execute((trx) => dismissDuplicate(trx, { flagId: id, coordinatorId: who.id, now: clock(), statementId: statement.id }));
  return c.redirect(`/coordinator/statements/${slug}/duplicates?done=dismissed`, 303);
});
