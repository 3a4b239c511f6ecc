import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DIALECTS, unavailable } from '../support/databases.ts';
import { api, coordinatorToken, createTestApp, openStatement, type TestApp } from '../support/app.ts';
import { FormClient } from '../support/browser-form.ts';

const org = (over: Record<string, unknown> = {}) => ({
  name: 'Rede Brasileira de Redução de Danos',
  country: 'BR',
  type: 'network',
  contact_name: 'Ana Souza',
  contact_email: 'ana@reduc.example.org',
  ...over,
});

// The test clock stands still, so messages are told apart by whether a test step has read them yet.
const read = new Set<string>();

/** The one message to an address not read yet, after the jobs that write it ran. */
async function lastMail(t: TestApp, token: string, to: string) {
  await t.runJobs();
  const { json } = await api(t, 'GET', '/api/v1/outbox', { token });
  const unread = (json.messages as { id: string; to: string; subject: string; text: string }[]).filter((m) => m.to === to && !read.has(m.id));
  assert.equal(unread.length, 1, `one new message to ${to}`);
  const msg = unread[0]!;
  read.add(msg.id);
  const link = (kind: string) => new RegExp(`http://undersigned\\.test(/${kind}/[A-Za-z0-9_-]+)`).exec(msg.text)?.[1] ?? null;
  return { ...msg, confirm: link('confirm'), manage: link('manage') };
}

async function bytes(t: TestApp, path: string): Promise<Buffer> {
  const res = await t.app.request(path);
  assert.equal(res.status, 200, path);
  return Buffer.from(await res.arrayBuffer());
}

async function signAndConfirm(t: TestApp, token: string, slug: string, body: Record<string, unknown>) {
  assert.equal((await api(t, 'POST', `/api/v1/statements/${slug}/signatures`, { body })).status, 202);
  const mail = await lastMail(t, token, body.contact_email as string);
  assert.ok(mail.confirm && mail.manage, 'the confirmation email carries the confirmation and the manage link');
  const b = new FormClient(t);
  await b.get(mail.confirm!);
  const posted = await b.post(mail.confirm!, {});
  assert.equal(posted.status, 200);
  const [s] = (await api(t, 'GET', `/api/v1/statements/${slug}/signatures?status=confirmed`, { token })).json.signatures.filter((x: { name: string }) => x.name === body.name);
  return { ...mail, id: s.id as string };
}

for (const dialect of DIALECTS) {
  describe(`the signatory's manage link on ${dialect}`, { skip: unavailable(dialect) ?? false }, () => {
    let t: TestApp;
    let token: string;
    let firstManage = '';
    before(async () => {
      t = await createTestApp(dialect);
      token = await coordinatorToken(t);
      await openStatement(t, token, 'porto-2019');
      await openStatement(t, token, 'other');
    });
    after(() => t.close());

    test('signing again once approved sends the manage link, not a second confirmation', async () => {
      const signed = await signAndConfirm(t, token, 'porto-2019', org());
      assert.equal((await api(t, 'POST', `/api/v1/signatures/${signed.id}/approve`, { token })).status, 200);
      assert.equal((await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { body: org({ country: 'PT' }) })).status, 202);
      const again = await lastMail(t, token, org().contact_email);
      assert.match(again.subject, /^Your signature: /);
      assert.equal(again.confirm, null, 'no confirmation link');
      assert.ok(again.manage);
      assert.match(again.text, /has already signed .* and is counted in the public list/);
      const page = await t.app.request(again.manage!);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /has signed and is counted in the public list/);
      // Both manage links (the confirmation's and this one) work.
      assert.equal((await api(t, 'GET', `/api/v1${signed.manage}`)).json.status, 'approved');
      assert.equal((await api(t, 'GET', `/api/v1${again.manage}`)).json.status, 'approved');
      firstManage = signed.manage!;
    });

    test('a correction of an approved signature waits for review; the published entry stays until approved', async () => {
      const mail = { manage: firstManage };
      const res = await api(t, 'PATCH', `/api/v1${mail.manage}`, { body: { country: 'PT', website: 'reduc.example.org' } });
      assert.equal(res.status, 200, res.text);
      assert.equal(res.json.awaiting_review, true);
      assert.equal(res.json.country, 'BR');
      let pub = (await api(t, 'GET', '/api/v1/statements/porto-2019')).json;
      assert.deepEqual(pub.signatories, [{ number: 1, name: org().name, country: 'BR', international: false }]);
      const [s] = (await api(t, 'GET', '/api/v1/statements/porto-2019/signatures?status=approved', { token })).json.signatures;
      assert.deepEqual(s.pending_correction, { name: org().name, country: 'PT', international: false, type: 'network', website: 'https://reduc.example.org' });
      const approved = await api(t, 'POST', `/api/v1/signatures/${s.id}/correction/approve`, { token });
      assert.equal(approved.status, 200, approved.text);
      assert.equal(approved.json.pending_correction, null);
      pub = (await api(t, 'GET', '/api/v1/statements/porto-2019')).json;
      assert.deepEqual(pub.signatories, [{ number: 1, name: org().name, country: 'PT', international: false }]);
      assert.equal((await api(t, 'POST', `/api/v1/signatures/${s.id}/correction/approve`, { token })).status, 409);
      // Choosing to be counted without the name applies at once.
      const hidden = await api(t, 'PATCH', `/api/v1${mail.manage}`, { body: { confidential: true } });
      assert.equal(hidden.json.awaiting_review, false);
      pub = (await api(t, 'GET', '/api/v1/statements/porto-2019')).json;
      assert.deepEqual([pub.signatories.length, pub.confidential_count, pub.count], [0, 1, 1]);
      await api(t, 'PATCH', `/api/v1${mail.manage}`, { body: { confidential: false } });
      assert.equal((await api(t, 'PATCH', `/api/v1${mail.manage}`, { body: { country: 'Atlantis' } })).status, 422);
    });

    test('withdrawal drops the signature from the live list and count at once; the edition published before serves the same files', async () => {
      const second = await signAndConfirm(t, token, 'porto-2019', org({ name: 'Coletivo Intercambiantes', contact_email: 'info@intercambiantes.example.org', country: 'BR' }));
      await api(t, 'POST', `/api/v1/signatures/${second.id}/approve`, { token });
      const published = await api(t, 'POST', '/api/v1/statements/porto-2019/editions', { token });
      assert.equal(published.status, 201, published.text);
      const pdf = await bytes(t, '/statements/porto-2019/editions/1/statement.pdf');
      const docx = await bytes(t, '/statements/porto-2019/editions/1/statement.docx');
      assert.equal((await api(t, 'GET', '/api/v1/statements/porto-2019/count')).json.count, 2);
      await t.app.request('/statements/porto-2019'); // warms the page caches

      const res = await api(t, 'POST', `/api/v1${second.manage}/withdraw`);
      assert.equal(res.status, 200, res.text);
      assert.equal(res.json.status, 'withdrawn');
      assert.equal((await api(t, 'GET', '/api/v1/statements/porto-2019/count')).json.count, 1);
      const pub = (await api(t, 'GET', '/api/v1/statements/porto-2019')).json;
      assert.ok(!pub.signatories.some((e: { name: string }) => e.name === 'Coletivo Intercambiantes'));
      assert.doesNotMatch(await (await t.app.request('/statements/porto-2019')).text(), /Coletivo Intercambiantes/);
      assert.ok((await bytes(t, '/statements/porto-2019/editions/1/statement.pdf')).equals(pdf), 'the edition PDF is byte for byte the same');
      assert.ok((await bytes(t, '/statements/porto-2019/editions/1/statement.docx')).equals(docx));
      assert.equal((await api(t, 'POST', `/api/v1${second.manage}/withdraw`)).status, 200, 'withdrawing twice is harmless');
      assert.equal((await api(t, 'PATCH', `/api/v1${second.manage}`, { body: { country: 'PT' } })).status, 409);

      // The used confirmation link of the withdrawn signature confirms nothing.
      const b = new FormClient(t);
      await b.get(second.confirm!);
      assert.equal((await b.post(second.confirm!, {})).status, 404);
      const row = await t.deps.db.selectFrom('signatures').select(['state', 'identity_key']).where('id', '=', second.id).executeTakeFirstOrThrow();
      assert.deepEqual(row, { state: 'withdrawn', identity_key: null });
      const audit = await t.deps.db.selectFrom('audit_events').select('actor').where('subject_id', '=', second.id).where('action', '=', 'signature.withdrawn').execute();
      assert.deepEqual(audit, [{ actor: 'public' }]);

      // The organisation may sign again later: a new signature with a fresh confirmation.
      assert.equal((await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { body: org({ name: 'Coletivo Intercambiantes', contact_email: 'info@intercambiantes.example.org' }) })).status, 202);
      const fresh = await lastMail(t, token, 'info@intercambiantes.example.org');
      assert.ok(fresh.confirm, 'a confirmation email again');
      assert.equal((await api(t, 'GET', '/api/v1/statements/porto-2019/signatures?status=unconfirmed', { token })).json.signatures.length, 1);
    });

    test("a manage link of one statement cannot change another; unknown links are 404", async () => {
      const body = org({ name: 'Instituto Ágora', contact_email: 'agora@example.org' });
      const a = await signAndConfirm(t, token, 'porto-2019', body);
      const b = await signAndConfirm(t, token, 'other', body);
      assert.notEqual(a.manage, b.manage);
      assert.equal((await api(t, 'POST', `/api/v1${a.manage}/withdraw`)).status, 200);
      const other = await t.deps.db.selectFrom('signatures').select('state').where('id', '=', b.id).executeTakeFirstOrThrow();
      assert.equal(other.state, 'confirmed', 'the other statement’s signature is untouched');
      assert.equal((await api(t, 'GET', `/api/v1${b.manage}`)).json.statement.slug, 'other');
      assert.equal((await api(t, 'POST', '/api/v1/manage/not-a-real-token-at-all-xxxxxxxx/withdraw')).status, 404);
      assert.equal((await t.app.request('/manage/not-a-real-token-at-all-xxxxxxxx')).status, 404);
    });

    test('the web page corrects and withdraws with CSRF-protected forms', async () => {
      const body = org({ name: 'Psicotropicus', contact_email: 'contato@psicotropicus.example.org' });
      const signed = await signAndConfirm(t, token, 'other', body);
      const anonymous = await t.app.request(signed.manage!, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'country=PT' });
      assert.equal(anonymous.status, 403, 'no CSRF token, no change');
      const b = new FormClient(t);
      const page = await b.get(signed.manage!);
      assert.match(page.html, /Correct the details/);
      const saved = await b.post(signed.manage!, { name: 'Psicotropicus', country: 'international', type: 'ngo', website: '' });
      assert.equal(saved.status, 200, saved.html);
      assert.match(saved.html, /Saved\./);
      const now = await api(t, 'GET', `/api/v1${signed.manage}`);
      assert.deepEqual([now.json.country, now.json.type, now.json.status], [null, 'ngo', 'confirmed'], 'before approval a correction applies at once');
      const withdrawn = await b.post(`${signed.manage}/withdraw`, {});
      assert.equal(withdrawn.status, 200);
      assert.match(withdrawn.html, /The signature is withdrawn\./);
    });

    test('a material change notice links to the signatory’s manage page, where they can withdraw', async () => {
      const body = org({ name: 'Instituto Ágora', contact_email: 'agora@example.org' });
      await api(t, 'PATCH', '/api/v1/statements/other', { token, body: { body: 'A new text entirely.', material: true } });
      const notice = await lastMail(t, token, body.contact_email);
      assert.match(notice.subject, /has changed/);
      assert.ok(notice.manage);
      assert.equal((await api(t, 'POST', `/api/v1${notice.manage}/withdraw`)).status, 200);
      assert.equal((await api(t, 'GET', '/api/v1/statements/other/signatures?status=withdrawn', { token })).json.signatures.length, 2);
    });
  });
}
