import { Hono, type Context } from 'hono';
import { AppError, localisedError, statementNotFound } from '../errors.ts';
import { getEdition, getEditionDocument } from '../publishing/edition.repository.ts';
import { EXPORT_FORMATS, exportStatement, type ExportFormat } from '../publishing/export-statement.ts';
import { publishEdition } from '../publishing/publish-edition.ts';
import { getStatementBySlug } from '../statements/statement.repository.ts';
import { coordinatorArea, requireCoordinator } from './auth.ts';
import { demand } from './permit.ts';
import type { AppEnv } from './env.ts';
import { formValues } from './form.ts';
import { sendFile } from './send-file.ts';

/** Public downloads and the coordinator's publication controls. */
export const publishingRoutes = new Hono<AppEnv>();

const documentFormat = (f: string) => {
  if (f !== 'pdf' && f !== 'docx') throw new AppError('not_found', 'Documents are available as PDF or DOCX.');
  return f;
};

async function publicStatement(c: Context<AppEnv>, slug: string) {
  const s = await getStatementBySlug(c.get('deps').db, slug);
  if (s.state === 'draft') throw statementNotFound(slug);
  return s;
}

// A published edition's stored document: the same bytes for everyone, for ever.
publishingRoutes.get('/statements/:slug/editions/:number/:file{statement\\.(?:pdf|docx)}', async (c) => {
  const { db } = c.get('deps');
  const format = documentFormat(c.req.param('file').split('.')[1] ?? '');
  const statement = await publicStatement(c, c.req.param('slug'));
  const number = Number(c.req.param('number'));
  if (!Number.isSafeInteger(number) || number < 1 || number >= 2 ** 31) throw new AppError('not_found', 'No such edition.');
  const edition = await getEdition(db, statement.id, number);
  if (edition.state !== 'published') throw localisedError('not_found', 'error.editionNotPublished', { number: String(number) });
  // ?lang=fr: the French files stored with the edition.
  const asked = c.req.query('lang');
  const language = asked ? edition.languages.find((l) => l.toLowerCase() === asked.toLowerCase()) : (edition.language ?? undefined);
  if (asked && !language) throw localisedError('not_found', 'error.editionNoLanguage', { number: String(number), language: asked.slice(0, 35) });
  const stored = await getEditionDocument(db, edition, format, language);
  if (!stored) throw new AppError('not_found', `Edition ${number} has no ${format.toUpperCase()}.`);
  c.header('ETag', `"${stored.sha256}"`);
  if (c.req.header('if-none-match') === `"${stored.sha256}"`) return c.body(null, 304);
  return sendFile(
    c,
    {
      contentType: format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      filename: `${statement.slug}-edition-${number}${language && language !== edition.language ? `-${language.toLowerCase()}` : ''}.${format}`,
      body: stored.content,
    },
    { inline: format === 'pdf', cache: 'public, max-age=86400, immutable' },
  );
});

// The public list as data: number, name, country, type. Never contact data or statuses.
publishingRoutes.get('/statements/:slug/:file{signatories\\.(?:csv|json)}', async (c) => {
  const format = c.req.param('file').split('.')[1];
  if (format !== 'csv' && format !== 'json') throw new AppError('not_found', 'The list is available as CSV or JSON.');
  const statement = await publicStatement(c, c.req.param('slug'));
  const file = await exportStatement(c.get('deps').db, { slug: statement.slug, format, renderers: c.get('deps').renderers });
  return sendFile(c, file, { cache: 'public, max-age=30' });
});

publishingRoutes.use('/coordinator/*', coordinatorArea);

// Coordinators: the statement as it stands (pdf, docx) or the full list with contacts (csv, json).
publishingRoutes.get('/coordinator/statements/:slug/:file{export\\.(?:pdf|docx|csv|json)}', async (c) => {
  requireCoordinator(c);
  const format = c.req.param('file').split('.')[1] as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) throw new AppError('not_found', 'Unknown export format.');
  const full = format === 'csv' || format === 'json';
  if (full) await demand(c, 'statement.contacts', await getStatementBySlug(c.get('deps').db, c.req.param('slug')));
  const lang = c.req.query('lang');
  const language = lang && /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8}){0,4}$/.test(lang) ? lang : null;
  const file = await exportStatement(c.get('deps').db, { slug: c.req.param('slug'), format, full, renderers: c.get('deps').renderers, language });
  return sendFile(c, file, { inline: format === 'pdf' });
});

publishingRoutes.post('/coordinator/statements/:slug/editions', async (c) => {
  const { db, clock, renderers } = c.get('deps');
  const who = requireCoordinator(c);
  const v = await formValues(c);
  // Publishing freezes the text and the numbering for good: the form's box must be ticked.
  if (v.confirm !== 'yes') return c.redirect(`/coordinator/statements/${c.req.param('slug')}?done=confirm-publish#publication`, 303);
  let at: Date | null = null;
  if (v.when === 'later') {
    // datetime-local has no zone; the form says UTC.
    at = v.at ? new Date(/Z|[+-]\d\d:?\d\d$/.test(v.at) ? v.at : `${v.at}Z`) : null;
    if (!at || Number.isNaN(at.getTime())) throw localisedError('validation_failed', 'validation.publishAt', undefined, { at: { key: 'validation.publishAt' } });
  }
  const edition = await publishEdition(db, { slug: c.req.param('slug'), at, coordinatorId: who.id, now: clock(), renderers });
  return c.redirect(`/coordinator/statements/${c.req.param('slug')}?done=${edition.state === 'prepared' ? 'prepared' : edition.state === 'scheduled' ? 'scheduled' : 'published'}`, 303);
});
