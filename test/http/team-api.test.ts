import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createApiToken } from '../../src/accounts/api-tokens.ts';
import { ensureCoordinator } from '../../src/accounts/coordinator.ts';
import { createSession } from '../../src/accounts/sessions.ts';
import { grantStatementRole } from '../../src/accounts/statement-roles.ts';
import { unseal } from '../../src/contacts/contact-keys.ts';
import { DIALECTS, unavailable } from '../support/databases.ts';
import { api, coordinatorToken, createTestApp, openStatement, type TestApp } from '../support/app.ts';
import { FormClient } from '../support/browser-form.ts';

interface Mail {
  id: string;
  to: string;
  subject: string;
  text: string;
}

// The public contract of issue 12: invitations and tokens under /api/v1.
for (const dialect of DIALECTS) {
  describe(`invitations and API tokens on ${dialect}`, { skip: unavailable(dialect) ?? false }, () => {
    let t: TestApp;
    let admin: string;

    const outbox = async (): Promise<Mail[]> => {
      await t.runJobs();
      return (await api(t, 'GET', '/api/v1/outbox', { token: admin })).json.messages as Mail[];
    };
    const invitationLink = async (to: string) => {
      const mail = (await outbox()).find((m) => m.to === to);
      assert.ok(mail, `an invitation email to ${to}`);
      const m = /http:\/\/undersigned\.test(\/invitations\/[A-Za-z0-9_-]+)/.exec(mail.text);
      assert.ok(m, `a link in: ${mail.text}`);
      return m[1]!;
    };
    const personWith = async (email: string, roles: [string, 'viewer' | 'moderator' | 'coordinator'][]) => {
      const c = await ensureCoordinator(t.deps.db, { email, now: new Date(), role: 'member' });
      for (const [slug, role] of roles) {
        const s = await t.deps.db.selectFrom('statements').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
        await grantStatementRole(t.deps.db, { statementId: s.id, coordinatorId: c.id, role, by: 'test', now: new Date() });
      }
      return c.id;
    };

    before(async () => {
      t = await createTestApp(dialect);
      admin = await coordinatorToken(t, 'convener@team-api.test');
      await openStatement(t, admin, 'stmt-a');
      await openStatement(t, admin, 'stmt-b');
    });
    after(() => t?.close());

    test('POST /api/v1/invitations sends the email; the link sets a password once and gives exactly that role', async () => {
      const r = await api(t, 'POST', '/api/v1/invitations', { token: admin, body: { email: 'Mira@Region.example.org', role: 'moderator', statement: 'stmt-a' } });
      assert.equal(r.status, 201, r.text);
      assert.equal(typeof r.json.id, 'string');
      const link = await invitationLink('mira@region.example.org');
      // The stored message is sealed at rest, and opens to the same address.
      const stored = await t.deps.db.selectFrom('messages').select(['to_address', 'text']).execute();
      assert.ok(stored.every((m) => !m.to_address.includes('mira@region')), 'no clear address in messages');
      assert.ok(stored.some((m) => unseal(m.to_address) === 'mira@region.example.org' && unseal(m.text).includes(link)));

      const b = new FormClient(t);
      const page = await b.get(link);
      assert.equal(page.status, 200);
      assert.match(page.html, /mira@region\.example\.org/);
      assert.equal((await b.post(link, { password: 'short' })).status, 422, 'a too-short password is refused');
      const accepted = await b.post(link, { password: 'a long enough passphrase' });
      assert.equal(accepted.status, 303, accepted.html);
      assert.equal(accepted.location, '/coordinator');
      const home = await b.get('/coordinator');
      assert.equal(home.status, 200);
      assert.match(home.html, /stmt-a/);
      assert.doesNotMatch(home.html, /stmt-b/, 'only the statement of the invitation');

      const person = await t.deps.db.selectFrom('coordinators').select(['id', 'role', 'password_hash']).where('email', '=', 'mira@region.example.org').executeTakeFirstOrThrow();
      assert.equal(person.role, 'member');
      assert.ok(person.password_hash?.startsWith('$argon2'), 'the password is set, hashed');
      const roles = await t.deps.db.selectFrom('statement_roles').innerJoin('statements', 'statements.id', 'statement_roles.statement_id').select(['statements.slug', 'statement_roles.role']).where('coordinator_id', '=', person.id).execute();
      assert.deepEqual(roles, [{ slug: 'stmt-a', role: 'moderator' }]);

      // One-time: the same link does nothing the second time.
      const again = new FormClient(t);
      assert.equal((await again.get(link)).status, 404);
      assert.equal((await again.post(link, { password: 'another long passphrase' })).status, 404);
    });

    test('who may invite whom: a coordinator to their statement only; a moderator nobody; bad input is a 422', async () => {
      const coord = await createApiToken(t.deps.db, { coordinatorId: await personWith('coord-a@team-api.test', [['stmt-a', 'coordinator']]), now: new Date() });
      const mod = await createApiToken(t.deps.db, { coordinatorId: await personWith('mod-a@team-api.test', [['stmt-a', 'moderator']]), now: new Date() });
      assert.equal((await api(t, 'POST', '/api/v1/invitations', { token: coord, body: { email: 'v@example.org', role: 'viewer', statement: 'stmt-a' } })).status, 201);
      assert.equal((await api(t, 'POST', '/api/v1/invitations', { token: coord, body: { email: 'v@example.org', role: 'viewer', statement: 'stmt-b' } })).status, 404);
      const instance = await api(t, 'POST', '/api/v1/invitations', { token: coord, body: { email: 'v@example.org', role: 'coordinator' } });
      assert.equal(instance.status, 403);
      assert.equal(instance.json.error.code, 'forbidden');
      assert.equal((await api(t, 'POST', '/api/v1/invitations', { token: mod, body: { email: 'v@example.org', role: 'viewer', statement: 'stmt-a' } })).status, 403);
      assert.equal((await api(t, 'POST', '/api/v1/invitations', { token: admin, body: { email: 'not an email', role: 'viewer', statement: 'stmt-a' } })).status, 422);
      assert.equal((await api(t, 'POST', '/api/v1/invitations', { token: admin, body: { email: 'v@example.org', role: 'owner', statement: 'stmt-a' } })).status, 422);
      assert.equal((await api(t, 'POST', '/api/v1/invitations', { token: admin, body: { email: 'v@example.org', role: 'moderator' } })).status, 422, 'a moderator needs a statement');
      assert.equal((await api(t, 'POST', '/api/v1/invitations', { body: { email: 'v@example.org', role: 'viewer', statement: 'stmt-a' } })).status, 401);
    });

    test('POST, GET and DELETE /api/v1/tokens: made with a bearer token, shown once, listed without secrets, revoked for good', async () => {
      const made = await api(t, 'POST', '/api/v1/tokens', { token: admin, body: { name: 'Exports for comms', role: 'viewer', statement: 'stmt-a' } });
      assert.equal(made.status, 201, made.text);
      assert.deepEqual(Object.keys(made.json).sort(), ['id', 'token']);
      const { id, token } = made.json as { id: string; token: string };
      assert.match(token, /^usg_/);
      // The new token reads stmt-a as a viewer, and nothing else.
      assert.equal((await api(t, 'GET', '/api/v1/statements/stmt-a/signatures', { token })).status, 200);
      assert.equal((await api(t, 'GET', '/api/v1/statements/stmt-b/signatures', { token })).status, 404);
      assert.equal((await api(t, 'POST', '/api/v1/statements/stmt-a/close', { token })).status, 403);

      const listed = await api(t, 'GET', '/api/v1/tokens', { token: admin });
      assert.equal(listed.status, 200);
      const mine = (listed.json.tokens as { id: string; name: string; role: string; statement: string }[]).find((x) => x.id === id);
      assert.deepEqual({ name: mine?.name, role: mine?.role, statement: mine?.statement }, { name: 'Exports for comms', role: 'viewer', statement: 'stmt-a' });
      assert.ok(!listed.text.includes(token) && !listed.text.includes(token.slice(4)), 'no secret in the list');
      assert.doesNotMatch(listed.text, /hash/);

      const gone = await api(t, 'DELETE', `/api/v1/tokens/${id}`, { token: admin });
      assert.equal(gone.status, 204);
      assert.equal((await api(t, 'GET', '/api/v1/statements/stmt-a/signatures', { token })).status, 401);
      assert.equal((await api(t, 'GET', '/api/v1/tokens', { token })).status, 401);
      assert.equal((await api(t, 'DELETE', `/api/v1/tokens/${id}`, { token: admin })).status, 404, 'already revoked');
      assert.ok(!((await api(t, 'GET', '/api/v1/tokens', { token: admin })).json.tokens as { id: string }[]).some((x) => x.id === id));

      // Someone else's token cannot be revoked by id.
      const other = await createApiToken(t.deps.db, { coordinatorId: await personWith('other-owner@team-api.test', [['stmt-b', 'viewer']]), now: new Date() });
      const theirs = (await api(t, 'POST', '/api/v1/tokens', { token: other, body: { name: 'theirs' } })).json.id as string;
      assert.equal((await api(t, 'DELETE', `/api/v1/tokens/${theirs}`, { token: admin })).status, 404);
      assert.equal((await api(t, 'GET', '/api/v1/statements/stmt-b/signatures', { token: other })).status, 200);

      assert.equal((await api(t, 'POST', '/api/v1/tokens', { token: admin, body: { name: '' } })).status, 422);
      assert.equal((await api(t, 'POST', '/api/v1/tokens', { token: admin, body: { name: 'x'.repeat(101) } })).status, 422);
      assert.equal((await api(t, 'POST', '/api/v1/tokens', { body: { name: 'nobody' } })).status, 401);
    });

    test('a signed-in web session makes a token with JSON; a cross-site form cannot', async () => {
      const id = await personWith('web-user@team-api.test', [['stmt-b', 'moderator']]);
      const { secret } = await createSession(t.deps.db, { coordinatorId: id, now: new Date() });
      const cookie = `usg_session=${secret}`;
      const res = await t.app.request('/api/v1/tokens', { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'From the browser', statement: 'stmt-b' }) });
      assert.equal(res.status, 201, await res.clone().text());
      const { token } = (await res.json()) as { token: string };
      assert.equal((await api(t, 'GET', '/api/v1/statements/stmt-b/duplicates', { token })).status, 200, 'a moderator token');
      const listed = await t.app.request('/api/v1/tokens', { headers: { cookie } });
      assert.equal(listed.status, 200);
      assert.equal(((await listed.json()) as { tokens: unknown[] }).tokens.length, 1);
      const form = await t.app.request('/api/v1/tokens', { method: 'POST', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: 'name=sneaky' });
      assert.ok(form.status >= 400 && form.status < 500, `a form post to the API with a cookie is refused (${form.status})`);
      assert.equal(((await (await t.app.request('/api/v1/tokens', { headers: { cookie } })).json()) as { tokens: unknown[] }).tokens.length, 1);
    });

    test('every team action writes one audit event, and the audit API returns it', async () => {
      const eventsOf = async (action: string) => {
        const r = await api(t, 'GET', `/api/v1/audit?action=${action}&limit=1000`, { token: admin });
        assert.equal(r.status, 200, r.text);
        return r.json.events as { actor: string; action: string; subject_type: string; subject_id: string }[];
      };
      const writesOne = async (action: string, run: () => Promise<string>, slug?: string) => {
        const before = await eventsOf(action);
        const subject = await run();
        const events = await eventsOf(action);
        assert.equal(events.length, before.length + 1, `${action}: exactly one new event`);
        const about = (list: { subject_id: string }[]) => list.filter((e) => e.subject_id === subject).length;
        assert.equal(about(events), about(before) + 1, `${action}: about the right subject`);
        assert.ok(events.every((e) => e.actor !== 'system'), `${action}: by a person`);
        if (slug) {
          const mine = (await api(t, 'GET', `/api/v1/statements/${slug}/audit?action=${action}`, { token: admin })).json.events as { subject_id: string }[];
          assert.ok(mine.some((e) => e.subject_id === subject), `${action}: in the statement's log`);
        }
      };
      const sid = (await t.deps.db.selectFrom('statements').select('id').where('slug', '=', 'stmt-b').executeTakeFirstOrThrow()).id;
      await writesOne('invitation.created', async () => {
        assert.equal((await api(t, 'POST', '/api/v1/invitations', { token: admin, body: { email: 'audit-viewer@team-api.test', role: 'viewer', statement: 'stmt-b' } })).status, 201);
        return sid;
      }, 'stmt-b');
      let tokenId = '';
      await writesOne('api_token.created', async () => {
        tokenId = (await api(t, 'POST', '/api/v1/tokens', { token: admin, body: { name: 'audited' } })).json.id as string;
        return tokenId;
      });
      await writesOne('api_token.revoked', async () => (assert.equal((await api(t, 'DELETE', `/api/v1/tokens/${tokenId}`, { token: admin })).status, 204), tokenId));
      const member = await personWith('audit-member@team-api.test', [['stmt-b', 'moderator']]);
      await writesOne('statement_role.revoked', async () => (assert.equal((await api(t, 'DELETE', `/api/v1/statements/stmt-b/team/${member}`, { token: admin })).status, 204), sid), 'stmt-b');
      await writesOne('coordinator.removed', async () => (assert.equal((await api(t, 'DELETE', `/api/v1/people/${member}`, { token: admin })).status, 204), member));
      await writesOne('statement.settings_changed', async () => (assert.equal((await api(t, 'PATCH', '/api/v1/statements/stmt-b/settings', { token: admin, body: { two_person_publishing: true } })).status, 200), sid), 'stmt-b');
      // Two-person publishing: prepared by one coordinator, released by another.
      const second = await createApiToken(t.deps.db, { coordinatorId: await personWith('second-coord@team-api.test', [['stmt-b', 'coordinator']]), now: new Date() });
      await writesOne('edition.prepared', async () => (assert.equal((await api(t, 'POST', '/api/v1/statements/stmt-b/editions', { token: admin, body: {} })).status, 201), sid), 'stmt-b');
      await writesOne('edition.released', async () => {
        const r = await api(t, 'POST', '/api/v1/statements/stmt-b/editions/1/release', { token: second });
        assert.equal(r.status, 200, r.text);
        return sid;
      }, 'stmt-b');
      // Each is told in words on the audit page, in every language (not as its code).
      const { secret } = await createSession(t.deps.db, { coordinatorId: (await ensureCoordinator(t.deps.db, { email: 'convener@team-api.test', now: new Date() })).id, now: new Date() });
      const page = await t.app.request('/coordinator/statements/stmt-b/audit?lang=fr', { headers: { cookie: `usg_session=${secret}` } });
      const html = await page.text();
      assert.equal(page.status, 200);
      for (const words of ['A invité une personne dans l’équipe', 'A retiré un rôle sur la déclaration', 'A modifié les paramètres de la déclaration', 'A préparé une édition à diffuser', 'A diffusé une édition préparée']) assert.ok(html.includes(words), words);
      assert.doesNotMatch(html, />\s*(invitation\.created|edition\.released|statement_role\.revoked)\s*</);
    });

    test('a token never exceeds its maker: a moderator cannot mint a coordinator or admin token', async () => {
      const mod = await createApiToken(t.deps.db, { coordinatorId: await personWith('mod-only@team-api.test', [['stmt-a', 'moderator']]), now: new Date() });
      for (const body of [{ name: 'n', role: 'coordinator', statement: 'stmt-a' }, { name: 'n', role: 'coordinator' }, { name: 'n', role: 'admin' }]) {
        const r = await api(t, 'POST', '/api/v1/tokens', { token: mod, body });
        assert.equal(r.status, 403, `${JSON.stringify(body)}: ${r.text}`);
        assert.equal(r.json.error.code, 'forbidden');
      }
      assert.equal((await api(t, 'POST', '/api/v1/tokens', { token: mod, body: { name: 'n', role: 'moderator', statement: 'stmt-b' } })).status, 404, 'not their statement');
      // A token made from a viewer-capped token stays a viewer's.
      const capped = (await api(t, 'POST', '/api/v1/tokens', { token: mod, body: { name: 'capped', role: 'viewer', statement: 'stmt-a' } })).json.token as string;
      assert.equal((await api(t, 'POST', '/api/v1/tokens', { token: capped, body: { name: 'n', role: 'moderator', statement: 'stmt-a' } })).status, 403);
      assert.equal((await api(t, 'POST', '/api/v1/tokens', { token: capped, body: { name: 'n' } })).status, 403, 'nor all of its maker’s rights');
      // An unlimited token of a moderator still only moderates.
      const full = (await api(t, 'POST', '/api/v1/tokens', { token: mod, body: { name: 'all mine' } })).json.token as string;
      assert.equal((await api(t, 'POST', '/api/v1/statements/stmt-a/close', { token: full })).status, 403);
    });
  });
}
