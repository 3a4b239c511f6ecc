import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DIALECTS, unavailable } from '../support/databases.ts';
import { api, confirmationPath, coordinatorToken, createTestApp, openStatement, sampleStatement, type TestApp } from '../support/app.ts';

const signOn = (over: Record<string, unknown> = {}) => ({
  name: 'Asociación Costarricense para el Estudio e Intervención en Drogas',
  country: 'CR',
  type: 'ngo',
  website: 'acei.example.org',
  contact_name: 'María Pérez',
  contact_email: 'maria.perez@acei.example.org',
  ...over,
});

for (const dialect of DIALECTS) {
  describe(`sign-on flow on ${dialect}`, { skip: unavailable(dialect) ?? false }, () => {
    let t: TestApp;
    let token: string;
    before(async () => {
      t = await createTestApp(dialect);
      token = await coordinatorToken(t);
      await openStatement(t, token);
    });
    after(() => t.close());

    test('a statement is created as a draft, opened, and refuses illegal moves', async () => {
      const created = await api(t, 'POST', '/api/v1/statements', { token, body: sampleStatement('draft-one') });
      assert.equal(created.status, 201);
      assert.equal(created.json.status, 'draft');
      const close = await api(t, 'POST', '/api/v1/statements/draft-one/close', { token });
      assert.equal(close.status, 409);
      assert.equal(close.json.error.code, 'illegal_transition');
      assert.match(close.json.error.message, /it is draft/);
      const dup = await api(t, 'POST', '/api/v1/statements', { token, body: sampleStatement('draft-one') });
      assert.equal(dup.status, 409);
      assert.ok(dup.json.error.fields.slug);
      const hidden = await api(t, 'GET', '/api/v1/statements/draft-one');
      assert.equal(hidden.status, 404, 'drafts are not public');
    });

    test('sign, open the link (nothing happens), confirm twice (once), approve, appear publicly', async () => {
      const res = await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { body: signOn() });
      assert.equal(res.status, 202);
      const confirmPath = await confirmationPath(t, token, 'maria.perez@acei.example.org');

      const unconfirmed = await api(t, 'GET', '/api/v1/statements/porto-2019/signatures?status=unconfirmed', { token });
      assert.equal(unconfirmed.json.signatures.length, 1);
      const id = unconfirmed.json.signatures[0].id as string;

      // A mail scanner fetching the link changes nothing.
      const page = await t.app.request(confirmPath);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /Confirm the signature/);
      const still = await api(t, 'GET', '/api/v1/statements/porto-2019/signatures?status=unconfirmed', { token });
      assert.equal(still.json.signatures.length, 1);

      // An unconfirmed signature cannot be approved.
      const early = await api(t, 'POST', `/api/v1/signatures/${id}/approve`, { token });
      assert.equal(early.status, 409);

      const { FormClient } = await import('../support/browser-form.ts');
      const browser = new FormClient(t);
      await browser.get(confirmPath);
      const first = await browser.post(confirmPath, {});
      assert.equal(first.status, 200);
      assert.match(first.html, /your signature is confirmed/);
      const second = await browser.post(confirmPath, {});
      assert.equal(second.status, 200);
      const audit = await t.deps.db.selectFrom('audit_events').select('action').where('subject_id', '=', id).where('action', '=', 'signature.confirmed').execute();
      assert.equal(audit.length, 1, 'confirmed exactly once');

      const queue = await api(t, 'GET', '/api/v1/statements/porto-2019/signatures?status=confirmed', { token });
      assert.deepEqual(queue.json.signatures.map((s: { id: string }) => s.id), [id]);
      let pub = await api(t, 'GET', '/api/v1/statements/porto-2019');
      assert.equal(pub.json.count, 0, 'confirmed but not approved does not count');

      const approved = await api(t, 'POST', `/api/v1/signatures/${id}/approve`, { token });
      assert.equal(approved.status, 200);
      assert.equal(approved.json.status, 'approved');

      pub = await api(t, 'GET', '/api/v1/statements/porto-2019');
      assert.equal(pub.status, 200);
      assert.equal(pub.json.count, 1);
      assert.deepEqual(pub.json.signatories, [{ number: 1, name: signOn().name, country: 'CR', international: false }]);
      assert.equal(pub.json.headline, '1 NGOs call on world leaders to act');

      const html = await (await t.app.request('/statements/porto-2019')).text();
      assert.match(html, /Asociación Costarricense para el Estudio e Intervención en Drogas/);
      assert.match(html, /data-count="1"/);
      for (const body of [html, pub.text]) {
        assert.doesNotMatch(body, /maria\.perez/i);
        assert.doesNotMatch(body, /María Pérez/);
        assert.doesNotMatch(body, /acei\.example\.org"?\s*<\/?/); // website is not listed publicly either
      }
    });

    test('signing again with the same organisation and email re-sends and creates nothing', async () => {
      const input = signOn({ name: 'Harm Reduction International', country: 'GB', contact_email: 'focal@hri.example', contact_name: 'Focal Point' });
      const a = await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { body: input });
      await t.runJobs(); // the first confirmation goes out
      t.setNow(new Date('2026-04-28T10:00:00Z'));
      const b = await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { body: { ...input, name: 'harm reduction  international' } });
      assert.equal(a.status, 202);
      assert.equal(b.status, 202);
      assert.deepEqual(a.json, b.json, 'the response reveals nothing about an earlier signature');
      const rows = await t.deps.db.selectFrom('signatures').select('id').where('name', 'like', '%arm %eduction%nternational').execute();
      assert.equal(rows.length, 1);
      await t.runJobs();
      const mails = (await api(t, 'GET', '/api/v1/outbox', { token })).json.messages.filter((m: { to: string }) => m.to === 'focal@hri.example');
      assert.equal(mails.length, 2);
      // Only the newest link works.
      const older = /\/confirm\/[\w-]+/.exec(mails[1].text)![0];
      const newer = /\/confirm\/[\w-]+/.exec(mails[0].text)![0];
      assert.equal((await t.app.request(older)).status, 404);
      assert.equal((await t.app.request(newer)).status, 200);
    });

    test('names keep their punctuation and markup stays inert', async () => {
      const names = ['Médecins du Monde – France / “MdM”', 'Centre « Espoir » & Vie', '<script>alert("x")</script> Network'];
      for (const name of names) {
        const r = await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { token, body: { name, country: 'FR' } });
        assert.equal(r.status, 201, r.text);
        assert.equal(r.json.name, name);
      }
      const pub = await api(t, 'GET', '/api/v1/statements/porto-2019');
      for (const name of names) assert.ok(pub.json.signatories.some((s: { name: string }) => s.name === name), name);
      const html = await (await t.app.request('/statements/porto-2019')).text();
      assert.doesNotMatch(html, /<script>alert/);
      assert.match(html, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; Network/);
      assert.match(html, /Centre « Espoir » &amp; Vie/);
    });

    test('bad input gets field messages and stores nothing', async () => {
      const count = async () => Number((await t.deps.db.selectFrom('signatures').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
      const before = await count();
      const cases: [Record<string, unknown>, string][] = [
        [{ name: '' }, 'name'],
        [{ name: 'x'.repeat(301) }, 'name'],
        [{ contact_email: 'not-an-email' }, 'contact_email'],
        [{ country: 'XX' }, 'country'],
        [{ country: undefined }, 'country'],
        [{ name: 'Evil\u202Egro' }, 'name'],
        [{ name: 'Line\u0000break' }, 'name'],
        [{ contact_name: undefined }, 'contact_name'],
        [{ website: 'javascript:alert(1)' }, 'website'],
        [{ type: 'militia' }, 'type'],
      ];
      for (const [over, field] of cases) {
        const r = await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { body: signOn({ contact_email: 'x@bad.example', ...over }) });
        assert.equal(r.status, 422, `${JSON.stringify(over)} → ${r.status}`);
        assert.equal(r.json.error.code, 'validation_failed');
        assert.ok(r.json.error.fields[field], `${field} flagged for ${JSON.stringify(over)}: ${r.text}`);
      }
      const malformed = await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { rawBody: '{"name": "x",' });
      assert.equal(malformed.status, 400);
      assert.equal(malformed.json.error.code, 'malformed_request');
      const huge = await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { rawBody: JSON.stringify({ name: 'x'.repeat(2_000_000) }) });
      assert.equal(huge.status, 413);
      assert.equal(await count(), before);
      const badStatement = await api(t, 'POST', '/api/v1/statements', { token, body: { slug: 'Bad Slug!', title: '', language: 'not a tag', body: '' } });
      assert.equal(badStatement.status, 422);
      assert.deepEqual(Object.keys(badStatement.json.error.fields).sort(), ['body', 'language', 'slug', 'title']);
    });

    test('sign-ons to draft or closed statements are refused', async () => {
      await api(t, 'POST', '/api/v1/statements', { token, body: sampleStatement('not-yet') });
      const draft = await api(t, 'POST', '/api/v1/statements/not-yet/signatures', { body: signOn() });
      assert.equal(draft.status, 404, 'a draft is not public, not even its title');
      assert.doesNotMatch(draft.text, /health and rights crisis/);
      await api(t, 'POST', '/api/v1/statements/not-yet/open', { token });
      await api(t, 'POST', '/api/v1/statements/not-yet/close', { token });
      const closed = await api(t, 'POST', '/api/v1/statements/not-yet/signatures', { body: signOn() });
      assert.equal(closed.status, 409);
      assert.equal(closed.json.error.code, 'statement_not_open');
      const missing = await api(t, 'POST', '/api/v1/statements/nope/signatures', { body: signOn() });
      assert.equal(missing.status, 404);
    });

    test('coordinator endpoints need a valid token', async () => {
      assert.equal((await api(t, 'GET', '/api/v1/statements/porto-2019/signatures')).status, 401);
      assert.equal((await api(t, 'GET', '/api/v1/outbox')).status, 401);
      assert.equal((await api(t, 'POST', '/api/v1/statements', { body: sampleStatement('x') })).status, 401);
      const bad = await api(t, 'GET', '/api/v1/outbox', { token: 'usg_wrong' });
      assert.equal(bad.status, 401);
      assert.equal(bad.json.error.code, 'unauthorised');
    });

    test('rejecting an approved signatory takes it out of the count', async () => {
      const added = await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { token, body: { name: 'Temporary Org' } });
      const before = (await api(t, 'GET', '/api/v1/statements/porto-2019')).json.count;
      const r = await api(t, 'POST', `/api/v1/signatures/${added.json.id}/reject`, { token });
      assert.equal(r.status, 200);
      const after = await api(t, 'GET', '/api/v1/statements/porto-2019');
      assert.equal(after.json.count, before - 1);
      assert.ok(!after.json.signatories.some((s: { name: string }) => s.name === 'Temporary Org'));
    });
  });
}
