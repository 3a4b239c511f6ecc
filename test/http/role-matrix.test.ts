import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApiToken, issueApiToken } from '../../src/accounts/api-tokens.ts';
import { ensureCoordinator, removeCoordinator } from '../../src/accounts/coordinator.ts';
import type { Need } from '../../src/accounts/permissions.ts';
import { grantStatementRole } from '../../src/accounts/statement-roles.ts';
import { createSession } from '../../src/accounts/sessions.ts';
import type { StatementRole } from '../../src/accounts/roles.ts';
import { newId } from '../../src/shared/ids.ts';
import { MIDDLEWARE, ROUTE_PERMISSIONS, type RouteRule } from '../../src/web/route-permissions.ts';
import { api, coordinatorToken, createTestApp, openStatement, type TestApp } from '../support/app.ts';
import { DIALECTS, unavailable } from '../support/databases.ts';

type Persona = 'anonymous' | 'revoked' | 'viewer' | 'moderator' | 'otherCoordinator' | 'coordinator' | 'admin';
type Outcome = 'allow' | 'signIn' | 'forbidden' | 'hidden';
const PERSONAS: Persona[] = ['anonymous', 'revoked', 'viewer', 'moderator', 'otherCoordinator', 'coordinator', 'admin'];

/**
 * What each permission means for each kind of caller, written out by hand. Which route needs
 * which permission is read from ROUTE_PERMISSIONS, the table the app enforces. "revoked" is a
 * removed coordinator of statement A: on the API their token gets 401 everywhere; on pages their
 * session is gone, so they are anonymous.
 */
const MATRIX: Record<Exclude<Need, 'statement.contacts'>, Record<Exclude<Persona, 'revoked'>, Outcome>> = {
  public: { anonymous: 'allow', viewer: 'allow', moderator: 'allow', otherCoordinator: 'allow', coordinator: 'allow', admin: 'allow' },
  signOn: { anonymous: 'allow', viewer: 'forbidden', moderator: 'allow', otherCoordinator: 'hidden', coordinator: 'allow', admin: 'allow' },
  signedIn: { anonymous: 'signIn', viewer: 'allow', moderator: 'allow', otherCoordinator: 'allow', coordinator: 'allow', admin: 'allow' },
  'instance.admin': { anonymous: 'signIn', viewer: 'forbidden', moderator: 'forbidden', otherCoordinator: 'forbidden', coordinator: 'forbidden', admin: 'allow' },
  'statement.create': { anonymous: 'signIn', viewer: 'forbidden', moderator: 'forbidden', otherCoordinator: 'forbidden', coordinator: 'forbidden', admin: 'allow' },
  'statement.read': { anonymous: 'signIn', viewer: 'allow', moderator: 'allow', otherCoordinator: 'hidden', coordinator: 'allow', admin: 'allow' },
  'statement.moderate': { anonymous: 'signIn', viewer: 'forbidden', moderator: 'allow', otherCoordinator: 'hidden', coordinator: 'allow', admin: 'allow' },
  'statement.coordinate': { anonymous: 'signIn', viewer: 'forbidden', moderator: 'forbidden', otherCoordinator: 'hidden', coordinator: 'allow', admin: 'allow' },
};

const expected = (rule: RouteRule, persona: Persona, isApi: boolean): Outcome => {
  if (persona === 'revoked') return isApi ? 'signIn' : expected(rule, 'anonymous', false);
  if (rule.need === 'statement.contacts') throw new Error('no route needs statement.contacts directly');
  return MATRIX[rule.need][persona];
};

const CSRF = 'c'.repeat(43);

for (const dialect of DIALECTS) {
  describe(`the role × route matrix on ${dialect}`, { skip: unavailable(dialect) ?? false }, () => {
    let t: TestApp;
    let adminToken: string;
    const tokens = new Map<Persona, string>();
    const people = new Map<Persona, string>();
    let signatureB: string;

    const person = async (email: string, roles: [string, StatementRole][]) => {
      const c = await ensureCoordinator(t.deps.db, { email, now: new Date(), role: 'member' });
      for (const [slug, role] of roles) {
        const s = await t.deps.db.selectFrom('statements').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
        await grantStatementRole(t.deps.db, { statementId: s.id, coordinatorId: c.id, role, by: 'test', now: new Date() });
      }
      return c.id;
    };
    const statementId = async (slug: string) => (await t.deps.db.selectFrom('statements').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;
    const newSignature = async (slug = 'stmt-a') => {
      const r = await api(t, 'POST', `/api/v1/statements/${slug}/signatures`, { token: adminToken, body: { name: `Org ${newId()}`, country: 'FR', contact_name: 'Ana', contact_email: 'ana@example.org' } });
      assert.equal(r.status, 201, r.text);
      return r.json.id as string;
    };

    before(async () => {
      t = await createTestApp(dialect);
      adminToken = await coordinatorToken(t, 'admin@team.test');
      await openStatement(t, adminToken, 'stmt-a');
      await openStatement(t, adminToken, 'stmt-b');
      signatureB = await newSignature('stmt-b');
      people.set('admin', (await ensureCoordinator(t.deps.db, { email: 'admin@team.test', now: new Date() })).id);
      people.set('viewer', await person('viewer@team.test', [['stmt-a', 'viewer']]));
      people.set('moderator', await person('moderator@team.test', [['stmt-a', 'moderator']]));
      people.set('coordinator', await person('coordinator@team.test', [['stmt-a', 'coordinator']]));
      people.set('otherCoordinator', await person('other@team.test', [['stmt-b', 'coordinator']]));
      people.set('revoked', await person('removed@team.test', [['stmt-a', 'coordinator']]));
      for (const p of PERSONAS) if (people.has(p)) tokens.set(p, await createApiToken(t.deps.db, { coordinatorId: people.get(p)!, now: new Date() }));
      const published = await api(t, 'POST', '/api/v1/statements/stmt-a/editions', { token: adminToken, body: {} });
      assert.equal(published.status, 201, published.text);
      await newSignature();
      await t.deps.mailer.queue(t.deps.db, { to: 'someone@example.org', subject: 'A message', text: 'Hello', now: new Date() });
    });
    after(() => t?.close());

    const webCookie = async (p: Persona): Promise<string> => {
      const base = `usg_csrf=${CSRF}`;
      if (p === 'anonymous') return base;
      const who = p === 'revoked' ? await person(`gone-${newId()}@team.test`.toLowerCase(), [['stmt-a', 'coordinator']]) : people.get(p)!;
      const { secret } = await createSession(t.deps.db, { coordinatorId: who, now: new Date() });
      if (p === 'revoked') await removeCoordinator(t.deps.db, { coordinatorId: who, by: people.get('admin')!, now: new Date() });
      return `${base}; usg_session=${secret}`;
    };

    /** Values for a route's :params: fresh things where a call may use them up. */
    const fill = async (pattern: string, p: Persona): Promise<string> => {
      let path = pattern.replace(/\*$/, 'nothing-here');
      if (/\/(signatures)\/:id/.test(path)) path = path.replace(':id', await newSignature());
      if (/\/duplicates\/:id/.test(path)) {
        const [a, b] = [await newSignature(), await newSignature()];
        const flagged = await t.deps.db.selectFrom('duplicate_flags').select('id').where('signature_a', 'in', [a, b]).where('signature_b', 'in', [a, b]).executeTakeFirst();
        const id = flagged?.id ?? newId();
        if (!flagged) await t.deps.db
          .insertInto('duplicate_flags')
          .values({ id, statement_id: await statementId('stmt-a'), signature_a: a, signature_b: b, score: 0.9, level: 'likely', reason: 'test', status: 'open', created_at: new Date().toISOString(), resolved_by: null, resolved_at: null })
          .execute();
        path = path.replace(':id', id);
      }
      if (/\/imports?\/:id/.test(path)) {
        const r = await api(t, 'POST', '/api/v1/statements/stmt-a/imports', { token: adminToken, body: { text: `Fresh Org ${newId()}, France\nOther Org ${newId()}, Spain` } });
        assert.equal(r.status, 201, r.text);
        path = path.replace(':id', r.json.id);
      }
      if (/\/team\/:id/.test(path) || /\/people\/:id/.test(path)) path = path.replace(':id', await person(`spare-${newId()}@team.test`.toLowerCase(), [['stmt-a', 'viewer']]));
      if (/\/tokens\/:id/.test(path)) {
        const owner = people.get(p === 'anonymous' ? 'admin' : p)!;
        path = path.replace(':id', (await issueApiToken(t.deps.db, { coordinatorId: owner, now: new Date() })).id);
      }
      if (/\/(messages|outbox)\/:id/.test(path)) {
        const m = await t.deps.db.selectFrom('messages').select('id').executeTakeFirst();
        path = path.replace(':id', m?.id ?? 'none');
      }
      return path
        .replace(':slug', 'stmt-a')
        .replace(':number', '1')
        .replace(':language', 'fr')
        .replace(':token', 'x'.repeat(30))
        .replace(/:file\{statement[^}]*\}\}?/, 'statement.docx')
        .replace(/:file\{signatories[^}]*\}\}?/, 'signatories.json')
        .replace(/:file\{export[^}]*\}\}?/, 'export.docx');
    };

    const outcomeOf = (isApi: boolean, res: { status: number; location: string | null; text: string }): Outcome => {
      if (isApi ? res.status === 401 : res.status === 303 && (res.location ?? '').startsWith('/sign-in')) return 'signIn';
      if (res.status === 403) return 'forbidden';
      if (res.status === 404) return 'hidden';
      return 'allow';
    };

    it('has exactly one rule for every route the app registers, and no rule for a route that does not exist', () => {
      const keys = t.app.routes.map((r) => `${r.method} ${r.path}`);
      const missing = [...new Set(keys)].filter((k) => !(k in ROUTE_PERMISSIONS));
      assert.deepEqual(missing, [], `routes without an entry in ROUTE_PERMISSIONS: ${missing.join(', ')}`);
      const stale = Object.keys(ROUTE_PERMISSIONS).filter((k) => !keys.includes(k));
      assert.deepEqual(stale, [], `entries for routes that do not exist: ${stale.join(', ')}`);
    });

    it('answers every route as the matrix says for every kind of caller', async () => {
      const wrong: string[] = [];
      const routes = [...new Map(t.app.routes.map((r) => [`${r.method} ${r.path}`, r])).values()];
      for (const route of routes) {
        const rule = ROUTE_PERMISSIONS[`${route.method} ${route.path}`];
        if (rule === MIDDLEWARE || !rule) continue;
        const method = route.method === 'ALL' ? 'GET' : route.method;
        const isApi = route.path.startsWith('/api/');
        for (const p of PERSONAS) {
          const path = await fill(route.path, p);
          const headers: Record<string, string> = {};
          let body: string | undefined;
          if (isApi) {
            const token = p === 'revoked' ? await revokedToken() : tokens.get(p);
            if (token && p !== 'anonymous') headers.authorization = `Bearer ${token}`;
            if (method !== 'GET') {
              headers['content-type'] = 'application/json';
              body = '{not json';
            }
          } else {
            headers.cookie = await webCookie(p);
            if (method !== 'GET') {
              headers['content-type'] = 'application/x-www-form-urlencoded';
              body = `_csrf=${CSRF}`;
            }
          }
          const res = await t.app.request(path, { method, headers, body });
          const got = outcomeOf(isApi, { status: res.status, location: res.headers.get('location'), text: await res.text() });
          const want = expected(rule, p, isApi);
          // Public routes take secrets or ids that these calls make up: "not found" is their answer, not a refusal.
          if (want === 'allow' && got === 'hidden' && (rule.need === 'public' || rule.need === 'signOn')) continue;
          // Nor for a route whose own id or handle is made up: the caller may, and there is no such thing.
          if (want === 'allow' && got === 'hidden' && /\/:(?!slug\b)\w+/.test(route.path)) continue;
          // A public step that needs a link first (the second factor at sign-in) sends the caller to sign in.
          if (want === 'allow' && got === 'signIn' && rule.need === 'public' && route.path.startsWith('/sign-in/')) continue;
          if (got !== want) wrong.push(`${route.method} ${route.path} as ${p}: wanted ${want}, got ${got} (${res.status})`);
        }
      }
      assert.deepEqual(wrong, []);
    });

    // A removed coordinator with a token, made fresh for each call (removal ends it at once).
    const revokedToken = async () => {
      const id = await person(`gone-${newId()}@team.test`.toLowerCase(), [['stmt-a', 'coordinator']]);
      const token = await createApiToken(t.deps.db, { coordinatorId: id, now: new Date() });
      assert.equal((await api(t, 'GET', '/api/v1/statements/stmt-a/signatures', { token })).status, 200);
      await removeCoordinator(t.deps.db, { coordinatorId: id, by: people.get('admin')!, now: new Date() });
      return token;
    };

    it('keeps a moderator of A out of B: no reading, moderating or exporting', async () => {
      const token = tokens.get('moderator')!;
      assert.equal((await api(t, 'GET', '/api/v1/statements/stmt-b/signatures', { token })).status, 404);
      assert.equal((await api(t, 'POST', `/api/v1/signatures/${signatureB}/approve`, { token })).status, 404);
      assert.equal((await api(t, 'GET', '/api/v1/statements/stmt-b/export?format=csv&full=true', { token })).status, 404);
      const list = await api(t, 'GET', '/api/v1/statements', { token });
      assert.deepEqual(list.json.statements.map((s: { slug: string }) => s.slug), ['stmt-a']);
    });

    it('lets a viewer read but not approve, and shows contacts only when the coordinator allows it', async () => {
      const token = tokens.get('viewer')!;
      const id = await newSignature();
      const refused = await api(t, 'POST', `/api/v1/signatures/${id}/approve`, { token });
      assert.equal(refused.status, 403);
      assert.equal(refused.json.error.code, 'forbidden');
      const listed = await api(t, 'GET', '/api/v1/statements/stmt-a/signatures', { token });
      assert.equal(listed.status, 200);
      assert.ok(listed.json.signatures.length > 0);
      assert.ok(listed.json.signatures.every((s: { contact?: unknown }) => !s.contact), 'no contacts for a viewer');
      assert.equal((await api(t, 'GET', '/api/v1/statements/stmt-a/export?format=csv&full=true', { token })).status, 403);
      const allowed = await api(t, 'PATCH', '/api/v1/statements/stmt-a/settings', { token: tokens.get('coordinator')!, body: { viewers_see_contacts: true } });
      assert.equal(allowed.status, 200, allowed.text);
      const again = await api(t, 'GET', '/api/v1/statements/stmt-a/signatures', { token });
      assert.ok(again.json.signatures.some((s: { contact?: { email: string } }) => s.contact?.email === 'ana@example.org'));
      assert.equal((await api(t, 'GET', '/api/v1/statements/stmt-a/export?format=csv&full=true', { token })).status, 200);
      await api(t, 'PATCH', '/api/v1/statements/stmt-a/settings', { token: tokens.get('coordinator')!, body: { viewers_see_contacts: false } });
    });

    it("ends a removed person's session and tokens at once", async () => {
      const id = await person('leaving@team.test', [['stmt-a', 'moderator']]);
      const token = await createApiToken(t.deps.db, { coordinatorId: id, now: new Date() });
      const { secret } = await createSession(t.deps.db, { coordinatorId: id, now: new Date() });
      const page = () => t.app.request('/coordinator/statements/stmt-a', { headers: { cookie: `usg_session=${secret}` } });
      assert.equal((await page()).status, 200);
      assert.equal((await api(t, 'GET', '/api/v1/statements/stmt-a/signatures', { token })).status, 200);
      const removed = await api(t, 'DELETE', `/api/v1/people/${id}`, { token: adminToken });
      assert.equal(removed.status, 204, removed.text);
      assert.equal((await api(t, 'GET', '/api/v1/statements/stmt-a/signatures', { token })).status, 401);
      const after = await page();
      assert.equal(after.status, 303);
      assert.match(after.headers.get('location') ?? '', /^\/sign-in/);
    });
  });
}
