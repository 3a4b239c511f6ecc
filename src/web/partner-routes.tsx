import { Hono, type Context } from 'hono';
import { addAddressee, editAddressee, removeAddressee } from '../delivery/addressees.ts';
import { deliverEdition, listDeliveries } from '../delivery/deliver-edition.ts';
import { listResponses, recordResponse, setResponsePublished } from '../delivery/responses.ts';
import { AppError } from '../errors.ts';
import type { MessageKey } from '../i18n/i18n.ts';
import { splitPastedEmails } from '../partners/invitation-input.ts';
import { listInvitations } from '../partners/invitation-list.ts';
import { invitePartners } from '../partners/invite-partners.ts';
import { addresseesOf, invitableOrganisations } from '../partners/partner-contacts.ts';
import { remindPartners } from '../partners/remind-partners.ts';
import { lookUpUnsubscribe, unsubscribe, type UnsubscribeView } from '../partners/unsubscribe.ts';
import { listEditions } from '../publishing/edition.repository.ts';
import { getStatementBySlug } from '../statements/statement.repository.ts';
import { coordinatorArea, requireCoordinator } from './auth.ts';
import type { AppEnv } from './env.ts';
import { errorFields, errorMessage } from './errors.tsx';
import { formList, formValues } from './form.ts';
import { readerTranslator } from './locale.ts';
import { DeliveryPage } from './views/coordinator/delivery-page.tsx';
import { PartnersPage } from './views/coordinator/partners-page.tsx';
import { UnsubscribePage } from './views/unsubscribe-page.tsx';

/** The public unsubscribe link of invitations; its POST also serves mail programs' one-click unsubscribe (RFC 8058). */
export const unsubscribeRoutes = new Hono<AppEnv>();

const unsubscribeTranslator = (c: Context<AppEnv>, view: UnsubscribeView | null) => readerTranslator(c, view?.language ?? 'en');

unsubscribeRoutes.get('/unsubscribe/:token', async (c) => {
  const token = c.req.param('token');
  const view = await lookUpUnsubscribe(c.get('deps').db, token);
  c.header('Cache-Control', 'private, no-store');
  return c.html(<UnsubscribePage view={view} token={token} csrfToken={c.get('csrfToken')} t={unsubscribeTranslator(c, view)} />, view ? 200 : 404);
});

unsubscribeRoutes.post('/unsubscribe/:token', async (c) => {
  const { db, clock } = c.get('deps');
  const token = c.req.param('token');
  const view = await db.transaction().execute((trx) => unsubscribe(trx, { token, now: clock() }));
  c.header('Cache-Control', 'private, no-store');
  return c.html(<UnsubscribePage view={view} token={token} csrfToken={c.get('csrfToken')} t={unsubscribeTranslator(c, view)} />, view ? 200 : 404);
});

/** Coordinator pages for invitations and delivery; mounted under /coordinator. */
export const partnerRoutes = new Hono<AppEnv>();
partnerRoutes.use('*', coordinatorArea);

const notices = new Map<string, MessageKey>([
  ['added', 'delivery.notice.added'],
  ['saved', 'delivery.notice.saved'],
  ['removed', 'delivery.notice.removed'],
  ['sent', 'delivery.notice.sent'],
  ['recorded', 'delivery.notice.recorded'],
  ['published', 'delivery.notice.published'],
  ['unpublished', 'delivery.notice.unpublished'],
]);

async function partnersPage(c: Context<AppEnv>, extra: { values?: Record<string, string>; errors?: Record<string, string>; notice?: string }, status: 200 | 409 | 422 = 200) {
  const { db } = c.get('deps');
  const statement = await getStatementBySlug(db, c.req.param('slug')!);
  const [organisations, invitations] = await Promise.all([invitableOrganisations(db, { limit: 1000 }), listInvitations(db, statement.id)]);
  return c.html(
    <PartnersPage statement={statement} organisations={organisations} invitations={invitations} {...extra} coordinator={requireCoordinator(c)} csrfToken={c.get('csrfToken')} t={c.get('t')} />,
    status,
  );
}

partnerRoutes.get('/statements/:slug/partners', async (c) => {
  const t = c.get('t');
  const invited = c.req.query('invited');
  const reminded = c.req.query('reminded');
  const n = (v: string | undefined) => Math.max(0, Math.min(100_000, Number(v) || 0));
  const notice =
    invited !== undefined
      ? t('partners.notice.invited', { invited: n(invited), skipped: n(c.req.query('skipped')) })
      : reminded !== undefined
        ? t('partners.notice.reminded', { count: n(reminded) })
        : undefined;
  return partnersPage(c, notice ? { notice } : {});
});

partnerRoutes.post('/statements/:slug/partners', async (c) => {
  const { db, clock, mailer, publicUrl, jobs } = c.get('deps');
  const who = requireCoordinator(c);
  const values = await formValues(c);
  const organisations = await formList(c, 'organisations');
  const input = { emails: splitPastedEmails((values.emails ?? '').slice(0, 60_000)), organisations, ...(values.language ? { language: values.language } : {}) };
  try {
    const r = await db.transaction().execute((trx) => invitePartners(trx, { slug: c.req.param('slug'), input, coordinatorId: who.id, now: clock(), mailer, publicUrl }));
    jobs.nudge();
    return c.redirect(`/coordinator/statements/${c.req.param('slug')}/partners?invited=${r.invited}&skipped=${r.skipped}`, 303);
  } catch (err) {
    if (!(err instanceof AppError) || !['validation_failed', 'statement_not_open'].includes(err.code)) throw err;
    const t = c.get('t');
    const fields = errorFields(err, t) ?? {};
    // Every bad address is named in one message next to the list.
    const bad = Object.entries(fields).filter(([k]) => k.startsWith('emails')).map(([, m]) => m);
    const errors: Record<string, string> = bad.length ? { emails: bad.join(' ') } : { emails: errorMessage(err, t) };
    return partnersPage(c, { values, errors }, err.code === 'statement_not_open' ? 409 : 422);
  }
});

partnerRoutes.post('/statements/:slug/partners/reminders', async (c) => {
  const { db, clock, mailer, publicUrl, jobs } = c.get('deps');
  const who = requireCoordinator(c);
  const r = await db.transaction().execute((trx) => remindPartners(trx, { slug: c.req.param('slug'), coordinatorId: who.id, now: clock(), mailer, publicUrl }));
  jobs.nudge();
  return c.redirect(`/coordinator/statements/${c.req.param('slug')}/partners?reminded=${r.reminded}`, 303);
});

async function deliveryPage(
  c: Context<AppEnv>,
  extra: { form?: 'addressee' | 'delivery' | 'response'; values?: Record<string, string>; errors?: Record<string, string>; notice?: string },
  status: 200 | 404 | 409 | 422 = 200,
) {
  const { db } = c.get('deps');
  const statement = await getStatementBySlug(db, c.req.param('slug')!);
  const [addressees, editions, deliveries, responses] = await Promise.all([addresseesOf(db, statement.id), listEditions(db, statement.id), listDeliveries(db, statement.id), listResponses(db, statement.id)]);
  return c.html(
    <DeliveryPage
      statement={statement}
      addressees={addressees}
      editions={editions}
      deliveries={deliveries}
      responses={responses}
      {...extra}
      coordinator={requireCoordinator(c)}
      csrfToken={c.get('csrfToken')}
      t={c.get('t')}
    />,
    status,
  );
}

partnerRoutes.get('/statements/:slug/delivery', async (c) => {
  const key = notices.get(c.req.query('done') ?? '');
  return deliveryPage(c, key ? { notice: c.get('t')(key) } : {});
});

/** Runs a delivery-page form; a refused input shows the page again with the form's errors. */
async function deliveryForm(c: Context<AppEnv>, form: 'addressee' | 'delivery' | 'response', done: string, run: (values: Record<string, string>, who: string) => Promise<unknown>) {
  const values = await formValues(c);
  try {
    await run(values, requireCoordinator(c).id);
    c.get('deps').jobs.nudge();
    return c.redirect(`/coordinator/statements/${c.req.param('slug')}/delivery?done=${done}#${form === 'addressee' ? 'addressees' : form === 'delivery' ? 'send' : 'responses'}`, 303);
  } catch (err) {
    if (!(err instanceof AppError) || !['validation_failed', 'conflict', 'not_found'].includes(err.code)) throw err;
    const t = c.get('t');
    const errors = errorFields(err, t) ?? { message: errorMessage(err, t) };
    return deliveryPage(c, { form, values, errors }, err.code === 'validation_failed' ? 422 : err.code === 'conflict' ? 409 : 404);
  }
}

partnerRoutes.post('/statements/:slug/delivery/addressees', (c) =>
  deliveryForm(c, 'addressee', 'added', (values, who) => {
    const { db, clock } = c.get('deps');
    return db.transaction().execute((trx) => addAddressee(trx, { slug: c.req.param('slug'), input: values, coordinatorId: who, now: clock() }));
  }),
);

partnerRoutes.post('/statements/:slug/delivery/addressees/:id', (c) =>
  deliveryForm(c, 'addressee', 'saved', (values, who) => {
    const { db, clock } = c.get('deps');
    return db.transaction().execute((trx) => editAddressee(trx, { slug: c.req.param('slug'), id: c.req.param('id'), input: values, coordinatorId: who, now: clock() }));
  }),
);

partnerRoutes.post('/statements/:slug/delivery/addressees/:id/remove', (c) =>
  deliveryForm(c, 'addressee', 'removed', (_values, who) => {
    const { db, clock } = c.get('deps');
    return db.transaction().execute((trx) => removeAddressee(trx, { slug: c.req.param('slug'), id: c.req.param('id'), coordinatorId: who, now: clock() }));
  }),
);

partnerRoutes.post('/statements/:slug/delivery/deliveries', (c) =>
  deliveryForm(c, 'delivery', 'sent', (values, who) => {
    const { db, clock, mailer, publicUrl } = c.get('deps');
    return db.transaction().execute((trx) => deliverEdition(trx, { slug: c.req.param('slug'), input: values, coordinatorId: who, now: clock(), mailer, publicUrl }));
  }),
);

partnerRoutes.post('/statements/:slug/delivery/responses', (c) =>
  deliveryForm(c, 'response', 'recorded', (values, who) => {
    const { db, clock } = c.get('deps');
    return db.transaction().execute((trx) => recordResponse(trx, { slug: c.req.param('slug'), input: values, coordinatorId: who, now: clock() }));
  }),
);

for (const [action, published] of [['publish', true], ['unpublish', false]] as const) {
  partnerRoutes.post(`/statements/:slug/delivery/responses/:id/${action}`, (c) =>
    deliveryForm(c, 'response', action === 'publish' ? 'published' : 'unpublished', (_values, who) => {
      const { db, clock } = c.get('deps');
      return db.transaction().execute((trx) => setResponsePublished(trx, { slug: c.req.param('slug'), id: c.req.param('id'), published, coordinatorId: who, now: clock() }));
    }),
  );
}
