import { Hono } from 'hono';
import { z } from 'zod';
import { AppError, localisedError } from '../errors.ts';
import type { Edition } from '../publishing/edition.ts';
import { getEdition, listEditions } from '../publishing/edition.repository.ts';
import { EXPORT_FORMATS, exportStatement } from '../publishing/export-statement.ts';
import { publishEdition } from '../publishing/publish-edition.ts';
import { validate } from '../shared/validate.ts';
import { getStatementBySlug } from '../statements/statement.repository.ts';
import { readableStatement, requireCoordinator } from '../web/auth.ts';
import { demand, statementRoleFor } from '../web/permit.ts';
import type { AppEnv } from '../web/env.ts';
import { jsonBody } from '../web/form.ts';
import { sendFile } from '../web/send-file.ts';

/** Editions and exports under /api/v1. */
export const publishingApi = new Hono<AppEnv>();

function editionJson(e: Edition, slug: string) {
  const published = e.state === 'published';
  return {
    number: e.number,
    status: e.state,
    publish_at: e.publishAt.toISOString(),
    published_at: e.publishedAt?.toISOString() ?? null,
    text_version: e.textVersion,
    headline: e.headline,
    count: e.count,
    confidential_count: e.confidentialCount,
    signatories: published ? e.list.map((x) => ({ number: x.number, name: x.name, country: x.country, international: x.international ?? false })) : undefined,
    individuals: published ? e.individuals.map((x) => ({ number: x.number, name: x.name, affiliation: x.affiliation })) : undefined,
    documents: published ? { pdf: `/statements/${slug}/editions/${e.number}/statement.pdf`, docx: `/statements/${slug}/editions/${e.number}/statement.docx` } : undefined,
    languages: published ? e.languages : undefined,
    documents_by_language: published
      ? Object.fromEntries(
          e.languages.map((l) => [
            l,
            { pdf: `/statements/${slug}/editions/${e.number}/statement.pdf?lang=${l}`, docx: `/statements/${slug}/editions/${e.number}/statement.docx?lang=${l}` },
          ]),
        )
      : undefined,
    ...(e.lastError ? { error: e.lastError } : {}),
  };
}

const PublishInput = z.object({
  at: z
    .string()
    .nullish()
    .transform((s, ctx) => {
      if (!s) return null;
      const d = new Date(s);
      if (Number.isNaN(d.getTime())) {
        ctx.addIssue({ code: 'custom', message: 'at is not a date and time (e.g. 2026-04-28T09:00:00Z).' });
        return z.NEVER;
      }
      return d;
    }),
});

publishingApi.post('/statements/:slug/editions', async (c) => {
  const { db, clock, renderers } = c.get('deps');
  const who = requireCoordinator(c);
  const input = validate(PublishInput, await jsonBody(c, { optional: true }));
  const e = await publishEdition(db, { slug: c.req.param('slug'), at: input.at, coordinatorId: who.id, now: clock(), renderers });
  return c.json(editionJson(e, c.req.param('slug')), 201);
});

publishingApi.get('/statements/:slug/editions', async (c) => {
  const { db } = c.get('deps');
  const s = await readableStatement(c, c.req.param('slug')); // a draft does not exist for the public
  const team = (await statementRoleFor(c, s)) !== null;
  const editions = (await listEditions(db, s.id)).filter((e) => team || e.state === 'published');
  return c.json({ editions: editions.map((e) => ({ ...editionJson(e, s.slug), signatories: undefined, individuals: undefined })) });
});

publishingApi.get('/statements/:slug/editions/:number', async (c) => {
  const { db } = c.get('deps');
  const s = await readableStatement(c, c.req.param('slug'));
  const n = Number(c.req.param('number'));
  // An edition number the database's integer cannot hold is no edition (PostgreSQL would refuse it).
  const e = await getEdition(db, s.id, Number.isSafeInteger(n) && n > 0 && n < 2 ** 31 ? n : 0);
  if (e.state !== 'published' && !(await statementRoleFor(c, s))) throw new AppError('not_found', 'Edition was not found.');
  return c.json(editionJson(e, s.slug));
});

publishingApi.get('/statements/:slug/export', async (c) => {
  const { db, renderers } = c.get('deps');
  const format = c.req.query('format') ?? '';
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw localisedError('validation_failed', 'error.chooseFormat', undefined, { format: { key: 'validation.oneOf', params: { list: EXPORT_FORMATS.join(', ') } } });
  }
  const full = c.req.query('full') === 'true';
  if (full) requireCoordinator(c);
  const s = await readableStatement(c, c.req.param('slug'));
  if (full) await demand(c, 'statement.contacts', s);
  const editionParam = c.req.query('edition');
  const edition = editionParam ? Number(editionParam) : null;
  if (editionParam && (!Number.isInteger(edition) || edition! < 1)) throw new AppError('validation_failed', 'edition must be a positive number.', { edition: 'A positive number.' });
  const lang = c.req.query('lang');
  if (lang !== undefined && !/^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8}){0,4}$/.test(lang)) {
    throw localisedError('validation_failed', 'validation.languageTag', { tag: lang.slice(0, 35) }, { lang: { key: 'validation.languageTag', params: { tag: lang.slice(0, 35) } } });
  }
  const file = await exportStatement(db, { slug: s.slug, format: format as (typeof EXPORT_FORMATS)[number], edition, full, renderers, language: lang ?? null });
  return sendFile(c, file, { inline: format === 'pdf' });
});
