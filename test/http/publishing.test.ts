import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { publishDueEditions } from '../../src/publishing/publish-edition.ts';
import { DIALECTS, unavailable } from '../support/databases.ts';
import { api, confirmationPath, coordinatorToken, createTestApp, openStatement, type TestApp } from '../support/app.ts';
import { FormClient } from '../support/browser-form.ts';
import { pdfText } from '../support/pdf.ts';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const bytes = async (t: TestApp, path: string) => {
  const res = await t.app.request(path);
  return { status: res.status, body: new Uint8Array(await res.arrayBuffer()), type: res.headers.get('content-type') };
};

for (const dialect of DIALECTS) {
  describe(`publication on ${dialect}`, { skip: unavailable(dialect) ?? false }, () => {
    let t: TestApp;
    let token: string;
    before(async () => {
      t = await createTestApp(dialect);
      token = await coordinatorToken(t);
      await openStatement(t, token, 'porto-2019');
      for (const [name, country, initiator] of [
        ['International Drug Policy Consortium', 'GB', true],
        ['СВОН Плюс', 'KZ', false],
        ['Associació Reus Som Útils', 'ES', false],
        ['=HYPERLINK("http://evil.example","click")', 'FR', false],
        ['Hidden Network', 'RU', false],
      ] as const) {
        const r = await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { token, body: { name, country, initiator, confidential: name === 'Hidden Network' } });
        assert.equal(r.status, 201, r.text);
      }
      // One signatory with a private contact, through the public form and confirmation.
      await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { body: { name: 'Društvo Up', country: 'SI', contact_name: 'Secret Person', contact_email: 'secret@drustvo.example' } });
      const b = new FormClient(t);
      const link = await confirmationPath(t, token, 'secret@drustvo.example');
      await b.get(link);
      await b.post(link, {});
      const { json } = await api(t, 'GET', '/api/v1/statements/porto-2019/signatures?status=confirmed', { token });
      await api(t, 'POST', `/api/v1/signatures/${json.signatures[0].id}/approve`, { token });
    });
    after(() => t.close());

    test('an edition freezes text, numbering and count; its files never change; later sign-ons form an addendum', async () => {
      const published = await api(t, 'POST', '/api/v1/statements/porto-2019/editions', { token });
      assert.equal(published.status, 201, published.text);
      assert.equal(published.json.number, 1);
      assert.equal(published.json.status, 'published');
      assert.equal(published.json.count, 6);
      assert.equal(published.json.confidential_count, 1);
      assert.deepEqual(
        published.json.signatories.map((s: { number: number; name: string }) => `${s.number}. ${s.name}`),
        ['1. International Drug Policy Consortium', '2. =HYPERLINK("http://evil.example","click")', '3. Associació Reus Som Útils', '4. Društvo Up', '5. СВОН Плюс'],
      );

      const pdf1 = await bytes(t, '/statements/porto-2019/editions/1/statement.pdf');
      assert.equal(pdf1.status, 200);
      assert.equal(pdf1.type, 'application/pdf');
      const docx1 = await bytes(t, '/statements/porto-2019/editions/1/statement.docx');
      assert.equal(docx1.status, 200);
      const text = pdfText(pdf1.body);
      for (const line of ['1. International Drug Policy Consortium', '3. Associació Reus Som Útils', '5. СВОН Плюс']) assert.ok(text.includes(line), `${line} in PDF`);
      assert.doesNotMatch(text, /Secret Person|secret@drustvo/);
      assert.match(text, /cannot be named/);

      // Changes after publication.
      const late = await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { token, body: { name: 'Aksion Plus', country: 'AL' } });
      const { json } = await api(t, 'GET', '/api/v1/statements/porto-2019/signatures?status=approved', { token });
      const svon = json.signatures.find((s: { name: string }) => s.name === 'СВОН Плюс');
      await api(t, 'POST', `/api/v1/signatures/${svon.id}/reject`, { token });

      const pdfAgain = await bytes(t, '/statements/porto-2019/editions/1/statement.pdf');
      const docxAgain = await bytes(t, '/statements/porto-2019/editions/1/statement.docx');
      assert.equal(sha(pdfAgain.body), sha(pdf1.body), 'published PDF unchanged');
      assert.equal(sha(docxAgain.body), sha(docx1.body), 'published DOCX unchanged');

      const pub = await api(t, 'GET', '/api/v1/statements/porto-2019');
      assert.equal(pub.json.edition.number, 1);
      assert.deepEqual(
        pub.json.signatories.map((s: { number: number; name: string }) => `${s.number}. ${s.name}`),
        ['1. International Drug Policy Consortium', '2. =HYPERLINK("http://evil.example","click")', '3. Associació Reus Som Útils', '4. Društvo Up', '6. Aksion Plus'],
      );
      const html = await (await t.app.request('/statements/porto-2019')).text();
      assert.match(html, /Signed after publication[\s\S]*<li value="6">(?:<bdi>)?Aksion Plus/);
      assert.ok(late.status === 201);

      const second = await api(t, 'POST', '/api/v1/statements/porto-2019/editions', { token });
      assert.equal(second.json.number, 2);
      assert.equal(second.json.count, 6, '5 named and 1 confidential');
      assert.ok(second.json.signatories.some((s: { name: string }) => s.name === 'Aksion Plus'));
      const list = await api(t, 'GET', '/api/v1/statements/porto-2019/editions');
      assert.deepEqual(list.json.editions.map((e: { number: number }) => e.number), [1, 2]);
    });

    test('public CSV and JSON: BOM, formulas neutralised, no contact data; the full CSV is for coordinators', async () => {
      const csv = await t.app.request('/statements/porto-2019/signatories.csv');
      assert.equal(csv.status, 200);
      const raw = new Uint8Array(await csv.arrayBuffer());
      assert.deepEqual([...raw.slice(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(raw);
      assert.match(text, /^\uFEFFNumber,Name,Country,Country code,Type\r\n/);
      assert.match(text, /"'=HYPERLINK\(""http:\/\/evil\.example"",""click""\)"/);
      assert.match(text, /Društvo Up,Slovenia,SI/);
      assert.doesNotMatch(text, /secret|Secret Person|Hidden Network/);
      const json = await (await t.app.request('/statements/porto-2019/signatories.json')).text();
      assert.doesNotMatch(json, /secret|Hidden Network/);
      assert.ok(JSON.parse(json).some((r: { name: string }) => r.name === 'Društvo Up'));

      const anonymous = await api(t, 'GET', '/api/v1/statements/porto-2019/export?format=csv&full=true');
      assert.equal(anonymous.status, 401);
      const full = await api(t, 'GET', '/api/v1/statements/porto-2019/export?format=csv&full=true', { token });
      assert.equal(full.status, 200);
      assert.match(full.text, /secret@drustvo\.example/);
      assert.match(full.text, /Hidden Network/);
      const edition1 = await api(t, 'GET', '/api/v1/statements/porto-2019/export?format=json&edition=1');
      assert.equal(JSON.parse(edition1.text).length, 5);
    });

    test('a scheduled edition is published when its moment comes', async () => {
      await api(t, 'POST', '/api/v1/statements', { token, body: { slug: 'later', title: 'Later', language: 'fr', body: 'Texte.' } });
      await api(t, 'POST', '/api/v1/statements/later/open', { token });
      await api(t, 'POST', '/api/v1/statements/later/signatures', { token, body: { name: 'Élixir', country: 'FR' } });
      const scheduled = await api(t, 'POST', '/api/v1/statements/later/editions', { token, body: { at: '2026-04-29T08:00:00Z' } });
      assert.equal(scheduled.status, 201);
      assert.equal(scheduled.json.status, 'scheduled');
      assert.equal((await api(t, 'GET', '/api/v1/statements/later/editions')).json.editions.length, 0, 'not public before its time');
      assert.equal((await publishDueEditions(t.deps.db, { now: new Date('2026-04-29T07:59:00Z'), renderers: t.deps.renderers })).length, 0);
      const done = await publishDueEditions(t.deps.db, { now: new Date('2026-04-29T08:00:30Z'), renderers: t.deps.renderers });
      assert.equal(done.length, 1);
      const e = await api(t, 'GET', '/api/v1/statements/later/editions/1');
      assert.equal(e.json.status, 'published');
      assert.deepEqual(e.json.signatories, [{ number: 1, name: 'Élixir', country: 'FR', international: false }]);
    });

    test('a failed render publishes nothing and says what went wrong', async () => {
      const broken = { ...t.deps.renderers, pdf: async () => { throw new Error('Typst ran out of time'); } };
      const saved = t.deps.renderers;
      t.deps.renderers = broken;
      try {
        const before = (await api(t, 'GET', '/api/v1/statements/porto-2019/editions')).json.editions.length;
        const r = await api(t, 'POST', '/api/v1/statements/porto-2019/editions', { token });
        assert.equal(r.status, 500);
        assert.equal(r.json.error.code, 'render_failed');
        assert.match(r.json.error.message, /PDF could not be made \(Typst ran out of time\)/);
        assert.equal((await api(t, 'GET', '/api/v1/statements/porto-2019/editions')).json.editions.length, before);
      } finally {
        t.deps.renderers = saved;
      }
    });
  });
}
