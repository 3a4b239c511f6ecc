import { Hono, type Context } from 'hono';
import { AppError, localisedError } from '../errors.ts';
import { correctSignature, lookUpManaged, withdrawSignature, type ManagedSignature } from '../signatures/manage-signature.ts';
import { ErasedPage, ManagePage } from './views/manage-page.tsx';
import { eraseOwnContact } from '../contacts/erase-contacts.ts';
import { errorFields } from './errors.tsx';
import { cachedCurrentList } from '../publishing/current-list.ts';
import { confirmSignature, lookUpConfirmation, type ConfirmationView } from '../signatures/confirm-signature.ts';
import { PublicSignOnInput } from '../signatures/signature-input.ts';
import { fieldErrors } from '../shared/text.ts';
import { acceptsSignatures } from '../statements/statement.ts';
import { readableStatement } from './auth.ts';
import type { AppEnv } from './env.ts';
import { signOnOrigin } from './client-address.ts';
import type { PassedCheck } from '../abuse/sign-on-challenge.ts';
import { formValues } from './form.ts';
import { readerLocale, readerTranslator } from './locale.ts';
import { cachedBody, readerText } from './statement-text.ts';
import { withText } from '../statements/translation.ts';
import { invitedFormValues } from '../partners/invited-sign-form.ts';
import { publishedResponses } from '../delivery/responses.ts';
import { ResponseCache, sendCached } from './response-cache.ts';
import { ConfirmPage } from './views/confirm-page.tsx';
import { CheckEmailPage, SignOnCheckPage, SignPage } from './views/sign-page.tsx';
import { StatementPage } from './views/statement-page.tsx';
import { referralCode } from '../reach/partner-link.ts';
import { findPartnerLink } from '../reach/partner-link.repository.ts';

export const publicRoutes = new Hono<AppEnv>();

const pages = new ResponseCache();

publicRoutes.get('/statements/:slug', async (c) => {
  const { db, listCache, clock } = c.get('deps');
  const statement = await readableStatement(c, c.req.param('slug'));
  const open = acceptsSignatures(statement, clock());
  // Everything the page shows is decided by these; any change to the statement moves updated_at.
  const locale = readerLocale(c, statement.language);
  const text = await readerText(c, statement);
  const version = `${statement.updatedAt.getTime()}|${statement.textVersion}|${statement.listVersion}|${open}`;
  const list = await cachedCurrentList(listCache, db, statement);
  const responses = await publishedResponses(db, statement);
  // A partner's link (`?ref=`) carries into the sign links; only a code of this statement makes a page of its own.
  const code = referralCode(c.req.query('ref'));
  const ref = code && (await findPartnerLink(db, statement.id, code)) ? code : null;
  const entry = pages.get(`${statement.id}|${locale}|${text.language}${ref ? `|ref:${ref}` : ''}`, version, () =>
    String(<StatementPage statement={statement} text={text} bodyHtml={cachedBody(statement, text)} list={list} open={open} referral={ref} publicUrl={c.get('deps').publicUrl} t={readerTranslator(c, statement.language)} responses={responses} />),
  );
  return sendCached(c, entry, 'text/html; charset=UTF-8');
});

publicRoutes.get('/statements/:slug/sign', async (c) => {
  const statement = await readableStatement(c, c.req.param('slug'));
  if (!acceptsSignatures(statement, c.get('deps').clock())) throw localisedError('statement_not_open', 'statement.notOpen');
  const text = await readerText(c, statement);
  // An invitation's link pre-fills the organisation's details from the registry (the link carries only a secret).
  const invitation = c.req.query('invitation');
  const values: Record<string, string> = invitation
    ? await invitedFormValues(c.get('deps').db, { token: invitation, statementId: statement.id })
    : c.req.query('kind') === 'individual' && statement.allowIndividuals
      ? { kind: 'individual' }
      : {};
  // The invited address is on the page: no shared cache may keep it.
  if (invitation) c.header('Cache-Control', 'private, no-store');
  const ref = referralCode(c.req.query('ref'));
  if (ref) values.ref = ref;
  return c.html(<SignPage statement={withText(statement, text)} values={values} csrfToken={c.get('csrfToken')} check={!!c.get('deps').signOnCheck} t={readerTranslator(c, statement.language)} />);
});

publicRoutes.post('/statements/:slug/sign', async (c) => {
  const deps = c.get('deps');
  const statement = await readableStatement(c, c.req.param('slug'));
  const t = readerTranslator(c, statement.language);
  const text = await readerText(c, statement);
  const values = await formValues(c);
  const again = (errors: Record<string, string>) =>
    c.html(<SignPage statement={withText(statement, text)} values={values} errors={errors} csrfToken={c.get('csrfToken')} check={!!deps.signOnCheck} t={t} />, 422);
  // Check every field, the authorisation box included, so all problems are shown at once.
  const parsed = PublicSignOnInput.safeParse(values);
  const errors: Record<string, string> = parsed.success ? {} : fieldErrors(parsed.error, t);
  if (values.kind === 'individual' && !statement.allowIndividuals) errors.kind = t('error.individualsNotAllowed');
  if (values.authorised !== 'yes' && values.kind !== 'individual') errors.authorised = t('sign.authorisedRequired');
  if (Object.keys(errors).length > 0) return again(errors);
  // The sign-on check: a solved proof of work, or the confirm step's token after its wait. Without
  // either, the confirm step is answered, which stores nothing (docs/decisions/sign-on-challenge.md).
  const now = deps.clock();
  const checker = c.get('coordinator') ? null : deps.signOnCheck;
  const confirmStep = async (early = false) =>
    c.html(<SignOnCheckPage statement={withText(statement, text)} values={values} token={await checker!.fallbackToken(statement.slug, now)} early={early} csrfToken={c.get('csrfToken')} t={t} />);
  let check: PassedCheck | null = null;
  if (checker) {
    check = values.altcha ? await checker.verify(values.altcha, now) : null;
    if (!check && values.wait_token) {
      const waited = await checker.checkFallback(values.wait_token, statement.slug, now);
      if (waited.ok) check = waited.check;
      else if (waited.reason === 'early')
        return c.html(<SignOnCheckPage statement={withText(statement, text)} values={values} token={values.wait_token} early csrfToken={c.get('csrfToken')} t={t} />);
    }
    if (!check) return confirmStep();
  }
  try {
    await deps.signOns.submit({
      slug: statement.slug,
      input: parsed.data!,
      language: t.locale,
      textLanguage: text.language,
      now,
      origin: await signOnOrigin(c),
      honeypot: (values.message ?? '') !== '',
      check,
      ref: referralCode(values.ref),
    });
  } catch (err) {
    // A check sent twice (a double click, a replay) asks for the confirm step again.
    if (checker && err instanceof AppError && err.fields?.altcha) return confirmStep();
    throw err;
  }
  return c.redirect(`/statements/${statement.slug}/signed`, 303);
});

publicRoutes.get('/statements/:slug/signed', async (c) => {
  const statement = await readableStatement(c, c.req.param('slug'));
  const text = await readerText(c, statement);
  return c.html(<CheckEmailPage statement={withText(statement, text)} t={readerTranslator(c, statement.language)} />);
});

publicRoutes.get('/confirm/:token', async (c) => {
  const view = await lookUpConfirmation(c.get('deps').db, c.req.param('token'));
  return c.html(
    <ConfirmPage view={view} token={c.req.param('token')} csrfToken={c.get('csrfToken')} t={confirmTranslator(c, view)} />,
    view ? 200 : 404,
  );
});

publicRoutes.post('/confirm/:token', async (c) => {
  const { db, clock } = c.get('deps');
  const token = c.req.param('token');
  const view = await db.transaction().execute((trx) => confirmSignature(trx, { token, now: clock() }));
  return c.html(<ConfirmPage view={view} token={token} csrfToken={c.get('csrfToken')} t={confirmTranslator(c, view)} />, view ? 200 : 404);
});

// The signatory's private page behind the emailed manage link. Only its forms change anything.
publicRoutes.get('/manage/:token', async (c) => {
  const token = c.req.param('token');
  const view = await lookUpManaged(c.get('deps').db, token);
  return c.html(<ManagePage view={view} token={token} csrfToken={c.get('csrfToken')} t={manageTranslator(c, view)} />, view ? 200 : 404);
});

publicRoutes.post('/manage/:token', async (c) => {
  const { db, clock, publicStatements } = c.get('deps');
  const token = c.req.param('token');
  const values = await formValues(c);
  const input = { name: values.name ?? '', country: values.country ?? '', type: values.type ?? '', website: values.website ?? '', confidential: values.confidential === 'on' };
  try {
    const done = await db.transaction().execute((trx) => correctSignature(trx, { token, input, now: clock() }));
    publicStatements?.clear();
    const t = manageTranslator(c, done);
    return c.html(<ManagePage view={done} token={token} csrfToken={c.get('csrfToken')} t={t} notice={t(done.awaitingReview ? 'manage.savedForReview' : 'manage.saved')} />);
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== 'validation_failed') throw err;
    const view = await lookUpManaged(db, token);
    const t = manageTranslator(c, view);
    return c.html(<ManagePage view={view} token={token} csrfToken={c.get('csrfToken')} t={t} values={values} errors={errorFields(err, t) ?? {}} />, 422);
  }
});

publicRoutes.post('/manage/:token/withdraw', async (c) => {
  const { db, clock, publicStatements } = c.get('deps');
  const token = c.req.param('token');
  const view = await db.transaction().execute((trx) => withdrawSignature(trx, { token, now: clock() }));
  publicStatements?.clear();
  const t = manageTranslator(c, view);
  return c.html(<ManagePage view={view} token={token} csrfToken={c.get('csrfToken')} t={t} notice={t('manage.withdrawn')} />);
});

// The signatory erases their contact details (keeping or withdrawing the entry); the link dies with them.
publicRoutes.post('/manage/:token/erase', async (c) => {
  const { db, clock, publicStatements } = c.get('deps');
  const token = c.req.param('token');
  const values = await formValues(c);
  const done = await db.transaction().execute((trx) => eraseOwnContact(trx, { token, withdraw: values.withdraw === 'yes', now: clock() }));
  publicStatements?.clear();
  return c.html(<ErasedPage t={readerTranslator(c, done.language)} statementSlug={done.statementSlug} withdrawn={done.withdrawn.length > 0} />);
});

const manageTranslator = (c: Context<AppEnv>, view: ManagedSignature | null) => readerTranslator(c, view?.signature.language ?? view?.statement.language ?? 'en');

/** The confirmation page speaks the language the signatory signed in, unless the reader chose another. */
const confirmTranslator = (c: Context<AppEnv>, view: ConfirmationView | null) => readerTranslator(c, view?.signature.language ?? view?.statement.language ?? 'en');
