import { Hono, type Context } from 'hono';
import { AppError } from '../errors.ts';
import { listOutbox } from '../mail/mailer.ts';
import { addSignatory } from '../signatures/add-signatory.ts';
import { moderateSignatures } from '../signatures/moderate-signatures.ts';
import { countByState, listSignaturesWithContacts } from '../signatures/signature.repository.ts';
import { listEditions } from '../publishing/edition.repository.ts';
import { changeStatementState } from '../statements/change-statement-state.ts';
import { createStatement } from '../statements/create-statement.ts';
import { getStatementBySlug, listStatements } from '../statements/statement.repository.ts';
import { coordinatorArea, requireCoordinator } from './auth.ts';
import type { AppEnv } from './env.ts';
import { formList, formValues } from './form.ts';
import { NewStatementPage } from './views/coordinator/new-statement-page.tsx';
import { OutboxPage } from './views/coordinator/outbox-page.tsx';
import { StatementAdminPage } from './views/coordinator/statement-admin-page.tsx';
import { StatementsPage } from './views/coordinator/statements-page.tsx';

export const coordinatorRoutes = new Hono<AppEnv>();
coordinatorRoutes.use('*', coordinatorArea);

const notices: Record<string, string> = {
  opened: 'The statement is open for signature.',
  closed: 'Signing is closed.',
  added: 'Signatory added.',
  approved: 'Approved.',
  rejected: 'Rejected.',
  created: 'Draft created. Add initiators, then open it for signature.',
  published: 'Edition published. Its PDF and Word files are stored and will not change.',
  scheduled: 'Edition scheduled.',
};

coordinatorRoutes.get('/', async (c) => {
  const statements = await listStatements(c.get('deps').db);
  return c.html(<StatementsPage statements={statements} coordinator={requireCoordinator(c)} csrfToken={c.get('csrfToken')} />);
});

coordinatorRoutes.get('/statements/new', (c) =>
  c.html(<NewStatementPage coordinator={requireCoordinator(c)} csrfToken={c.get('csrfToken')} values={{}} />),
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
      return c.html(<NewStatementPage coordinator={who} csrfToken={c.get('csrfToken')} values={values} errors={err.fields ?? { _: err.message }} />, 422);
    }
    throw err;
  }
});

async function adminPage(c: Context<AppEnv>, slug: string, extra: { notice?: string; addValues?: Record<string, string>; addErrors?: Record<string, string> } = {}, status: 200 | 422 = 200) {
  const { db } = c.get('deps');
  const statement = await getStatementBySlug(db, slug);
  const [queue, approved, counts, editions] = await Promise.all([
    listSignaturesWithContacts(db, statement.id, ['confirmed']),
    listSignaturesWithContacts(db, statement.id, ['approved']),
    countByState(db, statement.id),
    listEditions(db, statement.id),
  ]);
  return c.html(
    <StatementAdminPage
      statement={statement}
      coordinator={requireCoordinator(c)}
      csrfToken={c.get('csrfToken')}
      queue={queue}
      approved={approved}
      counts={counts}
      editions={editions}
      notice={extra.notice ?? notices[c.req.query('done') ?? '']}
      addValues={extra.addValues}
      addErrors={extra.addErrors}
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

coordinatorRoutes.post('/statements/:slug/moderate', async (c) => {
  const { db, clock } = c.get('deps');
  const who = requireCoordinator(c);
  const statement = await getStatementBySlug(db, c.req.param('slug'));
  const { decision } = await formValues(c);
  if (decision !== 'approve' && decision !== 'reject') throw new AppError('validation_failed', 'Choose approve or reject.');
  const ids = await formList(c, 'ids');
  if (ids.length === 0) return adminPage(c, statement.slug, { notice: 'Select at least one signature first.' });
  await db.transaction().execute((trx) => moderateSignatures(trx, { ids, decision, coordinatorId: who.id, now: clock(), statementId: statement.id }));
  return c.redirect(`/coordinator/statements/${statement.slug}?done=${decision === 'approve' ? 'approved' : 'rejected'}`, 303);
});

coordinatorRoutes.post('/statements/:slug/signatories', async (c) => {
  const { db, clock } = c.get('deps');
  const who = requireCoordinator(c);
  const slug = c.req.param('slug');
  const values = await formValues(c);
  try {
    await db.transaction().execute((trx) => addSignatory(trx, { slug, input: values, coordinatorId: who.id, now: clock() }));
  } catch (err) {
    if (err instanceof AppError && err.code === 'validation_failed') return adminPage(c, slug, { addValues: values, addErrors: err.fields ?? {} }, 422);
    throw err;
  }
  return c.redirect(`/coordinator/statements/${slug}?done=added`, 303);
});

coordinatorRoutes.get('/outbox', async (c) => {
  const { db, mailer } = c.get('deps');
  const messages = await listOutbox(db);
  return c.html(<OutboxPage messages={messages} mode={mailer.mode} coordinator={requireCoordinator(c)} csrfToken={c.get('csrfToken')} />);
});
