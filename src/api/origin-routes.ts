import { Hono } from 'hono';
import { isFreeMail } from '../abuse/email-domain.ts';
import { heldSignOns, originGroups } from '../abuse/sign-on-origins.repository.ts';
import { localisedError } from '../errors.ts';
import { getStatementBySlug } from '../statements/statement.repository.ts';
import { requireCoordinator } from '../web/auth.ts';
import type { AppEnv } from '../web/env.ts';
import { PERIODS } from '../web/views/coordinator/origins-page.tsx';

/**
 * Where a statement's public sign-ons came from, for coordinators only, mounted at /api/v1: the
 * JSON twin of /coordinator/statements/:slug/origins. Networks are keyed hashes (never an
 * address), domains are email domains (never an address); held sign-ons carry their public name.
 */
export const originApi = new Hono<AppEnv>();

originApi.get('/statements/:slug/origins', async (c) => {
  const { db, clock } = c.get('deps');
  requireCoordinator(c);
  const asked = c.req.query('hours');
  const hours = asked === undefined ? 24 : PERIODS.find((h) => String(h) === asked);
  if (hours === undefined) throw localisedError('validation_failed', 'hostile.originsHours', { choices: PERIODS.join(', ') }, { hours: { key: 'hostile.originsHours', params: { choices: PERIODS.join(', ') } } });
  const statement = await getStatementBySlug(db, c.req.param('slug'));
  const since = new Date(clock().getTime() - hours * 3_600_000);
  const [networks, domains, held] = await Promise.all([
    originGroups(db, { statementId: statement.id, since, by: 'network' }),
    originGroups(db, { statementId: statement.id, since, by: 'domain' }),
    heldSignOns(db, statement.id),
  ]);
  c.header('Cache-Control', 'private, no-store');
  return c.json({
    statement: statement.slug,
    hours,
    since: since.toISOString(),
    networks: networks.map((g) => ({ network: g.value, total: g.total, pending: g.pending, held: g.held })),
    domains: domains.map((g) => ({ domain: g.value, free_mail: isFreeMail(g.value), total: g.total, pending: g.pending, held: g.held })),
    held: held.map((h) => ({ signature_id: h.signatureId, name: h.name, email_domain: h.emailDomain, reason: h.reason, created_at: h.createdAt.toISOString() })),
  });
});
