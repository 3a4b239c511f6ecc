import { Hono } from 'hono';
import { addAddressee, editAddressee, listAddressees, removeAddressee } from '../delivery/addressees.ts';
import { deliverEdition, listDeliveries } from '../delivery/deliver-edition.ts';
import { listResponses, recordResponse, setResponsePublished, type AddresseeResponse } from '../delivery/responses.ts';
import { invitePartners } from '../partners/invite-partners.ts';
import { listInvitations } from '../partners/invitation-list.ts';
import { remindPartners } from '../partners/remind-partners.ts';
import type { Addressee } from '../partners/partner-contacts.ts';
import { getStatementBySlug } from '../statements/statement.repository.ts';
import { requireCoordinator } from '../web/auth.ts';
import type { AppEnv } from '../web/env.ts';
import { jsonBody } from '../web/form.ts';

/** Coordinators reaching partners (invitations) and addressees (delivery, responses). Mounted at /api/v1. */
export const partnerApi = new Hono<AppEnv>();

const addresseeJson = (a: Addressee) => ({ id: a.id, name: a.name, email: a.email, organisation: a.organisation, title: a.title, created_at: a.createdAt.toISOString() });
const responseJson = (r: AddresseeResponse) => ({ id: r.id, responder: r.responder, received_on: r.receivedOn, text: r.text, link: r.link, published: r.published, created_at: r.createdAt.toISOString() });

partnerApi.post('/statements/:slug/invitations', async (c) => {
  const { db, clock, mailer, publicUrl, jobs } = c.get('deps');
  const who = requireCoordinator(c);
  const input = await jsonBody(c);
  const result = await db.transaction().execute((trx) => invitePartners(trx, { slug: c.req.param('slug'), input, coordinatorId: who.id, now: clock(), mailer, publicUrl }));
  jobs.nudge();
  return c.json(result, 201);
});

partnerApi.get('/statements/:slug/invitations', async (c) => {
  const { db } = c.get('deps');
  requireCoordinator(c);
  const s = await getStatementBySlug(db, c.req.param('slug'));
  const list = await listInvitations(db, s.id);
  return c.json({
    invitations: list.map((i) => ({
      id: i.id,
      email: i.email,
      organisation: i.organisationId ? { id: i.organisationId, name: i.organisationName } : null,
      language: i.language,
      invited_at: i.invitedAt.toISOString(),
      reminded_at: i.remindedAt?.toISOString() ?? null,
      signed: i.signed,
      unsubscribed: i.unsubscribed,
      mail_status: i.mailStatus,
    })),
  });
});

partnerApi.post('/statements/:slug/invitations/reminders', async (c) => {
  const { db, clock, mailer, publicUrl, jobs } = c.get('deps');
  const who = requireCoordinator(c);
  const result = await db.transaction().execute((trx) => remindPartners(trx, { slug: c.req.param('slug'), coordinatorId: who.id, now: clock(), mailer, publicUrl }));
  jobs.nudge();
  return c.json(result, 201);
});

partnerApi.post('/statements/:slug/addressees', async (c) => {
  const { db, clock } = c.get('deps');
  const who = requireCoordinator(c);
  const input = await jsonBody(c);
  const a = await db.transaction().execute((trx) => addAddressee(trx, { slug: c.req.param('slug'), input, coordinatorId: who.id, now: clock() }));
  return c.json(addresseeJson(a), 201);
});

partnerApi.get('/statements/:slug/addressees', async (c) => {
  requireCoordinator(c);
  return c.json({ addressees: (await listAddressees(c.get('deps').db, c.req.param('slug'))).map(addresseeJson) });
});

partnerApi.put('/statements/:slug/addressees/:id', async (c) => {
  const { db, clock } = c.get('deps');
  const who = requireCoordinator(c);
  const input = await jsonBody(c);
  await db.transaction().execute((trx) => editAddressee(trx, { slug: c.req.param('slug'), id: c.req.param('id'), input, coordinatorId: who.id, now: clock() }));
  const a = (await listAddressees(db, c.req.param('slug'))).find((x) => x.id === c.req.param('id'))!;
  return c.json(addresseeJson(a));
});

partnerApi.delete('/statements/:slug/addressees/:id', async (c) => {
  const { db, clock } = c.get('deps');
  const who = requireCoordinator(c);
  await db.transaction().execute((trx) => removeAddressee(trx, { slug: c.req.param('slug'), id: c.req.param('id'), coordinatorId: who.id, now: clock() }));
  return c.body(null, 204);
});

partnerApi.post('/statements/:slug/deliveries', async (c) => {
  const { db, clock, mailer, publicUrl, jobs } = c.get('deps');
  const who = requireCoordinator(c);
  const input = await jsonBody(c);
  const d = await db.transaction().execute((trx) => deliverEdition(trx, { slug: c.req.param('slug'), input, coordinatorId: who.id, now: clock(), mailer, publicUrl }));
  jobs.nudge();
  return c.json({ id: d.id, queued: d.queued, count_line: d.countLine }, 201);
});

partnerApi.get('/statements/:slug/deliveries', async (c) => {
  const { db } = c.get('deps');
  requireCoordinator(c);
  const s = await getStatementBySlug(db, c.req.param('slug'));
  const list = await listDeliveries(db, s.id);
  return c.json({
    deliveries: list.map((d) => ({
      id: d.id,
      edition: d.edition,
      message: d.message,
      created_at: d.createdAt.toISOString(),
      emails: d.sent.map((m) => ({ addressee: m.addresseeName, status: m.status, sent_at: m.sentAt?.toISOString() ?? null, last_error: m.lastError })),
    })),
  });
});

partnerApi.post('/statements/:slug/responses', async (c) => {
  const { db, clock } = c.get('deps');
  const who = requireCoordinator(c);
  const input = await jsonBody(c);
  const r = await db.transaction().execute((trx) => recordResponse(trx, { slug: c.req.param('slug'), input, coordinatorId: who.id, now: clock() }));
  return c.json(responseJson(r), 201);
});

partnerApi.get('/statements/:slug/responses', async (c) => {
  const { db } = c.get('deps');
  requireCoordinator(c);
  const s = await getStatementBySlug(db, c.req.param('slug'));
  return c.json({ responses: (await listResponses(db, s.id)).map(responseJson) });
});

for (const [action, published] of [['publish', true], ['unpublish', false]] as const) {
  partnerApi.post(`/statements/:slug/responses/:id/${action}`, async (c) => {
    const { db, clock } = c.get('deps');
    const who = requireCoordinator(c);
    await db.transaction().execute((trx) => setResponsePublished(trx, { slug: c.req.param('slug'), id: c.req.param('id'), published, coordinatorId: who.id, now: clock() }));
    return c.json({ id: c.req.param('id'), published });
  });
}
