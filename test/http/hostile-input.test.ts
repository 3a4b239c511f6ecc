import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DIALECTS, unavailable } from '../support/databases.ts';
import { api, coordinatorToken, createTestApp, openStatement, sampleStatement, type TestApp } from '../support/app.ts';
import { FormClient } from '../support/browser-form.ts';

const count = async (t: TestApp) => Number((await t.deps.db.selectFrom('signatures').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

for (const dialect of DIALECTS) {
  describe(`hostile input on ${dialect}`, { skip: unavailable(dialect) ?? false }, () => {
    let t: TestApp;
    let token: string;
    before(async () => {
      t = await createTestApp(dialect);
      token = await coordinatorToken(t);
      await openStatement(t, token, 'hostile');
    });
    after(() => t.close());

    test('malformed multipart bodies are a 400, anonymously and on imports, and store nothing', async () => {
      const before = await count(t);
      const b = new FormClient(t);
      await b.get('/statements/hostile/sign');
      const cookie = `usg_csrf=${b['cookies'].get('usg_csrf')}`;
      for (const [type, body] of [
        ['multipart/form-data; boundary=xyz', 'garbage'],
        ['multipart/form-data', 'garbage'],
        ['multipart/form-data; boundary=xyz', '--xyz\r\nContent-Disposition: form-data; name="name"\r\n\r\nTrunc'],
        ['multipart/form-data; boundary=xyz', ''],
      ] as const) {
        const res = await t.app.request('/statements/hostile/sign', { method: 'POST', headers: { 'content-type': type, cookie }, body });
        assert.ok(res.status >= 400 && res.status < 500, `${type} ${JSON.stringify(body)} → ${res.status}`);
        const api = await t.app.request('/api/v1/statements/hostile/imports', { method: 'POST', headers: { 'content-type': type, authorization: `Bearer ${token}` }, body });
        assert.ok(api.status >= 400 && api.status < 500, `import ${type} → ${api.status}`);
        assert.equal(((await api.json()) as { error: { code: string } }).error.code.length > 0, true);
      }
      assert.equal(await count(t), before);
    });

    test('invalid UTF-8 is refused with a message, in a form and in JSON', async () => {
      const before = await count(t);
      const bytes = Buffer.concat([Buffer.from('{"name":"Bad '), Buffer.from([0xff, 0xfe]), Buffer.from('","country":"ML","contact_name":"X","contact_email":"x@bad-utf8.example"}')]);
      const json = await t.app.request('/api/v1/statements/hostile/signatures', { method: 'POST', headers: { 'content-type': 'application/json' }, body: bytes });
      assert.equal(json.status, 400);
      assert.match(((await json.json()) as { error: { message: string } }).error.message, /UTF-8/);
      const b = new FormClient(t);
      await b.get('/statements/hostile/sign');
      const form = await t.app.request('/statements/hostile/sign', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `usg_csrf=${b['cookies'].get('usg_csrf')}` },
        body: `_csrf=${b['cookies'].get('usg_csrf')}&name=Bad%FF%FEName&country=ML&contact_name=X&contact_email=x%40bad.example&authorised=yes`,
      });
      assert.equal(form.status, 400);
      assert.match(await form.text(), /UTF-8/);
      assert.equal(await count(t), before);
    });

    test('names that render as nothing are refused; real punctuation and every script are kept', async () => {
      for (const name of ['\u200B\u200B', '\u2060', '\u00AD', '\u3164', '\u115F\u1160', '\u180E', '\u2800\u2800', '\u0301\u0301', '\uFE0F\uFE0E', ' \u200B ']) {
        const r = await api(t, 'POST', '/api/v1/statements/hostile/signatures', { body: { name, country: 'ML', contact_name: 'X', contact_email: 'x@invisible.example' } });
        assert.equal(r.status, 422, JSON.stringify(name));
        assert.ok(r.json.error.fields.name, JSON.stringify(r.json.error));
        const c = await api(t, 'POST', '/api/v1/statements/hostile/signatures', { token, body: { name, country: 'ML' } });
        assert.equal(c.status, 422, `coordinator ${JSON.stringify(name)}`);
      }
      for (const name of ['Médecins du Monde – France', 'جمعية العون الصحي', 'СВОН Плюс', 'नेपाल स्वास्थ्य', 'Asociación "Vida" (AV)']) {
        assert.equal((await api(t, 'POST', '/api/v1/statements/hostile/signatures', { token, body: { name, country: 'ML' } })).status, 201, name);
      }
    });

    test('hostile language tags and forged origins', async () => {
      for (const tag of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'x'.repeat(500), '*;q=abc']) {
        for (const path of ['/healthz', '/statements/hostile', '/api/v1/statements/hostile', '/']) {
          const r = await t.app.request(path, { headers: { 'accept-language': tag } });
          assert.ok(r.status < 500, `${tag} ${path} → ${r.status}`);
        }
      }
      const b = new FormClient(t);
      await b.get('/statements/hostile/sign');
      const csrf = b['cookies'].get('usg_csrf');
      const forged = await t.app.request('/statements/hostile/sign', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `usg_csrf=${csrf}`, origin: 'https://evil.example' },
        body: `_csrf=${csrf}&name=Forged&country=ML&contact_name=X&contact_email=x%40forged.example&authorised=yes`,
      });
      assert.equal(forged.status, 403);
      for (const site of ['cross-site', 'same-site']) {
        const fetched = await t.app.request('/statements/hostile/sign', {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `usg_csrf=${csrf}`, 'sec-fetch-site': site },
          body: `_csrf=${csrf}&name=Forged&country=ML&contact_name=X&contact_email=x%40forged.example&authorised=yes`,
        });
        assert.equal(fetched.status, 403, `Sec-Fetch-Site: ${site}`);
      }
      const own = await t.app.request('/statements/hostile/sign', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `usg_csrf=${csrf}`, 'sec-fetch-site': 'same-origin', origin: 'http://undersigned.test' },
        body: `_csrf=${csrf}&name=Own Page&country=ML&contact_name=X&contact_email=x%40own.example&authorised=yes`,
      });
      assert.ok(own.status < 400, `a post from our own page goes through: ${own.status}`);
      assert.equal((await t.deps.db.selectFrom('signatures').select('id').where('name', 'in', ['Forged', 'Own Page']).execute()).length, 1);
      const malformed = await t.app.request('/statements/hostile/sign', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: 'usg_csrf=short' },
        body: `_csrf=short&name=Forged&country=ML&contact_name=X&contact_email=x%40forged.example&authorised=yes`,
      });
      assert.equal(malformed.status, 403, 'a malformed cookie is never compared');
    });

    test("a draft's title never leaks and its editions do not exist for the public", async () => {
      await api(t, 'POST', '/api/v1/statements', { token, body: { ...sampleStatement('secret-draft'), title: 'Secret draft title' } });
      const sign = await api(t, 'POST', '/api/v1/statements/secret-draft/signatures', { body: { name: 'X', country: 'ML', contact_name: 'X', contact_email: 'x@draft.example' } });
      assert.equal(sign.status, 404);
      assert.doesNotMatch(sign.text, /Secret draft title/);
      assert.equal((await api(t, 'GET', '/api/v1/statements/secret-draft/editions')).status, 404);
      assert.equal((await api(t, 'GET', '/api/v1/statements/secret-draft/editions/1')).status, 404);
      assert.equal((await api(t, 'GET', '/api/v1/statements/secret-draft/editions', { token })).status, 200);
    });
  });
}
