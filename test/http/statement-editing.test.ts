import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { listOutbox } from '../../src/mail/mailer.ts';
import { DIALECTS, unavailable } from '../support/databases.ts';
import { api, confirmationPath, coordinatorToken, createTestApp, openStatement, type TestApp } from '../support/app.ts';
import { coordinatorBrowser, FormClient } from '../support/browser-form.ts';

const signOn = (n: number, over: Record<string, unknown> = {}) => ({
  name: `Harm Reduction Network ${n}`,
  country: 'KE',
  contact_name: `Contact ${n}`,
  contact_email: `contact${n}@hrn${n}.example.org`,
  ...over,
});

const noticesTo = async (t: TestApp, token: string) => {
  await t.runJobs();
  const { json } = await api(t, 'GET', '/api/v1/outbox', { token });
  return (json.messages as { to: string; subject: string; text: string }[]).filter((m) => m.subject.startsWith('The statement you signed has changed'));
};

for (const dialect of DIALECTS) {
  describe(`editing a statement on ${dialect}`, { skip: unavailable(dialect) ?? false }, () => {
    let t: TestApp;
    let token: string;
    before(async () => {
      t = await createTestApp(dialect);
      token = await coordinatorToken(t);
      await openStatement(t, token);
      // Three signatories of version 1: approved, confirmed (awaiting review), and one added by the coordinator without a contact.
      for (const n of [1, 2]) {
        assert.equal((await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { body: signOn(n) })).status, 202);
        const path = await confirmationPath(t, token, signOn(n).contact_email);
        const b = new FormClient(t);
        await b.get(path);
        await b.post(path, {});
      }
      const confirmed = await api(t, 'GET', '/api/v1/statements/porto-2019/signatures?status=confirmed', { token });
      const first = confirmed.json.signatures.find((s: { name: string }) => s.name === signOn(1).name);
      assert.equal((await api(t, 'POST', `/api/v1/signatures/${first.id}/approve`, { token })).status, 200);
      assert.equal((await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { token, body: { name: 'Convening Organisation', country: 'PT' } })).status, 201);
    });
    after(() => t.close());

    test('a minor correction is a new text version, only logged: no notice, signatures keep version 1', async () => {
      const res = await api(t, 'PATCH', '/api/v1/statements/porto-2019', {
        token,
        body: { body: 'We call on governments to act now.[^1]\n\n- Fund harm reduction\n- End compulsory detention\n\n[^1]: A source, 2018.' },
      });
      assert.equal(res.status, 200, res.text);
      assert.equal(res.json.text_version, 2);
      assert.equal(res.json.material, false);
      assert.equal(res.json.notices, 0);
      assert.equal((await noticesTo(t, token)).length, 0);
      const versions = await api(t, 'GET', '/api/v1/statements/porto-2019/versions', { token });
      assert.deepEqual(versions.json.versions.map((v: { version: number; material: boolean; signatures: number }) => [v.version, v.material, v.signatures]), [
        [1, false, 3],
        [2, false, 0],
      ]);
      const audit = await t.deps.db.selectFrom('audit_events').select('detail').where('action', '=', 'statement.edited').execute();
      assert.equal(audit.length, 1);
      assert.deepEqual(JSON.parse(audit[0]!.detail!).changed, ['body']);
    });

    test('a material change sends one notice per earlier signatory with a contact, in their language, with the difference', async () => {
      const res = await api(t, 'PATCH', '/api/v1/statements/porto-2019', {
        token,
        body: { body: 'We call on governments to act now.[^1]\n\n- Fund harm reduction\n- Decriminalise drug use\n\n[^1]: A source, 2018.', material: true },
      });
      assert.equal(res.status, 200, res.text);
      assert.equal(res.json.text_version, 3);
      assert.equal(res.json.material, true);
      assert.equal(res.json.notices, 2);
      const notices = await noticesTo(t, token);
      assert.deepEqual(notices.map((m) => m.to).sort(), [signOn(1).contact_email, signOn(2).contact_email]);
      for (const m of notices) {
        assert.match(m.text, /^- - End compulsory detention$/m);
        assert.match(m.text, /^\+ - Decriminalise drug use$/m);
        assert.match(m.text, /http:\/\/undersigned\.test\//);
      }
      const kinds = (await listOutbox(t.deps.db)).filter((m) => m.subject.startsWith('The statement you signed')).map((m) => m.kind);
      assert.ok(kinds.length > 0 && kinds.every((k) => k === 'notice'));

      // Earlier signatures stay on version 1; a new one is on version 3.
      assert.equal((await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { body: signOn(3) })).status, 202);
      const rows = await t.deps.db.selectFrom('signatures').select(['name', 'text_version']).orderBy('name').execute();
      assert.deepEqual(
        rows.map((r) => [r.name, Number(r.text_version)]),
        [['Convening Organisation', 1], [signOn(1).name, 1], [signOn(2).name, 1], [signOn(3).name, 3]],
      );
      const versions = await api(t, 'GET', '/api/v1/statements/porto-2019/versions', { token });
      assert.deepEqual(versions.json.versions.map((v: { version: number; material: boolean; signatures: number }) => [v.version, v.material, v.signatures]), [
        [1, false, 3],
        [2, false, 0],
        [3, true, 1],
      ]);
      // A material change after that tells the signatory of version 3 too, and again those of version 1.
      const again = await api(t, 'PATCH', '/api/v1/statements/porto-2019', { token, body: { title: 'A changed title', material: true } });
      assert.equal(again.json.notices, 3);
    });

    test('headline, place and date and the sign-on window; a window in the wrong order is refused', async () => {
      const bad = await api(t, 'PATCH', '/api/v1/statements/porto-2019', { token, body: { opens_at: '2026-05-02T00:00:00Z', closes_at: '2026-05-01T00:00:00Z' } });
      assert.equal(bad.status, 422);
      assert.ok(bad.json.error.fields.closes_at);
      const res = await api(t, 'PATCH', '/api/v1/statements/porto-2019', {
        token,
        body: { headline: '{count} NGOs call for change', headline_rounding: 100, place_and_date: 'Porto, 28 April 2019', closes_at: '2026-04-28T10:00:00Z' },
      });
      assert.equal(res.status, 200, res.text);
      assert.equal(res.json.closes_at, '2026-04-28T10:00:00.000Z');
      const pub = await api(t, 'GET', '/api/v1/statements/porto-2019');
      assert.equal(pub.json.place_and_date, 'Porto, 28 April 2019');
      assert.match(pub.json.headline, /NGOs call for change/);
      t.setNow(new Date('2026-04-28T10:00:00Z'));
      const late = await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { body: signOn(9) });
      assert.equal(late.status, 409);
      assert.equal(late.json.error.code, 'statement_not_open');
      t.setNow(new Date('2026-04-28T09:00:00Z'));
      assert.equal((await api(t, 'PATCH', '/api/v1/statements/porto-2019', { token, body: { closes_at: null } })).status, 200);
      assert.equal((await api(t, 'PATCH', '/api/v1/statements/porto-2019', { body: { title: 'x' } })).status, 401);
    });

    test('the coordinator edits through the web form, window in UTC, and sees the versions', async () => {
      const b = await coordinatorBrowser(t);
      const page = await b.get('/coordinator/statements/porto-2019/edit');
      assert.equal(page.status, 200);
      assert.match(page.html, /name="opens_at"/);
      assert.match(page.html, /Version 3, .*\(material change\): 1 signature/);
      const statement = (await api(t, 'GET', '/api/v1/statements', { token })).json.statements[0];
      const res = await b.post('/coordinator/statements/porto-2019/edit', {
        title: statement.title,
        headline: '{count} NGOs call for change',
        headline_rounding: '',
        place_and_date: 'Porto, 29 April 2019',
        body: 'A short body.',
        opens_at: '2026-04-01T08:30',
        closes_at: '',
      });
      assert.equal(res.status, 303, res.html);
      const after = (await api(t, 'GET', '/api/v1/statements', { token })).json.statements[0];
      assert.equal(after.opens_at, '2026-04-01T08:30:00.000Z');
      assert.equal((await noticesTo(t, token)).length, 5, 'a minor change through the form sends nothing more');
      const invalid = await b.post('/coordinator/statements/porto-2019/edit', { title: '', body: 'x' });
      assert.equal(invalid.status, 422);
    });
  });
}
