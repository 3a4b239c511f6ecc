import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createOneTimeLink } from '../../src/accounts/one-time-links.ts';
import { DIALECTS, unavailable } from '../support/databases.ts';
import { api, coordinatorToken, createTestApp, openStatement, type TestApp } from '../support/app.ts';
import { FormClient } from '../support/browser-form.ts';

for (const dialect of DIALECTS) {
  describe(`pages and forms on ${dialect}`, { skip: unavailable(dialect) ?? false }, () => {
    let t: TestApp;
    let token: string;
    before(async () => {
      t = await createTestApp(dialect);
      token = await coordinatorToken(t);
      await openStatement(t, token);
    });
    after(() => t.close());

    test('the sign form works without JavaScript, shows errors by the field and keeps what was typed', async () => {
      const b = new FormClient(t);
      const form = await b.get('/statements/porto-2019/sign');
      assert.equal(form.status, 200);
      assert.match(form.html, /<option value="ML">Mali<\/option>/);
      assert.match(form.html, /name="_csrf" value="[\w-]{43}"/);
      const bad = await b.post('/statements/porto-2019/sign', { name: 'Réseau Ouest-Africain « Drogues » & Santé', country: '', contact_name: 'Awa', contact_email: 'awa@' });
      assert.equal(bad.status, 422);
      assert.match(bad.html, /id="f-country-error">Country is required\./);
      assert.match(bad.html, /id="f-contact_email-error">Contact email is not a valid email address\./);
      assert.match(bad.html, /id="f-authorised-error">/);
      assert.match(bad.html, /value="Réseau Ouest-Africain « Drogues » &amp; Santé"/);
      const count = await t.deps.db.selectFrom('signatures').select('id').execute();
      assert.equal(count.length, 0);

      const ok = await b.post('/statements/porto-2019/sign', {
        name: 'Réseau Ouest-Africain « Drogues » & Santé',
        country: 'ML',
        contact_name: 'Awa',
        contact_email: 'awa@rows.example',
        authorised: 'yes',
      });
      assert.equal(ok.status, 303);
      assert.equal(ok.location, '/statements/porto-2019/signed');
      assert.match((await b.get(ok.location!)).html, /Check your email/);
    });

    test('a form posted without the CSRF token is refused and stores nothing', async () => {
      const b = new FormClient(t);
      await b.get('/statements/porto-2019/sign');
      const r = await b.post('/statements/porto-2019/sign', { name: 'Forged', country: 'FR', contact_name: 'x', contact_email: 'x@forged.example', authorised: 'yes' }, { withCsrf: false });
      assert.equal(r.status, 403);
      const rows = await t.deps.db.selectFrom('signatures').select('id').where('name', '=', 'Forged').execute();
      assert.equal(rows.length, 0);
      const other = new FormClient(t);
      const r2 = await other.post('/coordinator/statements', { _csrf: 'a'.repeat(43) }, { withCsrf: false });
      assert.equal(r2.status, 403);
    });

    test('the coordinator area needs sign-in; a one-time link signs in once', async () => {
      const b = new FormClient(t);
      const anon = await b.get('/coordinator');
      assert.equal(anon.status, 303);
      const coordinator = await t.deps.db.selectFrom('coordinators').select('id').executeTakeFirstOrThrow();
      const link = await createOneTimeLink(t.deps.db, { purpose: 'sign-in', coordinatorId: coordinator.id, now: t.deps.clock() });
      const page = await b.get(`/sign-in/link/${link}`);
      assert.equal(page.status, 200, 'opening the link signs nobody in by itself');
      assert.equal((await b.get('/coordinator')).status, 303);
      const signIn = await b.post(`/sign-in/link/${link}`, {});
      assert.equal(signIn.status, 303);
      const area = await b.get('/coordinator/statements/porto-2019');
      assert.equal(area.status, 200);
      assert.match(area.html, /Moderation queue/);
      assert.equal((await new FormClient(t).post(`/sign-in/link/${link}`, {})).status, 403, 'no CSRF cookie in a fresh client');
      const reuse = new FormClient(t);
      await reuse.get('/sign-in');
      assert.equal((await reuse.post(`/sign-in/link/${link}`, {})).status, 404, 'a used link does not work again');
    });

    test('moderation works from the HTML form, in bulk', async () => {
      const b = new FormClient(t);
      for (const [name, email] of [['Bulk One', 'one@bulk.example'], ['Bulk Two', 'two@bulk.example']]) {
        await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { body: { name, country: 'KZ', contact_name: 'N', contact_email: email } });
        await t.runJobs();
        const { json } = await api(t, 'GET', '/api/v1/outbox', { token });
        const link = /\/confirm\/[\w-]+/.exec(json.messages.find((m: { to: string }) => m.to === email).text)![0];
        await b.get(link);
        await b.post(link, {});
      }
      const coordinator = await t.deps.db.selectFrom('coordinators').select('id').executeTakeFirstOrThrow();
      const link = await createOneTimeLink(t.deps.db, { purpose: 'sign-in', coordinatorId: coordinator.id, now: t.deps.clock() });
      await b.get(`/sign-in/link/${link}`);
      await b.post(`/sign-in/link/${link}`, {});
      const queue = await api(t, 'GET', '/api/v1/statements/porto-2019/signatures?status=confirmed', { token });
      const ids = queue.json.signatures.filter((s: { name: string }) => s.name.startsWith('Bulk')).map((s: { id: string }) => s.id);
      assert.equal(ids.length, 2);
      const before = (await api(t, 'GET', '/api/v1/statements/porto-2019')).json.count;
      const r = await b.post('/coordinator/statements/porto-2019/moderate', { decision: 'approve', ids });
      assert.equal(r.status, 303);
      const pub = await api(t, 'GET', '/api/v1/statements/porto-2019');
      assert.equal(pub.json.count, before + 2);
    });

    test('security headers, health check and limits', async () => {
      const res = await t.app.request('/statements/porto-2019');
      assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'/);
      assert.doesNotMatch(res.headers.get('content-security-policy') ?? '', /unsafe-inline/);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
      const health = await t.app.request('/healthz');
      assert.equal(health.status, 200);
      assert.deepEqual(await health.json(), { status: 'ok', database: dialect });
      const missing = await t.app.request('/statements/does-not-exist');
      assert.equal(missing.status, 404);
    });
  });
}

describe('rate limit on sign-ons', () => {
  test('a client sending too many sign-ons in a minute gets the usual answer, and the extra ones are held', async () => {
    const t = await createTestApp('sqlite', { signOnRateLimit: 3 });
    try {
      const token = await coordinatorToken(t);
      await openStatement(t, token);
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const r = await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { body: { name: `Org ${i}`, country: 'FR', contact_name: 'x', contact_email: `x${i}@example.org` } });
        statuses.push(r.status);
      }
      assert.deepEqual(statuses, [202, 202, 202, 202, 202], 'no tell');
      const held = await t.deps.db.selectFrom('signatures').select('name').where('state', '=', 'held').execute();
      assert.deepEqual(held.map((r) => r.name).sort(), ['Org 3', 'Org 4']);
      const byCoordinator = await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { token, body: { name: 'Added by coordinator' } });
      assert.equal(byCoordinator.status, 201, 'coordinators are not rate-limited');
    } finally {
      await t.close();
    }
  });
});
