import { Hono, type Context } from 'hono';
import { listApiTokens, revokeApiToken } from '../accounts/api-tokens.ts';
import { listCoordinators, removeCoordinator } from '../accounts/coordinator.ts';
import { acceptInvitation, peekInvitation } from '../accounts/invitations.ts';
import { hashPassword } from '../accounts/passwords.ts';
import { atLeast, GRANTABLE_ROLES, type StatementRole } from '../accounts/roles.ts';
import { allStatementRoles, revokeStatementRole, rolesOf, statementTeam } from '../accounts/statement-roles.ts';
import { inviteFromRequest, tokenFromRequest } from '../accounts/team-actions.ts';
import { AppError } from '../errors.ts';
import type { Translate } from '../i18n/i18n.ts';
import { releaseEdition } from '../publishing/publish-edition.ts';
import { saveStatementSettings } from '../statements/statement-settings.ts';
import { getStatementBySlug, listStatements } from '../statements/statement.repository.ts';
import type { Statement } from '../statements/statement.ts';
import { requireCoordinator, startSession } from './auth.ts';
import type { AppEnv } from './env.ts';
import { errorFields, errorMessage } from './errors.tsx';
import { formValues } from './form.ts';
import { visibleStatements } from './permit.ts';
import { CsrfField, Field, Layout } from './views/layout.tsx';

/** Invitations, people, a statement's team and settings, API tokens, releasing editions. */
export const teamRoutes = new Hono<AppEnv>();

const roleLabel = (t: Translate, role: string, onStatement: boolean) =>
  role === 'admin' ? t('team.role.admin') : role === 'member' ? t('team.role.member') : !onStatement && role === 'coordinator' ? t('team.role.instanceCoordinator') : t(`team.role.${role as StatementRole}`);

function InviteForm(p: { action: string; statements: Statement[] | null; csrfToken: string; t: Translate; errors?: Record<string, string> }) {
  const { t } = p;
  return (
    <form method="post" action={p.action}>
      <h2>{t('team.invite.heading')}</h2>
      <CsrfField token={p.csrfToken} />
      <Field t={t} name="email" type="email" label={t('team.invite.email')} error={p.errors?.email} required />
      <div class="field">
        <label for="f-role">{t('team.invite.role')}</label>
        <select id="f-role" name="role">
          {(p.statements ? GRANTABLE_ROLES : GRANTABLE_ROLES.filter((r) => r !== 'admin')).map((r) => (
            <option value={r}>{t(`team.role.${r}`)}</option>
          ))}
        </select>
      </div>
      {p.statements ? (
        <div class="field">
          <label for="f-statement">{t('team.invite.statement')}</label>
          <select id="f-statement" name="statement">
            <option value="">{t('team.invite.wholeInstance')}</option>
            {p.statements.map((s) => (
              <option value={s.slug}>{s.title}</option>
            ))}
          </select>
        </div>
      ) : null}
      {p.errors?._ || p.errors?.statement || p.errors?.role ? <p class="error" role="alert">{p.errors._ ?? p.errors.statement ?? p.errors.role}</p> : null}
      <button type="submit">{t('team.invite.submit')}</button>
    </form>
  );
}

const formErrors = (err: unknown, t: Translate) => {
  if (err instanceof AppError && (err.code === 'validation_failed' || err.code === 'forbidden' || err.code === 'conflict')) return errorFields(err, t) ?? { _: errorMessage(err, t) };
  throw err;
};

// The people page: everyone, their roles, invite and remove.
async function peoplePage(c: Context<AppEnv>, notice?: string, errors?: Record<string, string>) {
  const { db } = c.get('deps');
  const t = c.get('t');
  const me = requireCoordinator(c);
  const [people, roles, statements] = await Promise.all([listCoordinators(db), allStatementRoles(db), listStatements(db)]);
  return c.html(
    <Layout title={`${t('team.people.title')} — ${t('app.name')}`} coordinator={me} csrfToken={c.get('csrfToken')} t={t}>
      <h1>{t('team.people.title')}</h1>
      {notice ? <p class="notice" role="status">{notice}</p> : null}
      <p>{t('team.people.intro')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('team.invite.email')}</th>
            <th scope="col">{t('team.people.instanceRole')}</th>
            <th scope="col">{t('team.people.statementRoles')}</th>
            <th scope="col"></th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr>
              <td dir="ltr">{person.email}</td>
              <td>{roleLabel(t, person.role, false)}</td>
              <td>
                {(roles.get(person.id) ?? []).length
                  ? (roles.get(person.id) ?? []).map((r) => (
                      <div>
                        <a href={`/coordinator/statements/${r.slug}/team`}><bdi>{r.title}</bdi></a>: {t(`team.role.${r.role}`)}
                      </div>
                    ))
                  : <span class="muted">{t('team.people.none')}</span>}
              </td>
              <td>
                {person.id !== me.id ? (
                  <form method="post" action={`/coordinator/people/${person.id}/remove`}>
                    <CsrfField token={c.get('csrfToken')} />
                    <button type="submit" class="secondary" aria-label={t('team.people.remove', { email: person.email })}>{t('team.people.removeButton')}</button>
                  </form>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <InviteForm action="/coordinator/people/invitations" statements={statements} csrfToken={c.get('csrfToken')} t={t} errors={errors} />
    </Layout>,
    errors ? 422 : 200,
  );
}

teamRoutes.get('/coordinator/people', (c) => peoplePage(c, c.req.query('done') === 'removed' ? c.get('t')('team.people.removed') : c.req.query('done') === 'invited' ? c.get('t')('team.invite.sent', { email: (c.req.query('email') ?? '').slice(0, 254) }) : undefined));

teamRoutes.post('/coordinator/people/invitations', async (c) => {
  const v = await formValues(c);
  try {
    const inv = await inviteFromRequest(c, { email: v.email, role: v.role, statement: v.statement || null });
    return c.redirect(`/coordinator/people?done=invited&email=${encodeURIComponent(inv.email)}`, 303);
  } catch (err) {
    return peoplePage(c, undefined, formErrors(err, c.get('t')));
  }
});

teamRoutes.post('/coordinator/people/:id/remove', async (c) => {
  const { db, clock } = c.get('deps');
  const me = requireCoordinator(c);
  try {
    await db.transaction().execute((trx) => removeCoordinator(trx, { coordinatorId: c.req.param('id').slice(0, 100), by: me.id, now: clock() }));
  } catch (err) {
    return peoplePage(c, undefined, formErrors(err, c.get('t')));
  }
  return c.redirect('/coordinator/people?done=removed', 303);
});

// A statement's team and settings.
async function teamPage(c: Context<AppEnv>, notice?: string, errors?: Record<string, string>) {
  const { db } = c.get('deps');
  const t = c.get('t');
  const s = await getStatementBySlug(db, c.req.param('slug')!);
  const team = await statementTeam(db, s.id);
  const base = `/coordinator/statements/${s.slug}`;
  return c.html(
    <Layout title={`${t('team.team.title', { title: s.title })} — ${t('app.name')}`} coordinator={requireCoordinator(c)} csrfToken={c.get('csrfToken')} t={t}>
      <p><a href={base}>{s.title}</a></p>
      <h1>{t.rich('team.team.title', { title: <bdi lang={s.language}>{s.title}</bdi> })}</h1>
      {notice ? <p class="notice" role="status">{notice}</p> : null}
      <p>{t('team.team.intro')}</p>
      {team.length ? (
        <table>
          <tbody>
            {team.map((m) => (
              <tr>
                <td dir="ltr">{m.email}</td>
                <td class="role">{t(`team.role.${m.role}`)}</td>
                <td>
                  <form method="post" action={`${base}/team/${m.coordinatorId}/remove`}>
                    <CsrfField token={c.get('csrfToken')} />
                    <button type="submit" class="secondary" aria-label={t('team.team.removeRole', { email: m.email })}>{t('team.team.removeRoleButton')}</button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="muted">{t('team.team.nobody')}</p>
      )}
      <InviteForm action={`${base}/team/invitations`} statements={null} csrfToken={c.get('csrfToken')} t={t} errors={errors} />
      <form method="post" action={`${base}/settings`}>
        <h2>{t('team.settings.heading')}</h2>
        <CsrfField token={c.get('csrfToken')} />
        <div class="checkbox">
          <input type="checkbox" id="f-viewers-contacts" name="viewers_see_contacts" checked={s.viewersSeeContacts} />
          <label for="f-viewers-contacts">{t('team.settings.viewersSeeContacts')}</label>
        </div>
        <div class="checkbox">
          <input type="checkbox" id="f-two-person" name="two_person_publishing" checked={s.twoPersonPublishing} />
          <label for="f-two-person">{t('team.settings.twoPerson')}</label>
        </div>
        <button type="submit">{t('team.settings.save')}</button>
      </form>
    </Layout>,
    errors ? 422 : 200,
  );
}

const teamNotices: Record<string, 'team.team.roleRemoved' | 'team.settings.saved' | 'team.invite.heading'> = { removed: 'team.team.roleRemoved', saved: 'team.settings.saved' };

teamRoutes.get('/coordinator/statements/:slug/team', (c) => {
  const done = c.req.query('done');
  const t = c.get('t');
  const key = done && Object.hasOwn(teamNotices, done) ? teamNotices[done] : undefined;
  return teamPage(c, done === 'invited' ? t('team.invite.sent', { email: (c.req.query('email') ?? '').slice(0, 254) }) : key ? t(key) : undefined);
});

teamRoutes.post('/coordinator/statements/:slug/team/invitations', async (c) => {
  const v = await formValues(c);
  try {
    const inv = await inviteFromRequest(c, { email: v.email, role: v.role, statement: c.req.param('slug') });
    return c.redirect(`/coordinator/statements/${c.req.param('slug')}/team?done=invited&email=${encodeURIComponent(inv.email)}`, 303);
  } catch (err) {
    return teamPage(c, undefined, formErrors(err, c.get('t')));
  }
});

teamRoutes.post('/coordinator/statements/:slug/team/:id/remove', async (c) => {
  const { db, clock } = c.get('deps');
  const me = requireCoordinator(c);
  const s = await getStatementBySlug(db, c.req.param('slug'));
  await db.transaction().execute((trx) => revokeStatementRole(trx, { statementId: s.id, coordinatorId: c.req.param('id').slice(0, 100), by: me.id, now: clock() }));
  return c.redirect(`/coordinator/statements/${s.slug}/team?done=removed`, 303);
});

teamRoutes.post('/coordinator/statements/:slug/settings', async (c) => {
  const { db, clock } = c.get('deps');
  const me = requireCoordinator(c);
  const v = await formValues(c);
  await db.transaction().execute((trx) =>
    saveStatementSettings(trx, { slug: c.req.param('slug'), viewersSeeContacts: v.viewers_see_contacts === 'on', twoPersonPublishing: v.two_person_publishing === 'on', coordinatorId: me.id, now: clock() }),
  );
  return c.redirect(`/coordinator/statements/${c.req.param('slug')}/team?done=saved`, 303);
});

teamRoutes.post('/coordinator/statements/:slug/editions/:number/release', async (c) => {
  const { db, clock, renderers } = c.get('deps');
  const me = requireCoordinator(c);
  const number = Number(c.req.param('number'));
  await releaseEdition(db, { slug: c.req.param('slug'), number: Number.isInteger(number) ? number : 0, coordinatorId: me.id, now: clock(), renderers });
  return c.redirect(`/coordinator/statements/${c.req.param('slug')}?done=released#publication`, 303);
});

// The person's own API tokens.
async function tokensPage(c: Context<AppEnv>, created?: string, errors?: Record<string, string>) {
  const { db } = c.get('deps');
  const t = c.get('t');
  const me = requireCoordinator(c);
  const [tokens, statements, held] = await Promise.all([listApiTokens(db, me.id), visibleStatements(c, await listStatements(db)), rolesOf(db, me.id)]);
  // Only the roles the person could give a token: never more than they hold.
  const offered = GRANTABLE_ROLES.filter((r) =>
    me.role === 'admin' ? true : r === 'admin' ? false : me.role === 'coordinator' ? true : [...held.values()].some((h) => atLeast(h, r)),
  );
  const slugs = new Map(statements.map((s) => [s.id, s.title]));
  return c.html(
    <Layout title={`${t('team.tokens.title')} — ${t('app.name')}`} coordinator={me} csrfToken={c.get('csrfToken')} t={t}>
      <h1>{t('team.tokens.title')}</h1>
      {c.req.query('done') === 'revoked' ? <p class="notice" role="status">{t('team.tokens.revoked')}</p> : null}
      {created ? (
        <div class="notice" role="status">
          <p>{t('team.tokens.created')}</p>
          <p><code dir="ltr" id="new-token">{created}</code></p>
        </div>
      ) : null}
      <p>{t('team.tokens.intro')}</p>
      {tokens.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('team.tokens.name')}</th>
              <th scope="col">{t('team.tokens.scope')}</th>
              <th scope="col">{t('team.tokens.createdAt')}</th>
              <th scope="col"></th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((tk) => (
              <tr>
                <td><bdi>{tk.name ?? '—'}</bdi></td>
                <td>
                  {tk.role ? t(`team.role.${tk.role}`) : t('team.tokens.allRights')} · {tk.statementId ? (slugs.get(tk.statementId) ?? '—') : t('team.tokens.allStatements')}
                </td>
                <td dir="ltr" class="date">{tk.createdAt.toISOString().slice(0, 10)}</td>
                <td>
                  <form method="post" action={`/coordinator/tokens/${tk.id}/revoke`}>
                    <CsrfField token={c.get('csrfToken')} />
                    <button type="submit" class="secondary" aria-label={t('team.tokens.revoke', { name: tk.name ?? '' })}>{t('team.tokens.revokeButton')}</button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="muted">{t('team.tokens.none')}</p>
      )}
      <form method="post" action="/coordinator/tokens">
        <h2>{t('team.tokens.newHeading')}</h2>
        <CsrfField token={c.get('csrfToken')} />
        <Field t={t} name="name" label={t('team.tokens.name')} error={errors?.name} required />
        <div class="field">
          <label for="f-token-role">{t('team.tokens.role')}</label>
          <select id="f-token-role" name="role">
            <option value="">{t('team.tokens.allRights')}</option>
            {offered.map((r) => (
              <option value={r}>{t(`team.role.${r}`)}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-token-statement">{t('team.tokens.statement')}</label>
          <select id="f-token-statement" name="statement">
            <option value="">{t('team.tokens.allStatements')}</option>
            {statements.map((s) => (
              <option value={s.slug}>{s.title}</option>
            ))}
          </select>
        </div>
        {errors?._ || errors?.role ? <p class="error" role="alert">{errors._ ?? errors.role}</p> : null}
        <button type="submit">{t('team.tokens.create')}</button>
      </form>
    </Layout>,
    errors ? 422 : 200,
  );
}

teamRoutes.get('/coordinator/tokens', (c) => tokensPage(c));

teamRoutes.post('/coordinator/tokens', async (c) => {
  const v = await formValues(c);
  try {
    const { token } = await tokenFromRequest(c, { name: v.name ?? '', role: v.role || null, statement: v.statement || null });
    c.header('Cache-Control', 'no-store');
    return tokensPage(c, token);
  } catch (err) {
    return tokensPage(c, undefined, formErrors(err, c.get('t')));
  }
});

teamRoutes.post('/coordinator/tokens/:id/revoke', async (c) => {
  const { db, clock } = c.get('deps');
  const me = requireCoordinator(c);
  await db.transaction().execute((trx) => revokeApiToken(trx, { id: c.req.param('id').slice(0, 100), coordinatorId: me.id, now: clock() }));
  return c.redirect('/coordinator/tokens?done=revoked', 303);
});

// Accepting an invitation: the emailed link, a password, and the invitee is signed in.
function AcceptPage(p: { token: string; email: string; role: string; csrfToken: string; t: Translate; error?: string }) {
  const { t } = p;
  return (
    <Layout title={`${t('team.accept.title')} — ${t('app.name')}`} t={t}>
      <h1>{t('team.accept.heading')}</h1>
      <p>{t('team.accept.intro', { role: p.role, email: p.email })}</p>
      <form method="post" action={`/invitations/${p.token}`}>
        <CsrfField token={p.csrfToken} />
        <Field t={t} name="password" type="password" label={t('account.setup.password')} error={p.error} required autocomplete="new-password" />
        <button type="submit">{t('team.accept.submit')}</button>
      </form>
    </Layout>
  );
}

const invalidInvitation = (t: Translate) => (
  <Layout title={`${t('team.accept.title')} — ${t('app.name')}`} t={t}>
    <h1>{t('team.accept.title')}</h1>
    <p>{t('team.accept.invalid')}</p>
  </Layout>
);

teamRoutes.get('/invitations/:token', async (c) => {
  const { db, clock } = c.get('deps');
  const t = c.get('t');
  const inv = await peekInvitation(db, { token: c.req.param('token'), now: clock() });
  if (!inv) return c.html(invalidInvitation(t), 404);
  return c.html(<AcceptPage token={c.req.param('token')} email={inv.email} role={roleLabel(t, inv.role, inv.statementId !== null)} csrfToken={c.get('csrfToken')} t={t} />);
});

teamRoutes.post('/invitations/:token', async (c) => {
  const { db, clock, publicUrl } = c.get('deps');
  const t = c.get('t');
  const token = c.req.param('token');
  const inv = await peekInvitation(db, { token, now: clock() });
  if (!inv) return c.html(invalidInvitation(t), 404);
  const { password = '' } = await formValues(c);
  if (password.length < 10 || password.length > 1000) {
    return c.html(<AcceptPage token={token} email={inv.email} role={roleLabel(t, inv.role, inv.statementId !== null)} csrfToken={c.get('csrfToken')} t={t} error={t('validation.password')} />, 422);
  }
  const passwordHash = await hashPassword(password);
  const person = await db.transaction().execute((trx) => acceptInvitation(trx, { token, passwordHash, now: clock() }));
  if (!person) return c.html(invalidInvitation(t), 404);
  await startSession(c, person.id, publicUrl.startsWith('https://'));
  return c.redirect('/coordinator', 303);
});
