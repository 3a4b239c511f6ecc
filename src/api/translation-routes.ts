import { Hono } from 'hono';
import { setAuthoritativeLanguage, saveTranslation } from '../statements/save-translation.ts';
import { getStatementBySlug } from '../statements/statement.repository.ts';
import { listTranslations } from '../statements/translation.repository.ts';
import { requireCoordinator } from '../web/auth.ts';
import type { AppEnv } from '../web/env.ts';
import { jsonBody } from '../web/form.ts';
import { translationJson } from './serialise.ts';

/** Translations of a statement and its authoritative language, under /api/v1 (coordinators). */
export const translationApi = new Hono<AppEnv>();

translationApi.get('/statements/:slug/translations', async (c) => {
  requireCoordinator(c);
  const s = await getStatementBySlug(c.get('deps').db, c.req.param('slug'));
  return c.json({ language: s.language, authoritative_language: s.authoritativeLanguage ?? s.language, translations: (await listTranslations(c.get('deps').db, s.id)).map(translationJson) });
});

translationApi.post('/statements/:slug/translations', async (c) => {
  const { db, clock } = c.get('deps');
  const who = requireCoordinator(c);
  const input = await jsonBody(c);
  const r = await db.transaction().execute((trx) => saveTranslation(trx, { slug: c.req.param('slug'), input, mode: 'create', coordinatorId: who.id, now: clock() }));
  return c.json(translationJson(r.translation), 201);
});

translationApi.put('/statements/:slug/translations/:language', async (c) => {
  const { db, clock } = c.get('deps');
  const who = requireCoordinator(c);
  const input = await jsonBody(c);
  const r = await db.transaction().execute((trx) =>
    saveTranslation(trx, { slug: c.req.param('slug'), input, language: c.req.param('language'), mode: 'update', coordinatorId: who.id, now: clock() }),
  );
  return c.json(translationJson(r.translation));
});

translationApi.put('/statements/:slug/authoritative-language', async (c) => {
  const { db, clock } = c.get('deps');
  const who = requireCoordinator(c);
  const input = (await jsonBody(c)) as { language?: unknown } | null;
  const s = await db.transaction().execute((trx) => setAuthoritativeLanguage(trx, { slug: c.req.param('slug'), language: input?.language, coordinatorId: who.id, now: clock() }));
  return c.json({ language: s.language, authoritative_language: s.authoritativeLanguage ?? s.language });
});
