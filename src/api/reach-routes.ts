import { Hono } from 'hono';
import { createPartnerLink } from '../reach/create-partner-link.ts';
import { listPartnerLinks } from '../reach/partner-link.repository.ts';
import { statementStats } from '../reach/statement-stats.ts';
import { partnerLinkJson, statsJson } from '../reach/stats-json.ts';
import { getStatementBySlug } from '../statements/statement.repository.ts';
import { requireCoordinator } from '../web/auth.ts';
import type { AppEnv } from '../web/env.ts';
import { jsonBody } from '../web/form.ts';

/** The coordinator's figures and partner links, mounted at /api/v1. */
export const reachApi = new Hono<AppEnv>();

reachApi.get('/statements/:slug/stats', async (c) => {
  const { db } = c.get('deps');
  requireCoordinator(c);
  const s = await getStatementBySlug(db, c.req.param('slug'));
  c.header('Cache-Control', 'private, no-store');
  return c.json(statsJson(await statementStats(db, s.id)));
});

reachApi.get('/statements/:slug/partner-links', async (c) => {
  const { db, publicUrl } = c.get('deps');
  requireCoordinator(c);
  const s = await getStatementBySlug(db, c.req.param('slug'));
  return c.json({ partner_links: (await listPartnerLinks(db, s.id)).map((l) => partnerLinkJson(l, publicUrl, s.slug)) });
});

reachApi.post('/statements/:slug/partner-links', async (c) => {
  const { db, clock, publicUrl } = c.get('deps');
  const who = requireCoordinator(c);
  const input = await jsonBody(c);
  const slug = c.req.param('slug');
  const link = await db.transaction().execute((trx) => createPartnerLink(trx, { slug, input, coordinatorId: who.id, now: clock() }));
  return c.json(partnerLinkJson(link, publicUrl, slug), 201);
});
