import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { ensureCoordinator, findCoordinatorByEmail } from '../accounts/coordinator.ts';
import { consumeOneTimeLink, peekOneTimeLink } from '../accounts/one-time-links.ts';
import { hashPassword, verifyPassword } from '../accounts/passwords.ts';
import { endSession } from '../accounts/sessions.ts';
import type { Translate } from '../i18n/i18n.ts';
import { emailAddress, fieldErrors } from '../shared/text.ts';
import { clearSession, safeNext, SESSION_COOKIE, startSession } from './auth.ts';
import type { AppEnv } from './env.ts';
import { formValues } from './form.ts';
import { allowSignInAttempt } from '../accounts/sign-in-limits.ts';
import { clientRateKey } from './client-address.ts';
import { awaitSecondFactor } from './security-routes.tsx';
import { CsrfField, Field, Layout } from './views/layout.tsx';

export const accountRoutes = new Hono<AppEnv>();

const secureCookies = (publicUrl: string) => publicUrl.startsWith('https://');

const LINK_COMMAND = <code dir="ltr">npx undersigned link --email you@example.org</code>;

function SignInPage(p: { csrfToken: string; next: string; error?: string; email?: string; expired?: boolean; t: Translate }) {
  const { t } = p;
  return (
    <Layout title={`${t('account.signIn.title')} — ${t('app.name')}`} t={t}>
      <h1>{t('account.signIn.heading')}</h1>
      {p.error ? <p class="error" role="alert">{p.error}</p> : p.expired ? <p class="error" role="alert">{t('security.signInCode.expired')}</p> : null}
      <form method="post" action={`/sign-in?next=${encodeURIComponent(p.next)}`}>
        <CsrfField token={p.csrfToken} />
        <Field t={t} name="email" type="email" label={t('field.email')} value={p.email} required autocomplete="username" />
        <Field t={t} name="password" type="password" label={t('account.password')} required autocomplete="current-password" />
        <button type="submit">{t('account.signIn.submit')}</button>
      </form>
      <p><a href="/password-reset">{t('security.reset.forgot')}</a></p>
      <p class="muted">{t.rich('team.signIn.noPassword', { command: LINK_COMMAND, variable: <code dir="ltr">PUBLIC_URL</code> })}</p>
    </Layout>
  );
}

accountRoutes.get('/sign-in', (c) => c.html(<SignInPage csrfToken={c.get('csrfToken')} next={safeNext(c.req.query('next'))} expired={c.req.query('expired') === '1'} t={c.get('t')} />));

accountRoutes.post('/sign-in', async (c) => {
  const { db } = c.get('deps');
  const v = await formValues(c);
  const next = safeNext(c.req.query('next'));
  const email = (v.email ?? '').slice(0, 254);
  // Counted per account and per client before anything is checked; an unknown email counts the same.
  if (!(await allowSignInAttempt(db, { kind: 'password', account: email, clientKey: await clientRateKey(c), now: c.get('deps').clock() }))) {
    return c.html(<SignInPage csrfToken={c.get('csrfToken')} next={next} email={v.email} error={c.get('t')('security.tooMany')} t={c.get('t')} />, 429);
  }
  const found = email ? await findCoordinatorByEmail(db, email) : null;
  // Same answer and similar time whether the account or the password is wrong.
  const ok = await verifyPassword(found?.passwordHash ?? null, (v.password ?? '').slice(0, 1000));
  if (!found || !ok) {
    return c.html(<SignInPage csrfToken={c.get('csrfToken')} next={next} email={v.email} error={c.get('t')('account.signIn.wrong')} t={c.get('t')} />, 401);
  }
  if (found.secondFactor) return awaitSecondFactor(c, found.id, next);
  await startSession(c, found.id, secureCookies(c.get('deps').publicUrl));
  return c.redirect(next, 303);
});

accountRoutes.post('/sign-out', async (c) => {
  const secret = getCookie(c, SESSION_COOKIE);
  if (secret) await endSession(c.get('deps').db, secret);
  clearSession(c);
  return c.redirect('/', 303);
});

function SetupPage(p: { csrfToken: string; token: string; errors?: Record<string, string>; email?: string; t: Translate }) {
  const { t } = p;
  return (
    <Layout title={t('account.setup.title')} t={t}>
      <h1>{t('account.setup.heading')}</h1>
      <form method="post" action={`/setup/${p.token}`}>
        <CsrfField token={p.csrfToken} />
        <Field t={t} name="email" type="email" label={t('account.setup.email')} value={p.email} error={p.errors?.email} required />
        <Field t={t} name="password" type="password" label={t('account.setup.password')} error={p.errors?.password} required autocomplete="new-password" />
        <button type="submit">{t('account.setup.submit')}</button>
      </form>
    </Layout>
  );
}

const invalidLink = (t: Translate) => (
  <Layout title={t('account.link.invalidTitle')} t={t}>
    <h1>{t('account.link.invalidHeading')}</h1>
    <p>{t.rich('account.link.invalidBody', { command: LINK_COMMAND })}</p>
  </Layout>
);

accountRoutes.get('/setup/:token', async (c) => {
  const { db, clock } = c.get('deps');
  const link = await peekOneTimeLink(db, { token: c.req.param('token'), purpose: 'setup', now: clock() });
  if (!link) return c.html(invalidLink(c.get('t')), 404);
  return c.html(<SetupPage csrfToken={c.get('csrfToken')} token={c.req.param('token')} t={c.get('t')} />);
});

accountRoutes.post('/setup/:token', async (c) => {
  const { db, clock, publicUrl } = c.get('deps');
  const token = c.req.param('token');
  const v = await formValues(c);
  const t = c.get('t');
  const email = emailAddress('field.email').safeParse(v.email ?? '');
  const errors: Record<string, string> = email.success ? {} : fieldErrors(email.error, t);
  if (errors._) errors.email = errors._;
  const password = v.password ?? '';
  if (password.length < 10 || password.length > 1000) errors.password = t('validation.password');
  if (Object.keys(errors).length || !email.success) return c.html(<SetupPage csrfToken={c.get('csrfToken')} token={token} errors={errors} email={v.email} t={t} />, 422);
  const passwordHash = await hashPassword(password);
  const coordinator = await db.transaction().execute(async (trx) => {
    const link = await consumeOneTimeLink(trx, { token, purpose: 'setup', now: clock() });
    return link ? ensureCoordinator(trx, { email: email.data, passwordHash, now: clock() }) : null;
  });
  if (!coordinator) return c.html(invalidLink(c.get('t')), 404);
  await startSession(c, coordinator.id, secureCookies(publicUrl));
  return c.redirect('/coordinator', 303);
});

accountRoutes.get('/sign-in/link/:token', async (c) => {
  const { db, clock } = c.get('deps');
  const link = await peekOneTimeLink(db, { token: c.req.param('token'), purpose: 'sign-in', now: clock() });
  if (!link) return c.html(invalidLink(c.get('t')), 404);
  return c.html(
    <Layout title={`${c.get('t')('account.signIn.title')} — ${c.get('t')('app.name')}`} t={c.get('t')}>
      <h1>{c.get('t')('account.signIn.title')}</h1>
      <form method="post" action={`/sign-in/link/${c.req.param('token')}`}>
        <CsrfField token={c.get('csrfToken')} />
        <button type="submit">{c.get('t')('account.link.submit')}</button>
      </form>
    </Layout>,
  );
});

accountRoutes.post('/sign-in/link/:token', async (c) => {
  const { db, clock, publicUrl } = c.get('deps');
  const link = await consumeOneTimeLink(db, { token: c.req.param('token'), purpose: 'sign-in', now: clock() });
  if (!link?.coordinatorId) return c.html(invalidLink(c.get('t')), 404);
  await startSession(c, link.coordinatorId, secureCookies(publicUrl));
  return c.redirect('/coordinator', 303);
});
