import { Hono, type Context } from 'hono';
import { raw } from 'hono/html';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { findCoordinatorById, type Coordinator } from '../accounts/coordinator.ts';
import { consumeOneTimeLink, createOneTimeLink, peekOneTimeLink } from '../accounts/one-time-links.ts';
import { hashPassword } from '../accounts/passwords.ts';
import { requestPasswordReset, resetPassword } from '../accounts/password-reset.ts';
import { checkSecondFactor, confirmEnrolment, disableSecondFactor, pendingEnrolment, recoveryCodesLeft, startEnrolment, type Enrolment } from '../accounts/second-factor.ts';
import { listSessions, revokeOtherSessions, revokeSession, type SessionSummary } from '../accounts/sessions.ts';
import { allowSignInAttempt } from '../accounts/sign-in-limits.ts';
import { AppError, localisedError } from '../errors.ts';
import type { Translate } from '../i18n/i18n.ts';
import { emailAddress } from '../shared/text.ts';
import { coordinatorArea, requireCoordinator, safeNext, SESSION_COOKIE, startSession } from './auth.ts';
import { clientRateKey } from './client-address.ts';
import type { AppEnv } from './env.ts';
import { errorMessage } from './errors.tsx';
import { formValues } from './form.ts';
import { CsrfField, Field, Layout } from './views/layout.tsx';
import { utcTime } from './views/coordinator/when.ts';

/** Sessions, the second factor, sign-in with a code and password reset, mounted at /. */
export const securityRoutes = new Hono<AppEnv>();
securityRoutes.use('/account/*', coordinatorArea);

// needs: signed-in (any coordinator, on their own account)
export const OWN_ACCOUNT_PERMISSION = 'account.self';
// needs: instance.admin (the second factor is offered to admins)
export const SECOND_FACTOR_PERMISSION = 'instance.admin';
// needs: anonymous (sign-in steps and password reset)
export const SIGN_IN_PERMISSION = 'public';

export const SECOND_FACTOR_COOKIE = 'usg_2fa';
const secure = (c: Context<AppEnv>) => c.get('deps').publicUrl.startsWith('https://');

/** "Firefox on Linux": enough to tell one's devices apart, from the User-Agent as the browser sent it. */
export function deviceSummary(ua: string | null, t: Translate): string {
  if (!ua) return t('security.sessions.unknownDevice');
  const browser = /Edg\//.test(ua) ? 'Edge' : /OPR\//.test(ua) ? 'Opera' : /Firefox\//.test(ua) ? 'Firefox' : /Chrome\//.test(ua) ? 'Chrome' : /Safari\//.test(ua) ? 'Safari' : /curl|node|undici/i.test(ua) ? ua.split(/[/ ]/)[0]! : null;
  const os = /iPhone|iPad/.test(ua) ? 'iOS' : /Android/.test(ua) ? 'Android' : /Windows/.test(ua) ? 'Windows' : /Mac OS X|Macintosh/.test(ua) ? 'macOS' : /CrOS/.test(ua) ? 'ChromeOS' : /Linux/.test(ua) ? 'Linux' : null;
  if (browser && os) return t('security.sessions.device', { browser, os });
  return browser ?? os ?? ua.slice(0, 60);
}

function requireAdmin(c: Context<AppEnv>): Coordinator {
  const who = requireCoordinator(c);
  if (who.role !== 'admin') throw localisedError('forbidden', 'audit.error.adminOnly');
  return who;
}

// ---- Your sessions -------------------------------------------------------------------------

function SessionsPage(p: { sessions: SessionSummary[]; notice?: string | undefined; coordinator: Coordinator; csrfToken: string; t: Translate }) {
  const { t } = p;
  return (
    <Layout title={`${t('security.sessions.heading')} — ${t('app.name')}`} coordinator={p.coordinator} csrfToken={p.csrfToken} t={t}>
      <h1>{t('security.sessions.heading')}</h1>
      {p.notice ? <p class="notice" role="status">{p.notice}</p> : null}
      <p class="muted">{t('security.sessions.intro')}</p>
      <ul class="sessions">
        {p.sessions.map((s) => (
          <li>
            <strong dir="auto">{deviceSummary(s.userAgent, t)}</strong>
            {s.current ? <> · <em>{t('security.sessions.current')}</em></> : null}
            <br />
            <span class="muted">
              {t('security.sessions.started', { when: utcTime(s.createdAt, t.locale) })}
              {s.lastSeenAt ? <> · {t('security.sessions.lastSeen', { when: utcTime(s.lastSeenAt, t.locale) })}</> : null}
            </span>
            {s.current ? null : (
              <form method="post" action={`/account/sessions/${s.handle}/revoke`} class="inline">
                <CsrfField token={p.csrfToken} />
                <button type="submit">{t('security.sessions.revoke')}</button>
              </form>
            )}
          </li>
        ))}
      </ul>
      {p.sessions.some((s) => !s.current) ? (
        <form method="post" action="/account/sessions/revoke-others">
          <CsrfField token={p.csrfToken} />
          <button type="submit">{t('security.sessions.revokeOthers')}</button>
        </form>
      ) : null}
      {p.coordinator.role === 'admin' ? (
        <p>
          <a href="/account/second-factor">{t(p.coordinator.secondFactor ? 'security.totp.linkOn' : 'security.totp.linkOff')}</a>
        </p>
      ) : null}
    </Layout>
  );
}

const SESSION_NOTICES: Record<string, 'security.sessions.revoked' | 'security.sessions.revokedOthers'> = { revoked: 'security.sessions.revoked', others: 'security.sessions.revokedOthers' };

securityRoutes.get('/account/sessions', async (c) => {
  const { db, clock } = c.get('deps');
  const who = requireCoordinator(c); // OWN_ACCOUNT_PERMISSION
  const sessions = await listSessions(db, { coordinatorId: who.id, now: clock(), currentSecret: getCookie(c, SESSION_COOKIE) });
  const key = SESSION_NOTICES[c.req.query('done') ?? ''];
  return c.html(<SessionsPage sessions={sessions} notice={key ? c.get('t')(key) : undefined} coordinator={who} csrfToken={c.get('csrfToken')} t={c.get('t')} />);
});

securityRoutes.post('/account/sessions/revoke-others', async (c) => {
  const { db, clock } = c.get('deps');
  const who = requireCoordinator(c); // OWN_ACCOUNT_PERMISSION
  await db.transaction().execute((trx) => revokeOtherSessions(trx, { coordinatorId: who.id, keepSecret: getCookie(c, SESSION_COOKIE), now: clock() }));
  return c.redirect('/account/sessions?done=others', 303);
});

securityRoutes.post('/account/sessions/:handle/revoke', async (c) => {
  const { db, clock } = c.get('deps');
  const who = requireCoordinator(c); // OWN_ACCOUNT_PERMISSION
  const done = await db.transaction().execute((trx) => revokeSession(trx, { coordinatorId: who.id, handle: c.req.param('handle'), now: clock() }));
  if (!done) throw localisedError('not_found', 'security.sessions.notFound');
  return c.redirect('/account/sessions?done=revoked', 303);
});

// ---- The second factor (admins) ---------------------------------------------------------------

function SecondFactorPage(p: { enrolment: Enrolment | null; recoveryCodes?: string[]; codesLeft?: number; error?: string | undefined; coordinator: Coordinator; csrfToken: string; t: Translate }) {
  const { t } = p;
  const on = p.coordinator.secondFactor;
  return (
    <Layout title={`${t('security.totp.heading')} — ${t('app.name')}`} coordinator={p.coordinator} csrfToken={p.csrfToken} t={t}>
      <p><a href="/account/sessions">← {t('security.sessions.heading')}</a></p>
      <h1>{t('security.totp.heading')}</h1>
      {p.error ? <p class="error" role="alert">{p.error}</p> : null}
      {p.recoveryCodes ? (
        <section>
          <p class="notice" role="status">{t('security.totp.enabled')}</p>
          <h2>{t('security.totp.recoveryHeading')}</h2>
          <p>{t('security.totp.recoveryIntro')}</p>
          <ul class="recovery-codes" dir="ltr">
            {p.recoveryCodes.map((code) => <li><code>{code}</code></li>)}
          </ul>
        </section>
      ) : on ? (
        <section>
          <p>{t('security.totp.isOn', { count: p.codesLeft ?? 0 })}</p>
          <form method="post" action="/account/second-factor/disable">
            <CsrfField token={p.csrfToken} />
            <Field t={t} name="code" label={t('security.totp.codeOrRecovery')} required autocomplete="one-time-code" inputmode="text" dir="ltr" maxlength={20} />
            <button type="submit">{t('security.totp.disable')}</button>
          </form>
        </section>
      ) : p.enrolment ? (
        <section>
          <p>{t('security.totp.scan')}</p>
          <div class="qr" role="img" aria-label={t('security.totp.qrLabel')}>{raw(p.enrolment.qrSvg)}</div>
          <p>{t('security.totp.orType')}</p>
          <p dir="ltr"><code class="secret">{p.enrolment.secret}</code></p>
          <details>
            <summary>{t('security.totp.uri')}</summary>
            <p dir="ltr"><code class="secret">{p.enrolment.uri}</code></p>
          </details>
          <form method="post" action="/account/second-factor/confirm">
            <CsrfField token={p.csrfToken} />
            <Field t={t} name="code" label={t('security.totp.code')} required autocomplete="one-time-code" inputmode="numeric" dir="ltr" maxlength={10} />
            <button type="submit">{t('security.totp.confirm')}</button>
          </form>
        </section>
      ) : (
        <section>
          <p>{t('security.totp.intro')}</p>
          <form method="post" action="/account/second-factor/start">
            <CsrfField token={p.csrfToken} />
            <button type="submit">{t('security.totp.start')}</button>
          </form>
        </section>
      )}
    </Layout>
  );
}

const issuerOf = (c: Context<AppEnv>) => `${c.get('t')('app.name')} (${new URL(c.get('deps').publicUrl).host})`;

async function secondFactorPage(c: Context<AppEnv>, who: Coordinator, extra: { recoveryCodes?: string[]; error?: string } = {}, status: 200 | 422 = 200) {
  const { db } = c.get('deps');
  const enrolment = who.secondFactor ? null : await pendingEnrolment(db, { coordinatorId: who.id, email: who.email, issuer: issuerOf(c) });
  const codesLeft = who.secondFactor ? await recoveryCodesLeft(db, who.id) : 0;
  return c.html(<SecondFactorPage enrolment={enrolment} codesLeft={codesLeft} {...extra} coordinator={who} csrfToken={c.get('csrfToken')} t={c.get('t')} />, status);
}

securityRoutes.get('/account/second-factor', (c) => secondFactorPage(c, requireAdmin(c))); // SECOND_FACTOR_PERMISSION

securityRoutes.post('/account/second-factor/start', async (c) => {
  const who = requireAdmin(c); // SECOND_FACTOR_PERMISSION
  await startEnrolment(c.get('deps').db, { coordinatorId: who.id, email: who.email, issuer: issuerOf(c) });
  return c.redirect('/account/second-factor', 303);
});

securityRoutes.post('/account/second-factor/confirm', async (c) => {
  const { db, clock } = c.get('deps');
  const who = requireAdmin(c); // SECOND_FACTOR_PERMISSION
  const v = await formValues(c);
  try {
    const codes = await db.transaction().execute((trx) => confirmEnrolment(trx, { coordinatorId: who.id, code: (v.code ?? '').slice(0, 20), now: clock() }));
    return secondFactorPage(c, { ...who, secondFactor: true }, { recoveryCodes: codes });
  } catch (err) {
    if (err instanceof AppError && err.code === 'validation_failed') return secondFactorPage(c, who, { error: errorMessage(err, c.get('t')) }, 422);
    throw err;
  }
});

securityRoutes.post('/account/second-factor/disable', async (c) => {
  const { db, clock } = c.get('deps');
  const who = requireAdmin(c); // SECOND_FACTOR_PERMISSION
  const v = await formValues(c);
  try {
    await db.transaction().execute((trx) => disableSecondFactor(trx, { coordinatorId: who.id, code: (v.code ?? '').slice(0, 20), now: clock() }));
  } catch (err) {
    if (err instanceof AppError && err.code === 'validation_failed') return secondFactorPage(c, who, { error: errorMessage(err, c.get('t')) }, 422);
    throw err;
  }
  return c.redirect('/account/second-factor', 303);
});

// ---- Signing in with a second factor ------------------------------------------------------------

/** After a right password on an account with a second factor: a ten-minute wait for the code, in a cookie. */
export async function awaitSecondFactor(c: Context<AppEnv>, coordinatorId: string, next: string) {
  const { db, clock } = c.get('deps');
  const token = await createOneTimeLink(db, { purpose: 'second-factor', coordinatorId, now: clock() });
  setCookie(c, SECOND_FACTOR_COOKIE, token, { path: '/sign-in', httpOnly: true, sameSite: 'Lax', secure: secure(c), maxAge: 600 });
  return c.redirect(`/sign-in/second-factor?next=${encodeURIComponent(next)}`, 303);
}

function CodePage(p: { next: string; error?: string | undefined; csrfToken: string; t: Translate }) {
  const { t } = p;
  return (
    <Layout title={`${t('security.signInCode.heading')} — ${t('app.name')}`} t={t}>
      <h1>{t('security.signInCode.heading')}</h1>
      {p.error ? <p class="error" role="alert">{p.error}</p> : null}
      <form method="post" action={`/sign-in/second-factor?next=${encodeURIComponent(p.next)}`}>
        <CsrfField token={p.csrfToken} />
        <Field t={t} name="code" label={t('security.totp.codeOrRecovery')} required autocomplete="one-time-code" inputmode="text" dir="ltr" maxlength={20} />
        <button type="submit">{t('security.signInCode.submit')}</button>
      </form>
    </Layout>
  );
}

const restart = (c: Context<AppEnv>) => c.redirect(`/sign-in?next=${encodeURIComponent(safeNext(c.req.query('next')))}&expired=1`, 303);

securityRoutes.get('/sign-in/second-factor', async (c) => {
  const { db, clock } = c.get('deps');
  const token = getCookie(c, SECOND_FACTOR_COOKIE);
  if (!token || !(await peekOneTimeLink(db, { token, purpose: 'second-factor', now: clock() }))) return restart(c);
  return c.html(<CodePage next={safeNext(c.req.query('next'))} csrfToken={c.get('csrfToken')} t={c.get('t')} />);
});

securityRoutes.post('/sign-in/second-factor', async (c) => {
  const { db, clock } = c.get('deps');
  const t = c.get('t');
  const next = safeNext(c.req.query('next'));
  const token = getCookie(c, SECOND_FACTOR_COOKIE);
  const link = token ? await peekOneTimeLink(db, { token, purpose: 'second-factor', now: clock() }) : null;
  if (!token || !link?.coordinatorId) return restart(c);
  const v = await formValues(c);
  if (!(await allowSignInAttempt(db, { kind: 'code', account: link.coordinatorId, clientKey: await clientRateKey(c), now: clock() }))) {
    return c.html(<CodePage next={next} error={t('security.tooMany')} csrfToken={c.get('csrfToken')} t={t} />, 429);
  }
  const ok = await db.transaction().execute(async (trx) => {
    if (!(await checkSecondFactor(trx, { coordinatorId: link.coordinatorId!, code: (v.code ?? '').slice(0, 20), now: clock() }))) return false;
    return !!(await consumeOneTimeLink(trx, { token, purpose: 'second-factor', now: clock() }));
  });
  if (!ok) return c.html(<CodePage next={next} error={t('security.totp.wrongCode')} csrfToken={c.get('csrfToken')} t={t} />, 401);
  deleteCookie(c, SECOND_FACTOR_COOKIE, { path: '/sign-in' });
  await startSession(c, link.coordinatorId, secure(c));
  return c.redirect(next, 303);
});

// ---- Password reset by email ------------------------------------------------------------------

function ResetRequestPage(p: { sent?: boolean; error?: string | undefined; email?: string | undefined; csrfToken: string; t: Translate }) {
  const { t } = p;
  return (
    <Layout title={`${t('security.reset.heading')} — ${t('app.name')}`} t={t}>
      <h1>{t('security.reset.heading')}</h1>
      {p.sent ? <p class="notice" role="status">{t('security.reset.sent')}</p> : null}
      {p.error ? <p class="error" role="alert">{p.error}</p> : null}
      <p>{t('security.reset.intro')}</p>
      <form method="post" action="/password-reset">
        <CsrfField token={p.csrfToken} />
        <Field t={t} name="email" type="email" label={t('field.email')} value={p.email} required autocomplete="username" maxlength={254} />
        <button type="submit">{t('security.reset.send')}</button>
      </form>
    </Layout>
  );
}

securityRoutes.get('/password-reset', (c) => c.html(<ResetRequestPage csrfToken={c.get('csrfToken')} t={c.get('t')} />));

securityRoutes.post('/password-reset', async (c) => {
  const { db, clock, mailer, publicUrl } = c.get('deps');
  const t = c.get('t');
  const v = await formValues(c);
  const email = emailAddress('field.email').safeParse((v.email ?? '').slice(0, 254));
  if (!email.success) return c.html(<ResetRequestPage email={v.email} error={t('security.reset.badEmail')} csrfToken={c.get('csrfToken')} t={t} />, 422);
  if (!(await allowSignInAttempt(db, { kind: 'reset', account: email.data, clientKey: await clientRateKey(c), now: clock() }))) {
    return c.html(<ResetRequestPage email={v.email} error={t('security.tooMany')} csrfToken={c.get('csrfToken')} t={t} />, 429);
  }
  await db.transaction().execute((trx) => requestPasswordReset(trx, { email: email.data, now: clock(), mailer, publicUrl, t }));
  c.get('deps').jobs.nudge();
  // The same answer whether or not an account has this address.
  return c.html(<ResetRequestPage sent csrfToken={c.get('csrfToken')} t={t} />);
});

function NewPasswordPage(p: { token: string; error?: string | undefined; csrfToken: string; t: Translate }) {
  const { t } = p;
  return (
    <Layout title={`${t('security.reset.newHeading')} — ${t('app.name')}`} t={t}>
      <h1>{t('security.reset.newHeading')}</h1>
      <form method="post" action={`/password-reset/${p.token}`}>
        <CsrfField token={p.csrfToken} />
        <Field t={t} name="password" type="password" label={t('account.setup.password')} error={p.error} required autocomplete="new-password" />
        <button type="submit">{t('security.reset.save')}</button>
      </form>
    </Layout>
  );
}

function InvalidResetLink(p: { t: Translate }) {
  return (
    <Layout title={p.t('security.reset.invalid')} t={p.t}>
      <h1>{p.t('security.reset.invalid')}</h1>
      <p><a href="/password-reset">{p.t('security.reset.again')}</a></p>
    </Layout>
  );
}

securityRoutes.get('/password-reset/:token', async (c) => {
  const { db, clock } = c.get('deps');
  const link = await peekOneTimeLink(db, { token: c.req.param('token'), purpose: 'password-reset', now: clock() });
  if (!link) return c.html(<InvalidResetLink t={c.get('t')} />, 404);
  return c.html(<NewPasswordPage token={c.req.param('token')} csrfToken={c.get('csrfToken')} t={c.get('t')} />);
});

securityRoutes.post('/password-reset/:token', async (c) => {
  const { db, clock } = c.get('deps');
  const t = c.get('t');
  const token = c.req.param('token');
  const v = await formValues(c);
  const password = v.password ?? '';
  if (password.length < 10 || password.length > 1000) return c.html(<NewPasswordPage token={token} error={t('validation.password')} csrfToken={c.get('csrfToken')} t={t} />, 422);
  const passwordHash = await hashPassword(password);
  const done = await db.transaction().execute((trx) => resetPassword(trx, { token, passwordHash, now: clock() }));
  if (!done) return c.html(<InvalidResetLink t={t} />, 404);
  const who = await findCoordinatorById(db, done.coordinatorId);
  // With a second factor, the code is still asked for: a mailbox alone does not sign an admin in.
  if (who?.secondFactor) return awaitSecondFactor(c, who.id, '/coordinator');
  await startSession(c, done.coordinatorId, secure(c));
  return c.redirect('/coordinator', 303);
});
