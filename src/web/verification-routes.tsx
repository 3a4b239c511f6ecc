import { Hono } from 'hono';
import { setShowVerified, setVerified } from '../organisations/verification.ts';
import { coordinatorArea, requireCoordinator } from './auth.ts';
import type { AppEnv } from './env.ts';
import { formValues } from './form.ts';

/** Verifying organisations by hand and the public mark, mounted at /coordinator. */
export const verificationRoutes = new Hono<AppEnv>();
verificationRoutes.use('*', coordinatorArea);

// needs: statement.moderate (verify or un-verify a signatory of the statement)
export const VERIFY_PERMISSION = 'statement.moderate';
// needs: statement.edit (choose whether the public list shows the mark)
export const VERIFIED_MARK_PERMISSION = 'statement.edit';

verificationRoutes.post('/signatures/:id/verified', async (c) => {
  const { db, clock } = c.get('deps');
  const who = requireCoordinator(c); // VERIFY_PERMISSION
  const v = await formValues(c);
  const id = c.req.param('id');
  await db.transaction().execute((trx) => setVerified(trx, { id, verified: v.verified === 'yes', coordinatorId: who.id, now: clock() }));
  return c.redirect(`/coordinator/signatures/${id}#verification`, 303);
});

verificationRoutes.post('/statements/:slug/verified-mark', async (c) => {
  const { db, clock } = c.get('deps');
  const who = requireCoordinator(c); // VERIFIED_MARK_PERMISSION
  const v = await formValues(c);
  const slug = c.req.param('slug');
  await db.transaction().execute((trx) => setShowVerified(trx, { slug, show: v.show === 'on', coordinatorId: who.id, now: clock() }));
  return c.redirect(`/coordinator/statements/${slug}`, 303);
});
