import { Hono, type Context } from 'hono';
import { AppError, localisedError } from '../errors.ts';
import { countMessages, listOutbox } from '../mail/mailer.ts';
import { retryMessage } from '../mail/retry-message.ts';
import { addSignatory } from '../signatures/add-signatory.ts';
import { moderateSignatures } from '../signatures/moderate-signatures.ts';
import { countByState, listSignaturesWithContacts } from '../signatures/signature.repository.ts';
import { listEditions } from '../publishing/edition.repository.ts';
import { changeStatementState } from '../statements/change-statement-state.ts';
import { createStatement } from '../statements/create-statement.ts';
import { saveTranslation, setAuthoritativeLanguage } from '../statements/save-translation.ts';
import { listTranslations } from '../statements/translation.repository.ts';
import { getStatementById, getStatementBySlug, listStatements } from '../statements/statement.repository.ts';
import { reviewCorrection } from '../signatures/manage-signature.ts';
import { restoreSignatures } from '../signatures/restore-signatures.ts';
import { listSignatories, parseSignatoryQuery } from '../signatures/signatory-list.ts';
import { SignatoriesPage } from './views/coordinator/signatories-page.tsx';
import { EditSignatoryPage, signatoryValues } from './views/coordinator/edit-signatory-page.tsx';
import { editSignatory } from '../signatures/edit-signatory.ts';
import { getSignature } from '../signatures/signature.repository.ts';
import { coordinatorArea, requireCoordinator } from './auth.ts';
import { maySeeContacts, statementRoleFor, visibleStatements } from './permit.ts';
import type { AppEnv } from './env.ts';
import { errorFields, errorMessage } from './errors.tsx';
import type { MessageKey } from '../i18n/i18n.ts';
import { formList, formValues } from './form.ts';
import { NewStatementPage } from './views/coordinator/new-statement-page.tsx';
import { OutboxPage } from './views/coordinator/outbox-page.tsx';
import { StatementAdminPage } from './views/coordinator/statement-admin-page.tsx';
import { StatementsPage } from './views/coordinator/statements-page.tsx';
import { EditStatementPage, editValues } from './views/coordinator/edit-statement-page.tsx';
import { editStatement } from '../statements/edit-statement.ts';
import { listStatementVersions, signaturesPerVersion } from '../statements/statement-version.repository.ts';
import { withdrawLinkFor } from '../signatures/manage-link.ts';
import { withdrawalsSinceEdition } from '../publishing/withdrawals-since-edition.ts';

export const coordinatorRoutes = new Hono<AppEnv>();
coordinatorRoutes.use('*', coordinatorArea);

// A Map, so that ?done=constructor finds nothing.
const notices = new Map<string, MessageKey>([
  ['opened', 'coord.notice.opened'],
  ['closed', 'coord.notice.closed'],
  ['added', 'coord.notice.added'],
  ['approved', 'coord.notice.approved'],
  ['rejected', 'coord.notice.rejected'],
  ['created', 'coord.notice.created'],
  ['published', 'coord.notice.published'],
  ['scheduled', 'coord.notice.scheduled'],
  ['translated', 'coord.notice.translationSaved'],
  ['authoritative', 'coord.notice.authoritativeSaved'],
  ['edited', 'coord.notice.edited'],
  ['confirm-publish', 'coord.notice.confirmPublish'],
  ['restored', 'coord.notice.restored'],
  ['released', 'team.notice.released'],
  ['prepared', 'team.notice.prepared'],
  ['select-first', 'coord.notice.selectFirst'],
  ['correction-approve', 'coord.notice.correctionApplied'],
  ['correction-dismiss', 'coord.notice.correctionDismissed'],
]);
const noticeText = (c: Context<AppEnv>) => {
  const key = notices.get(c.req.query('done') ?? '');
  return key ? c.get('t')(key) : undefined;
};

coordinatorRoutes.get('/', async (c) => {
  const statements = await visibleStatements(c, await listStatements(c.get('deps').db));
  return c.html(<StatementsPage statements={statements} coordinator={requireCoordinator(c)} csrfToken={c.get('csrfToken')} t={c.get('t')} />);
});

coordinatorRoutes.get('/statements/new', (c) =>
  c.html(<NewStatementPage coordinator={requireCoordinator(c)} csrfToken={c.get('csrfToken')} values={{}} t={c.get('t')} />),
);

coordinatorRoutes.post('/statements', async (c) => {
  const { db, clock } = c.get('deps');
  const who = requireCoordinator(c);
  const values = await formValues(c);
  try {
    const s = await db.transaction().execute((trx) => createStatement(trx, { input: values, coordinatorId: who.id, now: clock() }));
    return c.redirect(`/coordinator/statements/${s.slug}?done=created`, 303);
  } catch (err) {
    if (err instanceof AppError && (err.code === 'validation_failed' || err.code === 'conflict')) {
      const t = c.get('t');
      return c.html(<NewStatementPage coordinator={who} csrfToken={c.get('csrfToken')} values={values} errors={errorFields(err, t) ?? { _: errorMessage(err, t) }} t={t} />, 422);
    }
    throw err;
  }
});

interface AdminExtras {
  notice?: string;
  addValues?: Record<string, string>;
  addErrors?: Record<string, string>;
  translationValues?: Record<string, string>;
  translationErrors?: Record<string, string>;
}

async function adminPage(c: Context<AppEnv>, slug: string, extra: AdminExtras = {}, status: 200 | 422 = 200) {
  const { db } = c.get('deps');
  const statement = await getStatementBySlug(db, slug);
  const [queue, approved, counts, editions, translations, sinceEdition] = await Promise.all([
    listSignaturesWithContacts(db, statement.id, ['confirmed']),
    listSignaturesWithContacts(db, statement.id, ['approved']),
    countByState(db, statement.id),
    listEditions(db, statement.id),
    listTranslations(db, statement.id),
    withdrawalsSinceEdition(db, statement.id),
  ]);
  // ?translation=fr opens that translation in the form.
  const editing = translations.find((tr) => tr.language === c.req.query('translation'));
  const translationValues =
    extra.translationValues ??
    (editing
      ? { language: editing.language, title: editing.title, headline: editing.headline ?? '', place_and_date: editing.placeAndDate ?? '', body: editing.body, ready: editing.ready ? 'on' : '' }
      : undefined);
  const role = await statementRoleFor(c, statement);
  const contacts = await maySeeContacts(c, statement);
  const hide = <R extends { contact?: unknown }>(rows: R[]) => (contacts ? rows : rows.map((r) => ({ ...r, contact: undefined })));
  const me = requireCoordinator(c);
  const preparers = editions.filter((e) => e.state === 'prepared').length
    ? await db.selectFrom('editions').innerJoin('coordinators', 'coordinators.id', 'editions.created_by').select(['editions.number', 'coordinators.id', 'coordinators.email']).where('editions.statement_id', '=', statement.id).where('editions.state', '=', 'prepared').execute()
    : [];
  const preparedBy = new Map(preparers.map((r) => [Number(r.number), { email: r.email, byMe: r.id === me.id }]));
  return c.html(
    <StatementAdminPage
      statement={statement}
      role={role}
      contactsShown={contacts}
      preparedBy={preparedBy}
      coordinator={requireCoordinator(c)}
      csrfToken={c.get('csrfToken')}
      queue={hide(queue)}
      approved={hide(approved)}
      counts={counts}
      sinceEdition={sinceEdition}
      editions={editions}
      notice={extra.notice ?? noticeText(c)}
      addValues={extra.addValues}
      addErrors={extra.addErrors}
      translations={translations}
      translationValues={translationValues}
      translationErrors={extra.translationErrors}
      t={c.get('t')}
    />,
    status,
  );
}

coordinatorRoutes.get('/statements/:slug', (c) => adminPage(c, c.req.param('slug')));

for (const [action, to] of [['open', 'open'], ['close', 'closed']] as const) {
  coordinatorRoutes.post(`/statements/:slug/${action}`, async (c) => {
    const { db, clock } = c.get('deps');
    const who = requireCoordinator(c);
    const s = await db.transaction().execute((trx) => changeStatementState(trx, { slug: c.req.param('slug'), to, coordinatorId: who.id, now: clock() }));
    return c.redirect(`/coordinator/statements/${s.slug}?done=${to === 'open' ? 'opened' : 'closed'}`, 303);
  });
}

async function editPage(c: Context<AppEnv>, slug: string, values?: Record<string, string>, errors?: Record<string, string>) {
  const { db } = c.get('deps');
  const statement = await getStatementBySlug(db, slug);
  const versions = await listStatementVersions(db, statement.id);
  const counts = await signaturesPerVersion(db, statement.id, versions.map((v) => v.version));
  return c.html(
    <EditStatementPage
      statement={statement}
      versions={versions.map((version) => ({ version, signatures: counts.get(version.version) ?? 0 })).reverse()}
      coordinator={requireCoordinator(c)}
      csrfToken={c.get('csrfToken')}
      values={values ?? editValues(statement)}
      {...(errors ? { errors } : {})}
      t={c.get('t')}
    />,
    errors ? 422 : 200,
  );
}

coordinatorRoutes.get('/statements/:slug/edit', (c) => editPage(c, c.req.param('slug')));

coordinatorRoutes.post('/statements/:slug/edit', async (c) => {
  const { db, clock, mailer, publicUrl, jobs } = c.get('deps');
  const who = requireCoordinator(c);
  const slug = c.req.param('slug');
  const values = await formValues(c);
  // The form's date-and-time fields carry no zone; the labels say UTC.
  const utc = (s: string | undefined) => (s && /^\d{4}-\d\d-\d\dT\d\d(:\d\d)?$/.test(s) ? `${s}Z` : s);
  const input = { ...values, opens_at: utc(values.opens_at) ?? '', closes_at: utc(values.closes_at) ?? '' };
  try {
    const edit = await db.transaction().execute((trx) => editStatement(trx, { slug, input, coordinatorId: who.id, now: clock(), mailer, withdrawLink: withdrawLinkFor(publicUrl) }));
    jobs.nudge();
    if (edit.notices > 0) return adminPage(c, slug, { notice: c.get('t')('coord.notice.editedNoticed', { count: edit.notices }) });
  } catch (err) {
    if (err instanceof AppError && (err.code === 'validation_failed' || err.code === 'conflict')) {
      const t = c.get('t');
      return editPage(c, slug, values, errorFields(err, t) ?? { _: errorMessage(err, t) });
    }
    throw err;
  }
  return c.redirect(`/coordinator/statements/${slug}?done=edited`, 303);
});

for (const decision of ['approve', 'dismiss'] as const) {
  coordinatorRoutes.post(`/signatures/:id/correction/${decision}`, async (c) => {
    const { db, clock } = c.get('deps');
    const who = requireCoordinator(c);
    const s = await db.transaction().execute((trx) => reviewCorrection(trx, { id: c.req.param('id'), decision, coordinatorId: who.id, now: clock() }));
    const statement = await getStatementById(db, s.statementId);
    return c.redirect(`/coordinator/statements/${statement.slug}?done=correction-${decision}`, 303);
  });
}

coordinatorRoutes.post('/statements/:slug/moderate', async (c) => {
  const { db, clock } = c.get('deps');
  const who = requireCoordinator(c);
  const statement = await getStatementBySlug(db, c.req.param('slug'));
  const { decision, return_to: returnTo } = await formValues(c);
  if (decision !== 'approve' && decision !== 'reject' && decision !== 'restore') throw localisedError('validation_failed', 'error.chooseDecision');
  const ids = await formList(c, 'ids');
  // Bulk actions from the full list go back to it, filters and page kept.
  const listBase = `/coordinator/statements/${statement.slug}/signatories`;
  const back = returnTo && (returnTo === listBase || returnTo.startsWith(`${listBase}?`)) ? returnTo : null;
  const done = decision === 'approve' ? 'approved' : decision === 'reject' ? 'rejected' : 'restored';
  const withDone = (path: string, what: string) => `${path}${path.includes('?') ? '&' : '?'}done=${what}`;
  if (ids.length === 0) {
    if (back) return c.redirect(withDone(back, 'select-first'), 303);
    return adminPage(c, statement.slug, { notice: c.get('t')('coord.notice.selectFirst') });
  }
  await db.transaction().execute((trx) =>
    decision === 'restore'
      ? restoreSignatures(trx, { ids, coordinatorId: who.id, now: clock(), statementId: statement.id })
      : moderateSignatures(trx, { ids, decision, coordinatorId: who.id, now: clock(), statementId: statement.id }),
  );
  return c.redirect(withDone(back ?? `/coordinator/statements/${statement.slug}`, done), 303);
});

async function signatoryPage(c: Context<AppEnv>, id: string, values?: Record<string, string>, errors?: Record<string, string>) {
  const { db } = c.get('deps');
  const signature = await getSignature(db, id);
  const statement = await getStatementById(db, signature.statementId);
  return c.html(
    <EditSignatoryPage statement={statement} signature={signature} coordinator={requireCoordinator(c)} csrfToken={c.get('csrfToken')} values={values ?? signatoryValues(signature)} {...(errors ? { errors } : {})} t={c.get('t')} />,
    errors ? 422 : 200,
  );
}

coordinatorRoutes.get('/signatures/:id', (c) => signatoryPage(c, c.req.param('id')));

coordinatorRoutes.post('/signatures/:id/edit', async (c) => {
  const { db, clock } = c.get('deps');
  const who = requireCoordinator(c);
  const id = c.req.param('id');
  const values = await formValues(c);
  // Unticked boxes are not sent: the form always means both.
  const input = { ...values, initiator: values.initiator === 'on', confidential: values.confidential === 'on' };
  try {
    const s = await db.transaction().execute((trx) => editSignatory(trx, { id, input, coordinatorId: who.id, now: clock() }));
    const statement = await getStatementById(db, s.statementId);
    return c.redirect(`/coordinator/statements/${statement.slug}/signatories?done=edited`, 303);
  } catch (err) {
    if (err instanceof AppError && err.code === 'validation_failed') return signatoryPage(c, id, values, errorFields(err, c.get('t')) ?? {});
    throw err;
  }
});

coordinatorRoutes.get('/statements/:slug/signatories', async (c) => {
  const { db } = c.get('deps');
  const statement = await getStatementBySlug(db, c.req.param('slug'));
  const query = parseSignatoryQuery(c.req.query());
  const listed = await listSignatories(db, statement, query);
  const result = (await maySeeContacts(c, statement)) ? listed : { ...listed, rows: listed.rows.map((r) => ({ ...r, contact: null })) };
  return c.html(
    <SignatoriesPage statement={statement} coordinator={requireCoordinator(c)} csrfToken={c.get('csrfToken')} query={query} {...result} notice={noticeText(c)} t={c.get('t')} />,
  );
});

coordinatorRoutes.post('/statements/:slug/signatories', async (c) => {
  const { db, clock } = c.get('deps');
  const who = requireCoordinator(c);
  const slug = c.req.param('slug');
  const values = await formValues(c);
  try {
    await db.transaction().execute((trx) => addSignatory(trx, { slug, input: values, coordinatorId: who.id, now: clock() }));
  } catch (err) {
    if (err instanceof AppError && err.code === 'validation_failed') return adminPage(c, slug, { addValues: values, addErrors: errorFields(err, c.get('t')) ?? {} }, 422);
    throw err;
  }
  return c.redirect(`/coordinator/statements/${slug}?done=added`, 303);
});

coordinatorRoutes.post('/statements/:slug/translations', async (c) => {
  const { db, clock } = c.get('deps');
  const who = requireCoordinator(c);
  const slug = c.req.param('slug');
  const values = await formValues(c);
  try {
    await db.transaction().execute((trx) => saveTranslation(trx, { slug, input: values, mode: 'upsert', coordinatorId: who.id, now: clock() }));
  } catch (err) {
    if (err instanceof AppError && (err.code === 'validation_failed' || err.code === 'conflict')) {
      const t = c.get('t');
      return adminPage(c, slug, { translationValues: values, translationErrors: errorFields(err, t) ?? { _: errorMessage(err, t) } }, 422);
    }
    throw err;
  }
  return c.redirect(`/coordinator/statements/${slug}?done=translated#translations`, 303);
});

coordinatorRoutes.post('/statements/:slug/authoritative-language', async (c) => {
  const { db, clock } = c.get('deps');
  const who = requireCoordinator(c);
  const slug = c.req.param('slug');
  const { language } = await formValues(c);
  await db.transaction().execute((trx) => setAuthoritativeLanguage(trx, { slug, language, coordinatorId: who.id, now: clock() }));
  return c.redirect(`/coordinator/statements/${slug}?done=authoritative#translations`, 303);
});

coordinatorRoutes.get('/outbox', async (c) => {
  const { db, mailer } = c.get('deps');
  const [messages, counts] = await Promise.all([listOutbox(db), countMessages(db)]);
  const notice = c.req.query('done') === 'retried' ? c.get('t')('coord.outbox.retried') : undefined;
  return c.html(
    <OutboxPage messages={messages} counts={counts} mode={mailer.mode} notice={notice} coordinator={requireCoordinator(c)} csrfToken={c.get('csrfToken')} t={c.get('t')} />,
  );
});

coordinatorRoutes.post('/outbox/:id/retry', async (c) => {
  const { db, clock, jobs } = c.get('deps');
  const who = requireCoordinator(c);
  await db.transaction().execute((trx) => retryMessage(trx, { id: c.req.param('id'), coordinatorId: who.id, now: clock() }));
  jobs.nudge();
  return c.redirect('/coordinator/outbox?done=retried', 303);
});
