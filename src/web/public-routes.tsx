import { Hono } from 'hono';
import { AppError } from '../errors.ts';
import { cachedCurrentList } from '../publishing/current-list.ts';
import { confirmSignature, lookUpConfirmation } from '../signatures/confirm-signature.ts';
import { PublicSignOnInput } from '../signatures/signature-input.ts';
import { fieldErrors } from '../shared/text.ts';
import { renderBody } from '../statements/render-body.ts';
import { acceptsSignatures, type Statement } from '../statements/statement.ts';
import { readableStatement } from './auth.ts';
import type { AppEnv } from './env.ts';
import { signOnRateKey } from './client-address.ts';
import { formValues } from './form.ts';
import { ResponseCache, sendCached } from './response-cache.ts';
import { ConfirmPage } from './views/confirm-page.tsx';
import { CheckEmailPage, SignPage } from './views/sign-page.tsx';
import { StatementPage } from './views/statement-page.tsx';

export const publicRoutes = new Hono<AppEnv>();

// Rendered Markdown per statement text; the body changes rarely, the page is read constantly.
const bodyCache = new Map<string, { textVersion: number; html: string }>();
function cachedBody(s: Statement): string {
  const hit = bodyCache.get(s.id);
  if (hit && hit.textVersion === s.textVersion) return hit.html;
  const html = renderBody(s.body);
  bodyCache.set(s.id, { textVersion: s.textVersion, html });
  return html;
}

const pages = new ResponseCache();

publicRoutes.get('/statements/:slug', async (c) => {
  const { db, listCache, clock } = c.get('deps');
  const statement = await readableStatement(c, c.req.param('slug'));
  const open = acceptsSignatures(statement, clock());
  // Everything the page shows is decided by these; any change to the statement moves updated_at.
  const version = `${statement.updatedAt.getTime()}|${statement.listVersion}|${open}`;
  const list = await cachedCurrentList(listCache, db, statement);
  const entry = pages.get(`${statement.id}|${c.get('locale')}`, version, () =>
    String(<StatementPage statement={statement} bodyHtml={cachedBody(statement)} list={list} open={open} t={c.get('t')} />),
  );
  return sendCached(c, entry, 'text/html; charset=UTF-8');
});

publicRoutes.get('/statements/:slug/sign', async (c) => {
  const statement = await readableStatement(c, c.req.param('slug'));
  if (!acceptsSignatures(statement, c.get('deps').clock())) throw new AppError('statement_not_open', c.get('t')('statement.notOpen'));
  return c.html(<SignPage statement={statement} values={{}} csrfToken={c.get('csrfToken')} locale={c.get('locale')} t={c.get('t')} />);
});

publicRoutes.post('/statements/:slug/sign', async (c) => {
  const deps = c.get('deps');
  const t = c.get('t');
  const statement = await readableStatement(c, c.req.param('slug'));
  const values = await formValues(c);
  const again = (errors: Record<string, string>) =>
    c.html(<SignPage statement={statement} values={values} errors={errors} csrfToken={c.get('csrfToken')} locale={c.get('locale')} t={t} />, 422);
  // Check every field, the authorisation box included, so all problems are shown at once.
  const parsed = PublicSignOnInput.safeParse(values);
  const errors: Record<string, string> = parsed.success ? {} : fieldErrors(parsed.error);
  if (values.authorised !== 'yes') errors.authorised = t('sign.authorisedRequired');
  if (Object.keys(errors).length > 0) return again(errors);
  await deps.signOns.submit({
    slug: statement.slug,
    input: parsed.data!,
    language: c.get('locale'),
    now: deps.clock(),
    rateKey: c.get('coordinator') ? null : signOnRateKey(c),
  });
  return c.redirect(`/statements/${statement.slug}/signed`, 303);
});

publicRoutes.get('/statements/:slug/signed', async (c) => {
  const statement = await readableStatement(c, c.req.param('slug'));
  return c.html(<CheckEmailPage statement={statement} locale={c.get('locale')} t={c.get('t')} />);
});

publicRoutes.get('/confirm/:token', async (c) => {
  const view = await lookUpConfirmation(c.get('deps').db, c.req.param('token'));
  return c.html(
    <ConfirmPage view={view} token={c.req.param('token')} csrfToken={c.get('csrfToken')} locale={c.get('locale')} t={c.get('t')} />,
    view ? 200 : 404,
  );
});

publicRoutes.post('/confirm/:token', async (c) => {
  const { db, clock } = c.get('deps');
  const token = c.req.param('token');
  const view = await db.transaction().execute((trx) => confirmSignature(trx, { token, now: clock() }));
  return c.html(<ConfirmPage view={view} token={token} csrfToken={c.get('csrfToken')} locale={c.get('locale')} t={c.get('t')} />, view ? 200 : 404);
});
