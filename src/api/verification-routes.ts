import { Hono } from 'hono';
import { localisedError } from '../errors.ts';
import { setShowVerified, setVerified } from '../organisations/verification.ts';
import { requireCoordinator } from '../web/auth.ts';
import type { AppEnv } from '../web/env.ts';
import { jsonBody } from '../web/form.ts';
import { signatureJson, statementJson } from './serialise.ts';

/** Verified organisations through the API, mounted at /api/v1. */
export const verificationApi = new Hono<AppEnv>();

// needs: statement.moderate
export const VERIFY_API_PERMISSION = 'statement.moderate';
// needs: statement.edit
export const VERIFIED_MARK_API_PERMISSION = 'statement.edit';

for (const [path, verified] of [['verify', true], ['unverify', false]] as const) {
  verificationApi.post(`/signatures/:id/${path}`, async (c) => {
    const { db, clock } = c.get('deps');
    const who = requireCoordinator(c); // VERIFY_API_PERMISSION
    const s = await db.transaction().execute((trx) => setVerified(trx, { id: c.req.param('id'), verified, coordinatorId: who.id, now: clock() }));
    return c.json(signatureJson(s));
  });
}

verificationApi.put('/statements/:slug/verified-mark', async (c) => {
  const { db, clock } = c.get('deps');
  const who = requireCoordinator(c); // VERIFIED_MARK_API_PERMISSION
  const body = await jsonBody(c);
  const show = (body as { show?: unknown } | null)?.show;
  if (typeof show !== 'boolean') throw localisedError('validation_failed', 'verified.showBoolean');
  const s = await db.transaction().execute((trx) => setShowVerified(trx, { slug: c.req.param('slug'), show, coordinatorId: who.id, now: clock() }));
  return c.json(statementJson(s));
});
