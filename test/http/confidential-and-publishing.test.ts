import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DIALECTS, unavailable } from '../support/databases.ts';
import { api, confirmationPath, coordinatorToken, createTestApp, openStatement, sampleStatement, type TestApp } from '../support/app.ts';
import { coordinatorBrowser, FormClient } from '../support/browser-form.ts';

for (const dialect of DIALECTS) {
  describe(`confidential signatories, the draft preview and publishing on ${dialect}`, { skip: unavailable(dialect) ?? false }, () => {
    let t: TestApp;
    let token: string;
    before(async () => {
      t = await createTestApp(dialect);
      token = await coordinatorToken(t);
      await openStatement(t, token, 'porto-2019');
    });
    after(() => t.close());

    test('a signatory chooses on the sign form to be counted but not named', async () => {
      const b = new FormClient(t);
      await b.get('/statements/porto-2019/sign');
      const form = await b.get('/statements/porto-2019/sign');
      assert.match(form.html, /name="confidential"/);
      const posted = await b.post('/statements/porto-2019/sign', {
        name: 'Association at risk',
        country: 'international',
        contact_name: 'X',
        contact_email: 'x@risk.example.org',
        confidential: 'on',
        authorised: 'yes',
      });
      assert.equal(posted.status, 303, posted.html);
      assert.equal((await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { body: { name: 'Named network', country: 'KE', contact_name: 'Y', contact_email: 'y@named.example.org', confidential: false } })).status, 202);
      for (const email of ['x@risk.example.org', 'y@named.example.org']) {
        const path = await confirmationPath(t, token, email);
        const c = new FormClient(t);
        await c.get(path);
        await c.post(path, {});
      }
      const queue = (await api(t, 'GET', '/api/v1/statements/porto-2019/signatures?status=confirmed', { token })).json.signatures;
      const risk = queue.find((s: { name: string }) => s.name === 'Association at risk');
      assert.deepEqual([risk.confidential, risk.country], [true, null]);
      for (const s of queue) await api(t, 'POST', `/api/v1/signatures/${s.id}/approve`, { token });
      const pub = (await api(t, 'GET', '/api/v1/statements/porto-2019')).json;
      assert.deepEqual(pub.signatories.map((e: { name: string }) => e.name), ['Named network']);
      assert.deepEqual([pub.count, pub.confidential_count], [2, 1]);
      const page = await (await t.app.request('/statements/porto-2019')).text();
      assert.match(page, /and 1 organisation that cannot be named for its safety/);
      assert.doesNotMatch(page, /Association at risk/);
    });

    test('the draft preview says it is a draft; the public page does not', async () => {
      assert.equal((await api(t, 'POST', '/api/v1/statements', { token, body: sampleStatement('in-draft') })).status, 201);
      const b = await coordinatorBrowser(t);
      const draft = await b.get('/statements/in-draft');
      assert.equal(draft.status, 200);
      assert.match(draft.html, /id="draft-banner"[^>]*><strong>Draft — not public\.<\/strong>/);
      assert.doesNotMatch((await b.get('/statements/porto-2019')).html, /draft-banner/);
    });

    test('publishing asks for confirmation, showing the count and the text version it freezes', async () => {
      const b = await coordinatorBrowser(t);
      const page = await b.get('/coordinator/statements/porto-2019');
      assert.match(page.html, /edition 1 freezes the text \(version 1\) and the list of 2 organisations/);
      const unconfirmed = await b.post('/coordinator/statements/porto-2019/editions', { when: 'now' });
      assert.equal(unconfirmed.status, 303);
      assert.match(unconfirmed.location ?? '', /done=confirm-publish/);
      assert.equal((await api(t, 'GET', '/api/v1/statements/porto-2019/editions')).json.editions.length, 0, 'nothing published');
      const notice = await b.get(unconfirmed.location!);
      assert.match(notice.html, /Nothing was published/);
      const confirmed = await b.post('/coordinator/statements/porto-2019/editions', { when: 'now', confirm: 'yes' });
      assert.match(confirmed.location ?? '', /done=published/);
      assert.equal((await api(t, 'GET', '/api/v1/statements/porto-2019/editions')).json.editions.length, 1);
    });
  });
}
