import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { ensureCoordinator, findCoordinatorByEmail } from '../accounts/coordinator.ts';
import { consumeOneTimeLink, peekOneTimeLink } from '../accounts/one-time-links.ts';
import { hashPassword, verifyPassword } from '../accounts/passwords.ts';
import { endSession } from '../accounts/sessions.ts';
import { emailAddress } from '../shared/text.ts';
import { clearSession, safeNext, SESSION_COOKIE, startSession } from './auth.ts';
import type { AppEnv } from './env.ts';
import { formValues } from './form.ts';
import { CsrfField, Field, Layout } from './views/layout.tsx';

export const accountRoutes = new Hono<AppEnv>();

const secureCookies = (publicUrl: string) => publicUrl.startsWith('https://');

function SignInPage(p: { csrfToken: string; next: string; error?: string; email?: string }) {
  return (
    <Layout title="Sign in — Undersigned">
      <h1>Coordinator sign-in</h1>
      {p.error ? <p class="error" role="alert">{p.error}</p> : null}
      <form method="post" action={`/sign-in?next=${encodeURIComponent(p.next)}`}>
        <CsrfField token={p.csrfToken} />
        <Field name="email" type="email" label="Email" value={p.email} required autocomplete="username" />
        <Field name="password" type="password" label="Password" required autocomplete="current-password" />
        <button type="submit">Sign in</button>
      </form>
      <p class="muted">No password yet? An operator can print a one-time sign-in link with <code>npx undersigned link --email you@example.org</code>.</p>
    </Layout>
  );
}

accountRoutes.get('/sign-in', (c) => c.html(<SignInPage csrfToken={c.get('csrfToken')} next={safeNext(c.req.query('next'))} />));

accountRoutes.post('/sign-in', async (c) => {
  const { db } = c.get('deps');
  const v = await formValues(c);
  const next = safeNext(c.req.query('next'));
  const found = v.email ? await findCoordinatorByEmail(db, v.email.slice(0, 254)) : null;
  // Same answer and similar time whether the account or the password is wrong.
  const ok = await verifyPassword(found?.passwordHash ?? null, (v.password ?? '').slice(0, 1000));
  if (!found || !ok) {
    return c.html(<SignInPage csrfToken={c.get('csrfToken')} next={next} email={v.email} error="The email or password is not right." />, 401);
  }
  await startSession(c, found.id, secureCookies(c.get('deps').publicUrl));
  return c.redirect(next, 303);
});

accountRoutes.post('/sign-out', async (c) => {
  const secret = getCookie(c, SESSION_COOKIE);
  if (secret) await endSession(c.get('deps').db, secret);
  clearSession(c);
  return c.redirect('/', 303);
});

function SetupPage(p: { csrfToken: string; token: string; errors?: Record<string, string>; email?: string }) {
  return (
    <Layout title="Set up Undersigned">
      <h1>Create the first coordinator account</h1>
      <form method="post" action={`/setup/${p.token}`}>
        <CsrfField token={p.csrfToken} />
        <Field name="email" type="email" label="Your email" value={p.email} error={p.errors?.email} required />
        <Field name="password" type="password" label="Password (at least 10 characters)" error={p.errors?.password} required autocomplete="new-password" />
        <button type="submit">Create account</button>
      </form>
    </Layout>
  );
}

const invalidLink = (
  <Layout title="Link not valid">
    <h1>This link is not valid</h1>
    <p>It was already used or has expired. Run <code>npx undersigned link --email you@example.org</code> for a new one.</p>
  </Layout>
);

accountRoutes.get('/setup/:token', async (c) => {
  const { db, clock } = c.get('deps');
  const link = await peekOneTimeLink(db, { token: c.req.param('token'), purpose: 'setup', now: clock() });
  if (!link) return c.html(invalidLink, 404);
  return c.html(<SetupPage csrfToken={c.get('csrfToken')} token={c.req.param('token')} />);
});

accountRoutes.post('/setup/:token', async (c) => {
  const { db, clock, publicUrl } = c.get('deps');
  const token = c.req.param('token');
  const v = await formValues(c);
  const errors: Record<string, string> = {};
  const email = emailAddress('Email').safeParse(v.email ?? '');
  if (!email.success) errors.email = email.error.issues[0]?.message ?? 'Enter an email address.';
  const password = v.password ?? '';
  if (password.length < 10 || password.length > 1000) errors.password = 'Choose a password of at least 10 characters.';
  if (Object.keys(errors).length || !email.success) return c.html(<SetupPage csrfToken={c.get('csrfToken')} token={token} errors={errors} email={v.email} />, 422);
  const passwordHash = await hashPassword(password);
  const coordinator = await db.transaction().execute(async (trx) => {
    const link = await consumeOneTimeLink(trx, { token, purpose: 'setup', now: clock() });
    return link ? ensureCoordinator(trx, { email: email.data, passwordHash, now: clock() }) : null;
  });
  if (!coordinator) return c.html(invalidLink, 404);
  await startSession(c, coordinator.id, secureCookies(publicUrl));
  return c.redirect('/coordinator', 303);
});

accountRoutes.get('/sign-in/link/:token', async (c) => {
  const { db, clock } = c.get('deps');
  const link = await peekOneTimeLink(db, { token: c.req.param('token'), purpose: 'sign-in', now: clock() });
  if (!link) return c.html(invalidLink, 404);
  return c.html(
    <Layout title="Sign in — Undersigned">
      <h1>Sign in</h1>
      <form method="post" action={`/sign-in/link/${c.req.param('token')}`}>
        <CsrfField token={c.get('csrfToken')} />
        <button type="submit">Sign in now</button>
      </form>
    </Layout>,
  );
});

accountRoutes.post('/sign-in/link/:token', async (c) => {
  const { db, clock, publicUrl } = c.get('deps');
  const link = await consumeOneTimeLink(db, { token: c.req.param('token'), purpose: 'sign-in', now: clock() });
  if (!link?.coordinatorId) return c.html(invalidLink, 404);
  await startSession(c, link.coordinatorId, secureCookies(publicUrl));
  return c.redirect('/coordinator', 303);
});
