import { Hono, type Context } from 'hono';
import { heldSignOns, originGroups, type OriginKind } from '../abuse/sign-on-origins.repository.ts';
import { rejectFromOrigin, releaseHeld } from '../abuse/review-origins.ts';
import { getStatementBySlug } from '../statements/statement.repository.ts';
import { coordinatorArea, requireCoordinator } from './auth.ts';
import type { AppEnv } from './env.ts';
import { formValues } from './form.ts';
import { OriginsPage, PERIODS } from './views/coordinator/origins-page.tsx';

/** The coordinator's view of where public sign-ons came from, mounted at /coordinator. */
export const abuseRoutes = new Hono<AppEnv>();
abuseRoutes.use('/statements/:slug/origins', coordinatorArea);
abuseRoutes.use('/statements/:slug/origins/*', coordinatorArea);

const hoursOf = (c: Context<AppEnv>) => PERIODS.find((h) => String(h) === c.req.query('hours')) ?? 24;

abuseRoutes.get('/statements/:slug/origins', async (c) => {
  const { db, clock } = c.get('deps');
  const who = requireCoordinator(c);
  const statement = await getStatementBySlug(db, c.req.param('slug'));
  const hours = hoursOf(c);
  const since = new Date(clock().getTime() - hours * 3_600_000);
  const [networks, domains, held] = await Promise.all([
    originGroups(db, { statementId: statement.id, since, by: 'network' }),
    originGroups(db, { statementId: statement.id, since, by: 'domain' }),
    heldSignOns(db, statement.id),
  ]);
  const t = c.get('t');
  const n = Number(c.req.query('n') ?? '0');
  const done = c.req.query('done');
  const notice = Number.isSafeInteger(n) && (done === 'rejected' || done === 'released') ? t(done === 'rejected' ? 'abuse.notice.rejected' : 'abuse.notice.released', { count: n }) : undefined;
  return c.html(<OriginsPage statement={statement} hours={hours} networks={networks} domains={domains} held={held} notice={notice} coordinator={who} csrfToken={c.get('csrfToken')} t={t} />);
});

for (const action of ['reject', 'release'] as const) {
  abuseRoutes.post(`/statements/:slug/origins/${action}`, async (c) => {
    const { db, clock } = c.get('deps');
    const who = requireCoordinator(c);
    const statement = await getStatementBySlug(db, c.req.param('slug'));
    const v = await formValues(c);
    const by: OriginKind = v.by === 'network' ? 'network' : 'domain';
    const target = { statementId: statement.id, by, value: v.id ? '' : (v.value ?? ''), ids: v.id ? [v.id] : undefined, coordinatorId: who.id, now: clock() };
    const n = await db.transaction().execute((trx) => (action === 'reject' ? rejectFromOrigin(trx, target) : releaseHeld(trx, target)));
    if (action === 'release') c.get('deps').jobs.nudge();
    return c.redirect(`/coordinator/statements/${statement.slug}/origins?done=${action === 'reject' ? 'rejected' : 'released'}&n=${n}`, 303);
  });
}
