import { Hono } from 'hono';
import { AppError, localisedError } from '../errors.ts';
import { listOutbox } from '../mail/mailer.ts';
import { addSignatory } from '../signatures/add-signatory.ts';
import { moderateSignatures } from '../signatures/moderate-signatures.ts';
import { signOn } from '../signatures/sign-on.ts';
import { SIGNATURE_STATES, type SignatureState } from '../signatures/signature.ts';
import { listSignaturesWithContacts } from '../signatures/signature.repository.ts';
import { changeStatementState } from '../statements/change-statement-state.ts';
import { createStatement } from '../statements/create-statement.ts';
import { getStatementBySlug, listStatements } from '../statements/statement.repository.ts';
import { readableStatement, requireCoordinator } from '../web/auth.ts';
import type { AppEnv } from '../web/env.ts';
import { jsonBody } from '../web/form.ts';
import { ResponseCache, sendCached } from '../web/response-cache.ts';
import { publicStatementJson, signatureJson, statementJson } from './serialise.ts';
import { cachedCurrentList } from '../publishing/current-list.ts';
import { cachedBody, readerText } from '../web/statement-text.ts';

/** The JSON API, mounted at /api/v1. Documented in README.md. */
export const api = new Hono<AppEnv>();
const publicJson = new ResponseCache();

api.get('/statements', async (c) => {
  requireCoordinator(c);
  const list = await listStatements(c.get('deps').db);
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
  const entry = publicJson.get(`${s.id}|${s.updatedAt.getTime()}|${s.textVersion}|${s.listVersion}|${text.language}`, () =>
    JSON.stringify(publicStatementJson(s, list, text, cachedBody(s, text))),
  );
  return sendCached(c, entry, 'application/json; charset=UTF-8');
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
  const text = await readerText(c, await getStatementBySlug(deps.db, slug));
  await deps.db.transaction().execute((trx) =>
    signOn(trx, { slug, input, language: c.get('locale'), text: { language: text.language, title: text.title }, mailer: deps.mailer, publicUrl: deps.publicUrl, now: deps.clock() }),
  );
  await deps.mailer.deliverPending(deps.db);
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
  return c.json({ signatures: rows.map(signatureJson) });
});

for (const decision of ['approve', 'reject'] as const) {
  api.post(`/signatures/:id/${decision}`, async (c) => {
    const { db, clock } = c.get('deps');
    const who = requireCoordinator(c);
    const [s] = await db.transaction().execute((trx) => moderateSignatures(trx, { ids: [c.req.param('id')], decision, coordinatorId: who.id, now: clock() }));
    return c.json(signatureJson(s!));
  });
}

api.get('/outbox', async (c) => {
  const { db, mailer } = c.get('deps');
  requireCoordinator(c);
  if (mailer.mode !== 'outbox') throw new AppError('not_found', 'Mail is sent through SMTP on this instance; there is no outbox.');
  const messages = await listOutbox(db);
  return c.json({
    messages: messages.map((m) => ({ id: m.id, to: m.to, subject: m.subject, text: m.text, created_at: m.createdAt.toISOString() })),
  });
});

api.all('*', () => {
  throw localisedError('not_found', 'error.noEndpoint');
});
