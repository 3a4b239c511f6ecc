import { Hono } from 'hono';
import { z } from 'zod';
import { listApiTokens, revokeApiToken } from '../accounts/api-tokens.ts';
import { listCoordinators, removeCoordinator } from '../accounts/coordinator.ts';
import { allStatementRoles, revokeStatementRole, statementTeam } from '../accounts/statement-roles.ts';
import { inviteFromRequest, tokenFromRequest } from '../accounts/team-actions.ts';
import { localisedError } from '../errors.ts';
import { releaseEdition } from '../publishing/publish-edition.ts';
import { validate } from '../shared/validate.ts';
import { getStatementBySlug } from '../statements/statement.repository.ts';
import { requireCoordinator } from '../web/auth.ts';
import type { AppEnv } from '../web/env.ts';
import { jsonBody } from '../web/form.ts';
import { saveStatementSettings } from '../statements/statement-settings.ts';

/** People, roles, invitations, tokens and releases under /api/v1; who may call each is in route-permissions.ts. */
export const teamApi = new Hono<AppEnv>();

teamApi.post('/invitations', async (c) => {
  const inv = await inviteFromRequest(c, await jsonBody(c));
  return c.json({ id: inv.id, email: inv.email, status: 'sent' }, 201);
});

teamApi.post('/tokens', async (c) => {
  const created = await tokenFromRequest(c, await jsonBody(c));
  return c.json(created, 201);
});

teamApi.get('/tokens', async (c) => {
  const who = requireCoordinator(c);
  const tokens = await listApiTokens(c.get('deps').db, who.id);
  const slugs = new Map((await c.get('deps').db.selectFrom('statements').select(['id', 'slug']).execute()).map((s) => [s.id, s.slug]));
  return c.json({
    tokens: tokens.map((t) => ({ id: t.id, name: t.name, role: t.role, statement: t.statementId ? (slugs.get(t.statementId) ?? null) : null, created_at: t.createdAt.toISOString(), last_used_at: t.lastUsedAt?.toISOString() ?? null })),
  });
});

teamApi.delete('/tokens/:id', async (c) => {
  const who = requireCoordinator(c);
  const { db, clock } = c.get('deps');
  await db.transaction().execute((trx) => revokeApiToken(trx, { id: c.req.param('id').slice(0, 100), coordinatorId: who.id, now: clock() }));
  return c.body(null, 204);
});

teamApi.get('/people', async (c) => {
  const { db } = c.get('deps');
  const [people, roles] = await Promise.all([listCoordinators(db), allStatementRoles(db)]);
  return c.json({
    people: people.map((p) => ({ id: p.id, email: p.email, role: p.role, statements: (roles.get(p.id) ?? []).map((r) => ({ statement: r.slug, role: r.role })) })),
  });
});

teamApi.delete('/people/:id', async (c) => {
  const who = requireCoordinator(c);
  const { db, clock } = c.get('deps');
  await db.transaction().execute((trx) => removeCoordinator(trx, { coordinatorId: c.req.param('id').slice(0, 100), by: who.id, now: clock() }));
  return c.body(null, 204);
});

teamApi.get('/statements/:slug/team', async (c) => {
  const { db } = c.get('deps');
  const s = await getStatementBySlug(db, c.req.param('slug'));
  const team = await statementTeam(db, s.id);
  return c.json({ team: team.map((m) => ({ id: m.coordinatorId, email: m.email, role: m.role })), viewers_see_contacts: s.viewersSeeContacts, two_person_publishing: s.twoPersonPublishing });
});

teamApi.delete('/statements/:slug/team/:id', async (c) => {
  const who = requireCoordinator(c);
  const { db, clock } = c.get('deps');
  const s = await getStatementBySlug(db, c.req.param('slug'));
  const gone = await db.transaction().execute((trx) => revokeStatementRole(trx, { statementId: s.id, coordinatorId: c.req.param('id').slice(0, 100), by: who.id, now: clock() }));
  if (!gone) throw localisedError('not_found', 'error.thingNotFound');
  return c.body(null, 204);
});

const Settings = z.object({ viewers_see_contacts: z.boolean().optional(), two_person_publishing: z.boolean().optional() });

teamApi.patch('/statements/:slug/settings', async (c) => {
  const who = requireCoordinator(c);
  const { db, clock } = c.get('deps');
  const v = validate(Settings, await jsonBody(c));
  const s = await db.transaction().execute((trx) =>
    saveStatementSettings(trx, { slug: c.req.param('slug'), viewersSeeContacts: v.viewers_see_contacts, twoPersonPublishing: v.two_person_publishing, coordinatorId: who.id, now: clock() }),
  );
  return c.json({ viewers_see_contacts: s.viewersSeeContacts, two_person_publishing: s.twoPersonPublishing });
});

teamApi.post('/statements/:slug/editions/:number/release', async (c) => {
  const who = requireCoordinator(c);
  const { db, clock, renderers } = c.get('deps');
  const number = Number(c.req.param('number'));
  if (!Number.isInteger(number) || number < 1) throw localisedError('not_found', 'error.thingNotFound');
  const e = await releaseEdition(db, { slug: c.req.param('slug'), number, coordinatorId: who.id, now: clock(), renderers });
  return c.json({ number: e.number, status: e.state, published_at: e.publishedAt?.toISOString() ?? null, publish_at: e.publishAt.toISOString() });
});

