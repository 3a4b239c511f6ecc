import { Hono } from 'hono';
import { z } from 'zod';
import { eraseOwnContact } from '../contacts/erase-contacts.ts';
import { validate } from '../shared/validate.ts';
import { AppError, localisedError } from '../errors.ts';
import { countMessages, listOutbox } from '../mail/mailer.ts';
import { MESSAGE_STATUSES, type MessageStatus } from '../mail/message.ts';
import { retryMessage } from '../mail/retry-message.ts';
import { addSignatory } from '../signatures/add-signatory.ts';
import { moderateSignatures } from '../signatures/moderate-signatures.ts';
import { editSignatory } from '../signatures/edit-signatory.ts';
import { restoreSignatures } from '../signatures/restore-signatures.ts';
import { correctSignature, lookUpManaged, reviewCorrection, withdrawSignature } from '../signatures/manage-signature.ts';
import { validateSignOn } from '../signatures/sign-on.ts';
import { signOnOrigin } from '../web/client-address.ts';
import { challengeRequired } from '../abuse/challenge-routes.ts';
import { referralCode } from '../reach/partner-link.ts';
import { SIGNATURE_STATES, type SignatureState } from '../signatures/signature.ts';
import { listSignaturesWithContacts } from '../signatures/signature.repository.ts';
import { changeStatementState } from '../statements/change-statement-state.ts';
import { createStatement } from '../statements/create-statement.ts';
import { getStatementBySlug, listStatements } from '../statements/statement.repository.ts';
import { readableStatement, requireCoordinator } from '../web/auth.ts';
import { maySeeContacts, visibleStatements } from '../web/permit.ts';
import type { AppEnv } from '../web/env.ts';
import { jsonBody } from '../web/form.ts';
import { etagMatches, ResponseCache, sendCached } from '../web/response-cache.ts';
import { displayCount } from '../statements/statement.ts';
import { managedJson, publicStatementJson, signatureJson, statementJson, versionJson } from './serialise.ts';
import { editStatement } from '../statements/edit-statement.ts';
import { listStatementVersions, signaturesPerVersion } from '../statements/statement-version.repository.ts';
import { withdrawLinkFor } from '../signatures/manage-link.ts';
import { cachedCurrentList } from '../publishing/current-list.ts';
import { cachedBody, readerText } from '../web/statement-text.ts';

/** The JSON API, mounted at /api/v1. Documented in README.md. */
export const api = new Hono<AppEnv>();
const publicJson = new ResponseCache();

api.get('/statements', async (c) => {
  requireCoordinator(c);
  const list = await visibleStatements(c, await listStatements(c.get('deps').db));
  return c.json({ statements: list.map(statementJson) });
});

api.post('/statements', async (c) => {
  const { db, clock } = c.get('deps');
  const who = requireCoordinator(c);
  const input = await jsonBody(c);
  const s = await db.transaction().execute((trx) => createStatement(trx, { input, coordinatorId: who.id, now: clock() }));
  return c.json(statementJson(s), 201);
});

api.get('/statements/:slug', async (c) => {
  const { db, listCache } = c.get('deps');
  const s = await readableStatement(c, c.req.param('slug'));
  const list = await cachedCurrentList(listCache, db, s);
  const text = await readerText(c, s);
  const entry = publicJson.get(`${s.id}|${text.language}`, `${s.updatedAt.getTime()}|${s.textVersion}|${s.listVersion}`, () =>
    JSON.stringify(publicStatementJson(s, list, text, cachedBody(s, text))),
  );
  return sendCached(c, entry, 'application/json; charset=UTF-8');
});

// The count a crowd refreshes: tiny, cacheable by browsers and proxies for a few seconds.
api.get('/statements/:slug/count', async (c) => {
  const s = await readableStatement(c, c.req.param('slug'));
  const etag = `W/"count-${s.approvedCount}-${s.listVersion}-${s.updatedAt.getTime().toString(36)}"`;
  const headers = { ETag: etag, 'Cache-Control': 'public, max-age=5, stale-while-revalidate=30' };
  if (etagMatches(c.req.header('if-none-match'), etag)) return c.body(null, 304, headers);
  return c.json({ count: s.approvedCount, rounded: displayCount(s.approvedCount, s.headlineRounding, s.language), updated_at: s.updatedAt.toISOString() }, 200, headers);
});

api.patch('/statements/:slug', async (c) => {
  const { db, clock, mailer, publicUrl } = c.get('deps');
  const who = requireCoordinator(c);
  const input = await jsonBody(c);
  const slug = c.req.param('slug');
  const edit = await db.transaction().execute((trx) =>
    editStatement(trx, { slug, input, coordinatorId: who.id, now: clock(), mailer, withdrawLink: withdrawLinkFor(publicUrl) }),
  );
  c.get('deps').jobs.nudge();
  return c.json({ ...statementJson(edit.statement), text_changed: edit.textChanged, material: edit.material, notices: edit.notices });
});

api.get('/statements/:slug/versions', async (c) => {
  const { db } = c.get('deps');
  requireCoordinator(c);
  const s = await getStatementBySlug(db, c.req.param('slug'));
  const versions = await listStatementVersions(db, s.id);
  const counts = await signaturesPerVersion(db, s.id, versions.map((v) => v.version));
  return c.json({ text_version: s.textVersion, versions: versions.map((v) => versionJson(v, counts.get(v.version) ?? 0)) });
});

for (const [action, to] of [['open', 'open'], ['close', 'closed']] as const) {
  api.post(`/statements/:slug/${action}`, async (c) => {
    const { db, clock } = c.get('deps');
    const who = requireCoordinator(c);
    const s = await db.transaction().execute((trx) => changeStatementState(trx, { slug: c.req.param('slug'), to, coordinatorId: who.id, now: clock() }));
    return c.json(statementJson(s));
  });
}

api.post('/statements/:slug/signatures', async (c) => {
  const deps = c.get('deps');
  const input = await jsonBody(c);
  const who = c.get('coordinator');
  const slug = c.req.param('slug');
  if (who) {
    const s = await deps.db.transaction().execute((trx) => addSignatory(trx, { slug, input, coordinatorId: who.id, now: deps.clock() }));
    return c.json(signatureJson(s), 201);
  }
  const signOn = validateSignOn(input);
  // The statement only chooses the text the signatory read; the batch checks it again as it writes.
  const text = await readerText(c, await readableStatement(c, slug, { snapshot: true }));
  const ref = typeof input === 'object' && input !== null ? referralCode((input as Record<string, unknown>).ref) : null;
  const now = deps.clock();
  // With the check on, an API client solves a challenge from GET /api/v1/challenge and sends it as `altcha`.
  const check = deps.signOnCheck ? await deps.signOnCheck.verify((input as { altcha?: unknown }).altcha, now) : null;
  if (deps.signOnCheck && !check) throw challengeRequired();
  await deps.signOns.submit({ slug, input: signOn, language: c.get('locale'), textLanguage: text.language, now, origin: await signOnOrigin(c), check, ref });
  return c.json({ status: 'awaiting_confirmation', message: c.get('t')('sign.checkEmail.api') }, 202);
});

api.get('/statements/:slug/signatures', async (c) => {
  const { db } = c.get('deps');
  requireCoordinator(c);
  const status = c.req.query('status');
  if (status && !SIGNATURE_STATES.includes(status as SignatureState)) {
    throw localisedError('validation_failed', 'error.unknownStatus', { status: status.slice(0, 40) }, { status: { key: 'validation.oneOf', params: { list: SIGNATURE_STATES.join(', ') } } });
  }
  const s = await getStatementBySlug(db, c.req.param('slug'));
  const rows = await listSignaturesWithContacts(db, s.id, status ? [status as SignatureState] : undefined);
  const contacts = await maySeeContacts(c, s);
  return c.json({ signatures: rows.map((r) => signatureJson(contacts ? r : { ...r, contact: undefined })) });
});

for (const decision of ['approve', 'reject'] as const) {
  api.post(`/signatures/:id/${decision}`, async (c) => {
    const { db, clock } = c.get('deps');
    const who = requireCoordinator(c);
    const [s] = await db.transaction().execute((trx) => moderateSignatures(trx, { ids: [c.req.param('id')], decision, coordinatorId: who.id, now: clock() }));
    return c.json(signatureJson(s!));
  });
}

api.patch('/signatures/:id', async (c) => {
  const { db, clock } = c.get('deps');
  const who = requireCoordinator(c);
  const input = await jsonBody(c);
  const s = await db.transaction().execute((trx) => editSignatory(trx, { id: c.req.param('id'), input, coordinatorId: who.id, now: clock() }));
  return c.json(signatureJson(s));
});

api.post('/signatures/:id/restore', async (c) => {
  const { db, clock } = c.get('deps');
  const who = requireCoordinator(c);
  const [s] = await db.transaction().execute((trx) => restoreSignatures(trx, { ids: [c.req.param('id')], coordinatorId: who.id, now: clock() }));
  return c.json(signatureJson(s!));
});

for (const decision of ['approve', 'dismiss'] as const) {
  api.post(`/signatures/:id/correction/${decision}`, async (c) => {
    const { db, clock } = c.get('deps');
    const who = requireCoordinator(c);
    const s = await db.transaction().execute((trx) => reviewCorrection(trx, { id: c.req.param('id'), decision, coordinatorId: who.id, now: clock() }));
    return c.json(signatureJson(s));
  });
}

// The signatory's own calls, authorised by the private token of their manage link.
api.get('/manage/:token', async (c) => {
  const view = await lookUpManaged(c.get('deps').db, c.req.param('token'));
  if (!view) throw localisedError('not_found', 'manage.invalid');
  return c.json(managedJson(view));
});

api.patch('/manage/:token', async (c) => {
  const { db, clock, publicStatements } = c.get('deps');
  const input = await jsonBody(c);
  const done = await db.transaction().execute((trx) => correctSignature(trx, { token: c.req.param('token'), input, now: clock() }));
  publicStatements?.clear();
  return c.json({ ...managedJson(done), awaiting_review: done.awaitingReview });
});

api.post('/manage/:token/withdraw', async (c) => {
  const { db, clock, publicStatements } = c.get('deps');
  const done = await db.transaction().execute((trx) => withdrawSignature(trx, { token: c.req.param('token'), now: clock() }));
  publicStatements?.clear();
  return c.json(managedJson(done));
});

// The signatory erases their contact details; with `withdraw: true` the signature is withdrawn too.
// The token stops working: the answer is the last thing it gives.
const EraseInput = z.object({ withdraw: z.boolean().optional() }).strict();
api.post('/manage/:token/erase', async (c) => {
  const { db, clock, publicStatements } = c.get('deps');
  const input = validate(EraseInput, await jsonBody(c, { optional: true }));
  const done = await db.transaction().execute((trx) => eraseOwnContact(trx, { token: c.req.param('token'), withdraw: input.withdraw === true, now: clock() }));
  publicStatements?.clear();
  return c.json({ erased: done.contacts > 0, withdrawn: done.withdrawn.length > 0 });
});

api.get('/outbox', async (c) => {
  const { db, mailer } = c.get('deps');
  requireCoordinator(c);
  if (mailer.mode !== 'outbox') throw new AppError('not_found', 'Mail is sent through SMTP on this instance; there is no outbox.');
  const messages = await listOutbox(db);
  return c.json({
    messages: messages.map((m) => ({ id: m.id, to: m.to, subject: m.subject, text: m.text, created_at: m.createdAt.toISOString() })),
  });
});

// Every outgoing message with its delivery state, SMTP or not: what is queued, retrying, failed.
api.get('/messages', async (c) => {
  const { db } = c.get('deps');
  requireCoordinator(c);
  const status = c.req.query('status');
  if (status && !MESSAGE_STATUSES.includes(status as MessageStatus)) {
    throw new AppError('validation_failed', `Unknown status "${status}".`, { status: `Use one of: ${MESSAGE_STATUSES.join(', ')}.` });
  }
  const messages = await listOutbox(db, { statuses: status ? [status as MessageStatus] : undefined });
  return c.json({
    counts: await countMessages(db),
    messages: messages.map((m) => ({
      id: m.id,
      to: m.to,
      subject: m.subject,
      kind: m.kind,
      status: m.status,
      attempts: m.attempts,
      last_error: m.lastError,
      created_at: m.createdAt.toISOString(),
      sent_at: m.sentAt?.toISOString() ?? null,
    })),
  });
});

api.post('/messages/:id/retry', async (c) => {
  const { db, clock, jobs } = c.get('deps');
  const who = requireCoordinator(c);
  await db.transaction().execute((trx) => retryMessage(trx, { id: c.req.param('id'), coordinatorId: who.id, now: clock() }));
  jobs.nudge();
  return c.json({ status: 'queued' });
});

api.all('*', () => {
  throw localisedError('not_found', 'error.noEndpoint');
});
