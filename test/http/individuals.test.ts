import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DIALECTS, unavailable } from '../support/databases.ts';
import { api, confirmationPath, coordinatorToken, createTestApp, openStatement, type TestApp } from '../support/app.ts';
import { FormClient } from '../support/browser-form.ts';
import { pdfText } from '../support/pdf.ts';

const individual = { kind: 'individual', name: 'Dr Nomvula Dlamini', affiliation: 'Researcher, University of Cape Town', contact_email: 'n.dlamini@uct.example.org' };

async function confirmAndApprove(t: TestApp, token: string, email: string) {
  const path = await confirmationPath(t, token, email);
  const b = new FormClient(t);
  await b.get(path);
  await b.post(path, {});
  const [s] = (await api(t, 'GET', '/api/v1/statements/porto-2019/signatures?status=confirmed', { token })).json.signatures;
  assert.equal((await api(t, 'POST', `/api/v1/signatures/${s.id}/approve`, { token })).status, 200);
}

for (const dialect of DIALECTS) {
  describe(`individual signatures on ${dialect}`, { skip: unavailable(dialect) ?? false }, () => {
    let t: TestApp;
    let token: string;
    before(async () => {
      t = await createTestApp(dialect);
      token = await coordinatorToken(t);
      await openStatement(t, token, 'porto-2019');
      await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { token, body: { name: 'Convening Organisation', country: 'PT' } });
    });
    after(() => t.close());

    test('only where the statement allows them', async () => {
      const refused = await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { body: individual });
      assert.equal(refused.status, 422, refused.text);
      assert.doesNotMatch((await (await t.app.request('/statements/porto-2019')).text()), /sign as an individual/);
      const res = await api(t, 'PATCH', '/api/v1/statements/porto-2019', { token, body: { allow_individuals: true } });
      assert.equal(res.json.allow_individuals, true);
      assert.equal(res.json.text_version, 1, 'not a change of the text');
    });

    test('an individual signs with name and affiliation, is listed and counted apart, and appears after the organisations in the PDF', async () => {
      const signed = await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { body: individual });
      assert.equal(signed.status, 202, signed.text);
      await confirmAndApprove(t, token, individual.contact_email);
      const pub = (await api(t, 'GET', '/api/v1/statements/porto-2019')).json;
      assert.equal(pub.count, 1, 'organisations only');
      assert.deepEqual(pub.signatories.map((e: { name: string }) => e.name), ['Convening Organisation']);
      assert.deepEqual(pub.individuals, [{ number: 1, name: 'Dr Nomvula Dlamini', affiliation: 'Researcher, University of Cape Town' }]);
      const page = await (await t.app.request('/statements/porto-2019')).text();
      assert.match(page, /<h2 id="individuals">Individual signatories<\/h2>/);
      assert.match(page, /or sign as an individual/);
      const registry = await t.deps.db.selectFrom('organisations').select('name').execute();
      assert.ok(!registry.some((r) => r.name === individual.name), 'an individual is not put in the organisation registry');

      // The PDF as it stands lists the individuals after the organisations, with their affiliation.
      const exported = await api(t, 'GET', '/api/v1/statements/porto-2019/export?format=pdf&full=true', { token });
      assert.equal(exported.status, 200);
      const res = await t.app.request('/api/v1/statements/porto-2019/export?format=pdf', { headers: { authorization: `Bearer ${token}` } });
      const text = pdfText(new Uint8Array(await res.arrayBuffer()));
      assert.ok(text.indexOf('Convening Organisation') >= 0 && text.indexOf('Dr Nomvula Dlamini') > text.indexOf('Convening Organisation'), text.slice(-400));
      assert.match(text.replace(/\s+/g, ' '), /Individual signatories/);
    });

    test('the separate web form, without the organisation fields', async () => {
      const b = new FormClient(t);
      const form = await b.get('/statements/porto-2019/sign?kind=individual');
      assert.match(form.html, /<h1>Sign as an individual<\/h1>/);
      assert.doesNotMatch(form.html, /name="country"/);
      const posted = await b.post('/statements/porto-2019/sign', { kind: 'individual', name: 'Jean Dupont', affiliation: '', contact_email: 'jean@example.org' });
      assert.equal(posted.status, 303, posted.html);
      const missing = await b.post('/statements/porto-2019/sign', { kind: 'individual', name: '', contact_email: 'x@example.org' });
      assert.equal(missing.status, 422);
      assert.match(missing.html, /Sign as an individual/);
      await t.runJobs();
      const row = await t.deps.db.selectFrom('signatures').select(['kind', 'country', 'affiliation']).where('name', '=', 'Jean Dupont').executeTakeFirstOrThrow();
      assert.deepEqual(row, { kind: 'individual', country: null, affiliation: null });
    });
  });
}
