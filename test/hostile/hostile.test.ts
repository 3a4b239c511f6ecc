// The hostile-input corpus (test/fixtures/hostile/strings.json plus the request shapes below),
// run through the public sign form, the JSON API, the coordinator routes and the import routes,
// once per database with one app each. Every answer must be below 500; a refused request stores
// nothing; no contact name or email appears in any public page, API answer or export; hostile
// names come back literally and inert.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { DIALECTS, unavailable } from '../support/databases.ts';
import { api, confirmationPath, coordinatorToken, createTestApp, openStatement, type TestApp } from '../support/app.ts';
import { coordinatorBrowser, FormClient } from '../support/browser-form.ts';

const corpus = JSON.parse(readFileSync(new URL('../fixtures/hostile/strings.json', import.meta.url), 'utf8')) as { strings: { category: string; text: string }[] };
const strings = corpus.strings.map((s) => s.text);
// Every contact name and email the corpus sends carries one of these, so a leak is easy to find.
const CONTACT_NAME = 'Zyxcontact Privateperson';
// One mail domain per address: organisations that share a mail domain are compared with one
// another in the registry, so a single domain for ~800 sign-ons would make the run quadratic.
const contactEmail = (local: string) => `${local}@contacts-private-${local.replace(/[^a-z0-9]/gi, '')}.example`;
const CONTACT_LEAK = /contacts-private/;

/** How many signatures, contacts and statements there are, in one query (it runs around every request). */
const rows = async (t: TestApp) => {
  const r = (await sql<{ signatures: number | string; contacts: number | string; statements: number | string }>`select (select count(*) from signatures) as signatures, (select count(*) from contacts) as contacts, (select count(*) from statements) as statements`.execute(t.deps.db)).rows[0]!;
  return { signatures: Number(r.signatures), contacts: Number(r.contacts), statements: Number(r.statements) };
};

/** Counts every request the corpus makes on one database, so the run can show it made at least 300. */
let cases = 0;
function under500(status: number, what: string) {
  cases++;
  assert.ok(status < 500, `${what} → ${status}`);
}

for (const dialect of DIALECTS) {
  describe(`hostile-input corpus on ${dialect}`, { skip: unavailable(dialect) ?? false }, () => {
    let t: TestApp;
    let token: string;
    let coordinator: FormClient;
    /** Names the coordinator added and the API accepted, as it answered them: public from then on. */
    const accepted: string[] = [];
    before(async () => {
      cases = 0;
      t = await createTestApp(dialect);
      token = await coordinatorToken(t);
      await openStatement(t, token, 'hostile');
      coordinator = await coordinatorBrowser(t);
    });
    after(async () => {
      console.log(`hostile corpus on ${dialect}: ${cases} requests`);
      await t.close();
    });

    test('every string as a name, a contact name and an email through the public JSON API', async () => {
      let known = await rows(t);
      for (const [i, s] of strings.entries()) {
        for (const body of [
          { name: s, country: 'ML', contact_name: CONTACT_NAME, contact_email: contactEmail(`api-${i}`) },
          { name: `Org ${i}`, country: 'ML', contact_name: s, contact_email: contactEmail(`api-c-${i}`) },
          { name: `Org e${i}`, country: 'ML', contact_name: CONTACT_NAME, contact_email: s },
          { name: `Org w${i}`, country: 'ML', website: s, contact_name: CONTACT_NAME, contact_email: contactEmail(`api-w-${i}`) },
        ]) {
          const r = await api(t, 'POST', '/api/v1/statements/hostile/signatures', { body });
          under500(r.status, `public API ${JSON.stringify(body).slice(0, 120)}`);
          const now = await rows(t);
          if (r.status >= 400) assert.deepEqual(now, known, `refused ${JSON.stringify(s).slice(0, 60)} stored something`);
          known = now;
          assert.doesNotMatch(r.text, CONTACT_LEAK);
        }
      }
    });

    test('every string through the public sign form, without JavaScript', async () => {
      const b = new FormClient(t);
      await b.get('/statements/hostile/sign');
      let known = await rows(t);
      for (const [i, s] of strings.entries()) {
        const r = await b.post('/statements/hostile/sign', { name: s, country: 'ML', contact_name: CONTACT_NAME, contact_email: contactEmail(`form-${i}`), authorised: 'yes' });
        under500(r.status, `sign form ${JSON.stringify(s).slice(0, 80)}`);
        const now = await rows(t);
        if (r.status >= 400) assert.deepEqual(now, known);
        known = now;
        // The form shows back what was typed, escaped: no markup from the corpus is ever live.
        assert.doesNotMatch(r.html, /<script>alert|<img src=x|<svg\/onload|<iframe src=\/\/evil/);
      }
    });

    test('every string as a coordinator-added name, a search term, a slug and an id', async () => {
      for (const [i, s] of strings.entries()) {
        const r = await api(t, 'POST', '/api/v1/statements/hostile/signatures', { token, body: { name: s, country: 'FR' } });
        under500(r.status, `coordinator add ${JSON.stringify(s).slice(0, 80)}`);
        if (r.status === 201) accepted.push(r.json.name as string);
        const search = await coordinator.get(`/coordinator/statements/hostile/signatories?q=${encodeURIComponent(s)}`);
        under500(search.status, `search ${JSON.stringify(s).slice(0, 80)}`);
        for (const path of [`/statements/${encodeURIComponent(s)}`, `/api/v1/statements/${encodeURIComponent(s)}`, `/api/v1/signatures/${encodeURIComponent(s)}`, `/confirm/${encodeURIComponent(s)}`, `/manage/${encodeURIComponent(s)}`]) {
          const g = await t.app.request(path, { headers: i % 2 ? { authorization: `Bearer ${token}` } : {} });
          under500(g.status, `GET ${path.slice(0, 80)}`);
        }
      }
      // LIKE wildcards are searched for literally: '%' and '_' find only names that contain them.
      const pct = await coordinator.get('/coordinator/statements/hostile/signatories?q=%25');
      assert.match(pct.html, /100% Health/);
      assert.doesNotMatch(pct.html, /Médecins|Harm Reduction International/);
      assert.ok(accepted.includes('<script>alert(1)</script>'), 'the corpus added a name without a percent sign');
      assert.ok(!pct.html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'a search for "%" lists only names with a percent sign');
    });

    test('path traversal in raw paths', async () => {
      for (const p of ['/statements/../../etc/passwd', '/statements/..%2f..%2fetc%2fpasswd', '/assets/..%2f..%2fpackage.json', '/assets/%2e%2e/%2e%2e/package.json', '/statements/hostile/editions/..%2f1/statement.pdf', '/statements/hostile/editions/1%00/statement.pdf', '/api/v1/statements/hostile/editions/-1', '/api/v1/statements/hostile/editions/99999999999999999999', '/api/v1/imports/..%2f..%2f', '/coordinator/statements/%2e%2e/edit']) {
        const r = await t.app.request(p, { headers: { authorization: `Bearer ${token}` } });
        under500(r.status, p);
        assert.doesNotMatch(await r.text(), /"name": "undersigned"|root:x:0/);
      }
    });

    test('imports: pasted lists, CSV with formulas and garbage XLSX', async () => {
      const before = await rows(t);
      for (const chunk of [strings.slice(0, 50), strings.slice(50, 100), strings.slice(100)]) {
        const r = await api(t, 'POST', '/api/v1/statements/hostile/imports', { token, body: { text: chunk.join('\n') } });
        under500(r.status, 'paste');
        const csv = 'Organisation,Country,Contact email\n' + chunk.map((s, i) => `"${s.replace(/"/g, '""')}",FR,${contactEmail(`imp-${i}`)}`).join('\n');
        const c = await api(t, 'POST', '/api/v1/statements/hostile/imports', { token, body: { csv } });
        under500(c.status, 'csv');
      }
      for (const xlsx of [Buffer.from('PK\u0003\u0004garbage').toString('base64'), 'not base64 at all!!', '', Buffer.alloc(2000, 0x50).toString('base64')]) {
        const r = await api(t, 'POST', '/api/v1/statements/hostile/imports', { token, body: { xlsx_base64: xlsx } });
        under500(r.status, 'xlsx');
        assert.ok(r.status >= 400, 'a broken spreadsheet is refused');
      }
      for (const mapping of ['{', '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]', '{"__proto__":{"name":1}}', '{"name":"x"}', '{"name":-1}', '{"name":1e308}']) {
        const form = new FormData();
        form.append('file', new Blob(['Name,Country\nA,FR\n']), 'list.csv');
        form.append('mapping', mapping);
        const r = await t.app.request('/api/v1/statements/hostile/imports', { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
        under500(r.status, `mapping ${mapping.slice(0, 40)}`);
      }
      // Previews store no signature until confirmed.
      assert.equal((await rows(t)).signatures, before.signatures);
    });

    test('JSON bombs, prototype keys and wrong types', async () => {
      const bodies: string[] = [
        '['.repeat(100_000) + ']'.repeat(100_000),
        '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000),
        '[' + '0,'.repeat(300_000) + '0]',
        '{"name":' + '['.repeat(40) + '"x"' + ']'.repeat(40) + ',"country":"ML"}',
        '{"__proto__":{"admin":true},"name":"Proto","country":"ML","contact_name":"X","contact_email":"p@proto.example"}',
        '{"constructor":{"prototype":{"x":1}},"name":"Ctor","country":"ML"}',
        '{"name":{"toString":"x"},"country":"ML"}',
        '{"name":["a","b"],"country":"ML"}',
        '{"name":12345,"country":"ML"}',
        '{"name":null,"country":"ML"}',
        '{"name":true,"country":["ML"]}',
        '{"name":"X","country":"ML","contact_email":{"$ne":null}}',
        '"just a string"',
        'null',
        '[]',
        '12',
        '{"name":"\\ud800","country":"ML","contact_name":"X","contact_email":"s@surrogate.example"}',
        '{"name":"X","name":"Y","country":"ML"}',
        '{',
        '',
        '\u0000',
        '{"name":"' + 'x'.repeat(900_000) + '"}',
      ];
      for (const body of bodies) {
        for (const [path, auth] of [['/api/v1/statements/hostile/signatures', false], ['/api/v1/statements/hostile/signatures', true], ['/api/v1/statements', true], ['/api/v1/statements/hostile', true], ['/api/v1/statements/hostile/imports', true]] as const) {
          const before = await rows(t);
          const method = path === '/api/v1/statements/hostile' ? 'PATCH' : 'POST';
          const r = await api(t, method, path, { token: auth ? token : undefined, rawBody: body });
          under500(r.status, `${method} ${path} ${body.slice(0, 60)}`);
          if (r.status >= 400) assert.deepEqual(await rows(t), before);
          if (r.status >= 400) assert.ok(r.json?.error?.code, `a JSON error for ${body.slice(0, 40)}: ${r.text.slice(0, 100)}`);
        }
      }
      assert.equal(({} as Record<string, unknown>).admin, undefined, 'no prototype was polluted');
    });

    test('statement bodies: Markdown, HTML, Typst and nesting bombs', async () => {
      const deep = [
        '*'.repeat(125) + 'x' + '*'.repeat(125),
        '*'.repeat(5000) + 'x' + '*'.repeat(5000),
        '>'.repeat(5000) + ' x',
        Array.from({ length: 30 }, (_, i) => '  '.repeat(i) + '- x').join('\n'),
        '['.repeat(5000) + 'x' + '](u)'.repeat(5000),
        '> - '.repeat(20) + 'x',
      ];
      for (const [i, body] of deep.entries()) {
        const before = await rows(t);
        const r = await api(t, 'POST', '/api/v1/statements', { token, body: { slug: `deep-${i}`, title: 'Deep', language: 'en', body } });
        under500(r.status, `deep body ${i}`);
        if (r.status >= 400) assert.deepEqual(await rows(t), before);
        const e = await api(t, 'PATCH', '/api/v1/statements/hostile', { token, body: { body } });
        under500(e.status, `deep edit ${i}`);
        const tr = await api(t, 'PUT', '/api/v1/statements/hostile/translations/fr', { token, body: { title: 'Profond', body } });
        under500(tr.status, `deep translation ${i}`);
      }
      for (const [i, s] of strings.entries()) {
        const r = await api(t, 'POST', '/api/v1/statements', { token, body: { slug: `body-${i}`, title: s, language: 'en', body: `${s}\n\n${s}` } });
        under500(r.status, `body ${i}`);
        if (r.status === 201) {
          const page = await t.app.request(`/statements/body-${i}`, { headers: { authorization: `Bearer ${token}` } });
          under500(page.status, `statement page ${i}`);
        }
      }
    });

    test('CSRF, odd headers and malformed multipart on the public form', async () => {
      const b = new FormClient(t);
      await b.get('/statements/hostile/sign');
      const csrf = b.csrf();
      const fields = `name=Csrf&country=ML&contact_name=X&contact_email=x%40csrf.example&authorised=yes`;
      const before = await rows(t);
      for (const [headers, body] of [
        [{ 'content-type': 'application/x-www-form-urlencoded' }, fields],
        [{ 'content-type': 'application/x-www-form-urlencoded', cookie: `usg_csrf=${csrf}` }, `_csrf=wrong&${fields}`],
        [{ 'content-type': 'application/x-www-form-urlencoded', cookie: `usg_csrf=${csrf}`, origin: 'https://evil.example' }, `_csrf=${csrf}&${fields}`],
        [{ 'content-type': 'application/x-www-form-urlencoded', cookie: `usg_csrf=${csrf}`, 'sec-fetch-site': 'cross-site' }, `_csrf=${csrf}&${fields}`],
        [{ 'content-type': 'application/x-www-form-urlencoded', cookie: 'usg_csrf=' + 'A'.repeat(8000) }, `_csrf=${'A'.repeat(8000)}&${fields}`],
        [{ 'content-type': 'multipart/form-data; boundary=xyz', cookie: `usg_csrf=${csrf}` }, 'garbage'],
        [{ 'content-type': 'multipart/form-data', cookie: `usg_csrf=${csrf}` }, ''],
        [{ 'content-type': 'text/plain', cookie: `usg_csrf=${csrf}` }, fields],
        [{ 'content-type': 'application/x-www-form-urlencoded; charset=utf-7', cookie: `usg_csrf=${csrf}` }, `_csrf=${csrf}&${fields}`.replace('Csrf', 'Utf7')],
        [{ 'content-type': 'application/x-www-form-urlencoded', cookie: `usg_csrf=${csrf}` }, 'x'.repeat(2_000_000)],
      ] as const) {
        const r = await t.app.request('/statements/hostile/sign', { method: 'POST', headers: headers as Record<string, string>, body });
        under500(r.status, `csrf ${JSON.stringify(headers).slice(0, 100)}`);
      }
      const after = await rows(t);
      assert.ok(after.signatures - before.signatures <= 1, 'only the charset variant with a valid token may be stored');
      assert.deepEqual(await t.deps.db.selectFrom('signatures').select('id').where('name', '=', 'Csrf').execute(), [], 'no forged, cross-site or malformed-cookie post was stored');
      for (const headers of [
        { cookie: 'x'.repeat(16_000) },
        { cookie: 'usg_session=' + '%'.repeat(300) },
        { cookie: 'usg_session=\u00ff\u00fe' },
        { 'accept-language': '__proto__' },
        { 'accept-language': 'constructor;q=1, *;q=abc, ' + 'x-'.repeat(500) },
        { 'accept-language': '\u00ff\u00fe' },
        { host: 'evil.example' },
        { host: '' },
        { host: 'localhost:99999' },
        { 'x-forwarded-for': '999.999.999.999, ::ffff:zz' },
        { 'x-forwarded-host': 'evil.example' },
        { 'content-type': '\u00ff\u0001' },
        { 'content-type': 'multipart/form-data; boundary=' + '-'.repeat(5000) },
        { 'if-none-match': '"' + 'x'.repeat(10_000) },
        { range: 'bytes=999999999-' },
      ] as Record<string, string>[]) {
        for (const path of ['/', '/statements/hostile', '/statements/hostile/sign', '/api/v1/statements/hostile', '/healthz', '/coordinator/statements']) {
          const r = await t.app.request(path, { headers });
          under500(r.status, `${path} ${JSON.stringify(headers).slice(0, 80)}`);
        }
      }
    });

    test('invalid UTF-8 in every kind of body is refused or read, never a 5xx, never half-stored', async () => {
      const bad = [[0xff, 0xfe], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xf4, 0x90, 0x80, 0x80]].map((b) => Buffer.from(b));
      const b = new FormClient(t);
      await b.get('/statements/hostile/sign');
      const csrf = b.csrf();
      for (const [i, bytes] of bad.entries()) {
        const json = (fields: string) => Buffer.concat([Buffer.from(`{"name":"Bad ${i} `), bytes, Buffer.from(`",${fields}}`)]);
        for (const [path, auth, body] of [
          ['/api/v1/statements/hostile/signatures', false, json(`"country":"ML","contact_name":"X","contact_email":"${contactEmail(`utf8-${i}`)}"`)],
          ['/api/v1/statements/hostile/signatures', true, json('"country":"FR"')],
          ['/api/v1/statements/hostile/imports', true, Buffer.concat([Buffer.from('{"text":"Bad '), bytes, Buffer.from(' Network (FR)"}')])],
        ] as const) {
          const before = await rows(t);
          const r = await t.app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${token}` } : {}) }, body });
          under500(r.status, `invalid UTF-8 ${i} ${path}`);
          assert.equal(r.status, 400, `invalid UTF-8 ${i} in JSON to ${path}`);
          assert.match(((await r.json()) as { error: { message: string } }).error.message, /UTF-8/);
          assert.deepEqual(await rows(t), before);
        }
        const before = await rows(t);
        const form = await t.app.request('/statements/hostile/sign', {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `usg_csrf=${csrf}` },
          body: `_csrf=${csrf}&name=Bad${[...bytes].map((x) => `%${x.toString(16).toUpperCase()}`).join('')}Name&country=ML&contact_name=X&contact_email=${encodeURIComponent(contactEmail(`utf8f-${i}`))}&authorised=yes`,
        });
        under500(form.status, `invalid UTF-8 ${i} in the sign form`);
        assert.equal(form.status, 400);
        assert.deepEqual(await rows(t), before);
        // A spreadsheet saved in another encoding is a file, not a request: it may be read or refused, never a 5xx.
        const upload = new FormData();
        upload.append('file', new Blob([Buffer.concat([Buffer.from('Name,Country\nBad '), bytes, Buffer.from(' Network,FR\n')])]), 'list.csv');
        const imported = await t.app.request('/api/v1/statements/hostile/imports', { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: upload });
        under500(imported.status, `invalid UTF-8 ${i} in an uploaded CSV`);
        assert.equal((await rows(t)).signatures, before.signatures, 'a preview stores no signature');
      }
    });

    test('confirmation and manage links cannot be reused', async () => {
      // The outbox lists the newest 200 messages: the corpus's own go out first, an hour earlier.
      await t.runJobs();
      t.setNow(new Date('2026-04-28T10:00:00Z'));
      const r = await api(t, 'POST', '/api/v1/statements/hostile/signatures', { body: { name: 'Reuse Network', country: 'ML', contact_name: CONTACT_NAME, contact_email: contactEmail('reuse') } });
      assert.equal(r.status, 202);
      const path = await confirmationPath(t, token, contactEmail('reuse'));
      const b = new FormClient(t);
      for (let i = 0; i < 3; i++) {
        await b.get(path);
        const c = await b.post(path, {});
        under500(c.status, `confirm ${i}`);
      }
      const confirmed = await t.deps.db.selectFrom('signatures').select(['state']).where('name', '=', 'Reuse Network').execute();
      assert.equal(confirmed.length, 1, 'one signature, however often the link is used');
      for (const p of ['/confirm/' + 'A'.repeat(43), '/manage/' + 'A'.repeat(43), '/confirm/%00', '/manage/../confirm', '/manage/' + 'x'.repeat(5000)]) {
        const g = await b.get(p);
        under500(g.status, p);
        const post = await b.post(p, {});
        under500(post.status, `POST ${p}`);
        assert.ok(post.status >= 400, `${p} is not a link`);
      }
    });

    test('every coordinator route refuses a missing and a wrong token or session', async () => {
      const fill = (path: string) => path.replace(/:file\{[^}]+\}/g, 'export.csv').replace(/:slug/g, 'hostile').replace(/:token/g, 'A'.repeat(43)).replace(/:language/g, 'fr').replace(/:number/g, '1').replace(/:[a-z]+/g, '1');
      const routes = [...new Set(t.app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`))];
      assert.ok(routes.length > 60, `routes found: ${routes.length}`);
      let coordinatorRoutes = 0;
      for (const route of routes) {
        const [method, pattern] = route.split(' ') as [string, string];
        const path = fill(pattern);
        const coordinatorOnly = pattern.startsWith('/coordinator');
        for (const headers of [{}, { authorization: 'Bearer wrong-token' }, { authorization: 'Bearer ' }, { cookie: 'usg_session=wrong-session-value' }, { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` }] as Record<string, string>[]) {
          const r = await t.app.request(path, { method, headers: { ...headers, ...(method === 'GET' ? {} : { 'content-type': 'application/json' }) }, body: method === 'GET' ? undefined : '{}' });
          under500(r.status, `${method} ${path} ${JSON.stringify(headers)}`);
          const text = await r.text();
          assert.doesNotMatch(text, CONTACT_LEAK, `${method} ${path} leaks a contact`);
          if (coordinatorOnly) {
            assert.ok(r.status >= 300 && r.status < 500, `${method} ${path} without a valid session → ${r.status}`);
            if (r.status < 400) assert.match(r.headers.get('location') ?? '', /sign-in/);
          }
          if (pattern.startsWith('/api/v1') && headers.authorization?.startsWith('Bearer wrong')) assert.equal(r.status, 401, `${method} ${path} with a wrong token`);
        }
        if (coordinatorOnly) coordinatorRoutes++;
      }
      assert.ok(coordinatorRoutes > 20, `coordinator routes: ${coordinatorRoutes}`);
    });

    test('no contact data in any public page, API answer or export; names shown literally and inert', async () => {
      await t.runJobs();
      const published = await api(t, 'POST', '/api/v1/statements/hostile/editions', { token, body: {} });
      under500(published.status, 'publish');
      const answers: { path: string; text: string }[] = [];
      for (const path of ['/', '/statements', '/statements/hostile', '/statements/hostile/signatories.csv', '/statements/hostile/signatories.json', '/statements/hostile/count', '/statements/hostile/editions/1', '/api/v1/statements/hostile', '/api/v1/statements/hostile/signatures', '/api/v1/statements/hostile/editions', '/api/v1/statements/hostile/editions/1', '/api/v1/statements/hostile/count']) {
        const r = await t.app.request(path);
        under500(r.status, path);
        answers.push({ path, text: await r.text() });
      }
      for (const file of ['statement.pdf', 'statement.docx']) {
        const r = await t.app.request(`/statements/hostile/editions/1/${file}`);
        under500(r.status, file);
      }
      for (const { path, text } of answers) {
        assert.doesNotMatch(text, CONTACT_LEAK, `${path} shows a contact email`);
        assert.ok(!text.includes(CONTACT_NAME), `${path} shows a contact name`);
      }
      const page = answers.find((a) => a.path === '/statements/hostile')!.text;
      assert.ok(!page.includes('<script>alert(1)</script>'), 'markup in a name is never live');
      assert.ok(!/<img src=x onerror/i.test(page));
      assert.ok(page.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'the name is shown literally, escaped');
      const csv = answers.find((a) => a.path === '/statements/hostile/signatories.csv')!.text;
      for (const line of csv.split(/\r\n/).slice(1)) {
        const first = line.startsWith('"') ? line.slice(1) : line;
        for (const cell of first.split(',')) assert.doesNotMatch(cell.replace(/^"/, ''), /^[=+\-@\uFF1D]/, `a CSV cell that is a formula: ${cell.slice(0, 40)}`);
      }
      // Every name the coordinator added is in the public list exactly as the API accepted it, and on
      // the page as escaped text: hostile names are shown literally, never interpreted.
      const listed = JSON.parse(answers.find((a) => a.path === '/statements/hostile/signatories.json')!.text) as { name: string }[];
      assert.ok(accepted.length > strings.length / 2, `accepted names: ${accepted.length}`);
      const names = new Set(listed.map((e) => e.name));
      for (const name of accepted) assert.ok(names.has(name), `${JSON.stringify(name).slice(0, 60)} is listed as accepted`);
      for (const typst of ['#read("/etc/passwd")', '#import "/etc/passwd"', '#set page(width: 1pt)', '#{ panic("x") }']) assert.ok(names.has(typst), `Typst-looking ${typst} is listed as typed`);
      const escape = (x: string) => x.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
      const markup = accepted.filter((n) => /<[a-z!/]/i.test(n));
      assert.ok(markup.length >= 10, `names with markup: ${markup.length}`);
      for (const name of markup) {
        assert.ok(!page.includes(name), `${JSON.stringify(name).slice(0, 60)} is on the page as markup`);
        assert.ok(page.includes(escape(name)), `${JSON.stringify(name).slice(0, 60)} is on the page as text`);
      }
    });

    test('the corpus made at least 300 requests on this database', () => {
      assert.ok(cases >= 300, `${cases} requests`);
    });
  });
}
