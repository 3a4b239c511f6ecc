import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DIALECTS, unavailable } from '../support/databases.ts';
import { api, coordinatorToken, createTestApp, type TestApp } from '../support/app.ts';
import { unzip } from '../fixtures/publishing/unzip.ts';

/** The text of each paragraph of a DOCX. */
function docxParagraphs(docx: Buffer): string[] {
  const xml = unzip(docx).get('word/document.xml')!.toString('utf8');
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map(([p]) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!).join('').replace(/&amp;/g, '&'));
}

async function download(t: TestApp, path: string) {
  const res = await t.app.request(path);
  return { status: res.status, type: res.headers.get('content-type'), disposition: res.headers.get('content-disposition'), body: Buffer.from(await res.arrayBuffer()) };
}

for (const dialect of DIALECTS) {
  describe(`documents per language on ${dialect}`, { skip: unavailable(dialect) ?? false }, () => {
    let t: TestApp;
    let token: string;
    before(async () => {
      t = await createTestApp(dialect);
      token = await coordinatorToken(t);
      await api(t, 'POST', '/api/v1/statements', {
        token,
        body: {
          slug: 'porto-2019',
          title: 'Joint statement',
          language: 'en',
          body: 'We call on governments to act.',
          headline: '{count, plural, one {# NGO calls} other {# NGOs call}} on world leaders',
          place_and_date: 'Porto, 28 April 2019',
        },
      });
      await api(t, 'POST', '/api/v1/statements/porto-2019/open', { token });
      for (const [name, country, initiator] of [
        ['Zeta Network', 'GB', true],
        ['СВОН Плюс', 'KZ', false],
        ['جمعية العون الصحي', 'LB', false],
        ['Élan Santé', 'FR', false],
        ['Abeille Action', 'BE', false],
      ] as const) {
        await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { token, body: { name, country, initiator } });
      }
      for (const [language, title, headline, body] of [
        ['fr', 'Déclaration commune', '{count, plural, one {# ONG appelle} many {# d’ONG appellent} other {# ONG appellent}} les dirigeants du monde', 'Nous appelons les gouvernements à agir.'],
        ['ar', 'بيان مشترك', '{count, plural, zero {لا منظمة تدعو} one {منظمة واحدة تدعو} two {منظمتان تدعوان} few {# منظمات تدعو} many {# منظمة تدعو} other {# منظمة تدعو}} قادة العالم', 'ندعو الحكومات إلى التحرك.'],
        ['es', 'Declaración conjunta', null, 'Pedimos a los gobiernos que actúen.'],
      ] as const) {
        const r = await api(t, 'POST', '/api/v1/statements/porto-2019/translations', {
          token,
          body: { language, title, headline, body, place_and_date: language === 'fr' ? 'Porto, le 28 avril 2019' : null, ready: language !== 'es' },
        });
        assert.equal(r.status, 201, r.text);
      }
    });
    after(() => t.close());

    test('a ready translation exports as DOCX and PDF: headline plural, exact count, countries and collation in its language', async () => {
      const fr = await download(t, '/api/v1/statements/porto-2019/export?format=docx&lang=fr');
      assert.equal(fr.status, 200);
      assert.match(fr.disposition ?? '', /porto-2019-fr\.docx/);
      const p = docxParagraphs(fr.body);
      assert.equal(p[0], '5 ONG appellent les dirigeants du monde');
      assert.equal(p[1], '5 organisations ont signé');
      assert.equal(p[2], 'Porto, le 28 avril 2019');
      assert.ok(p.includes('Nous appelons les gouvernements à agir.'));
      assert.ok(p.includes('Liste des organisations signataires'));
      const names = p.filter((x) => / \(.+\)$/.test(x));
      assert.deepEqual(names, ['Zeta Network (Royaume-Uni)', 'Abeille Action (Belgique)', 'Élan Santé (France)', 'СВОН Плюс (Kazakhstan)', 'جمعية العون الصحي (Liban)']);

      const ar = docxParagraphs((await download(t, '/api/v1/statements/porto-2019/export?format=docx&lang=ar')).body);
      assert.equal(ar[0], '5 منظمات تدعو قادة العالم');
      assert.equal(ar[1], 'وقّعت 5 منظمات');
      const arNames = ar.filter((x) => / \(.+\)$/.test(x));
      assert.equal(arNames[0], 'Zeta Network (المملكة المتحدة)', 'initiators first');
      assert.equal(arNames[1], 'جمعية العون الصحي (لبنان)', 'then Arabic collation: Arabic names before Latin ones');

      const en = docxParagraphs((await download(t, '/api/v1/statements/porto-2019/export?format=docx')).body);
      assert.equal(en[0], '5 NGOs call on world leaders');
      assert.equal(en[1], '5 organisations have signed');

      const pdf = await download(t, '/api/v1/statements/porto-2019/export?format=pdf&lang=ar');
      assert.equal(pdf.status, 200);
      assert.equal(pdf.type, 'application/pdf');
      assert.equal(pdf.body.subarray(0, 5).toString(), '%PDF-');
      assert.equal((await download(t, '/api/v1/statements/porto-2019/export?format=pdf&lang=es')).status, 404, 'the Spanish translation is not ready');
      assert.equal((await download(t, '/api/v1/statements/porto-2019/export?format=pdf&lang=__proto__')).status, 422);
    });

    test('an edition stores one PDF and one DOCX per ready language, served unchanged with ?lang=', async () => {
      const published = await api(t, 'POST', '/api/v1/statements/porto-2019/editions', { token });
      assert.equal(published.status, 201, published.text);
      assert.deepEqual(published.json.languages, ['en', 'ar', 'fr'], 'the original, then ready translations');
      const stored = await t.deps.db.selectFrom('edition_documents').select(['format', 'language']).execute();
      assert.equal(stored.length, 6);
      const viaExport = await download(t, '/api/v1/statements/porto-2019/export?format=docx&edition=1&lang=fr');
      const viaLink = await download(t, '/statements/porto-2019/editions/1/statement.docx?lang=fr');
      assert.equal(viaExport.status, 200);
      assert.ok(viaExport.body.equals(viaLink.body), 'the same stored bytes');
      const p = docxParagraphs(viaExport.body);
      assert.equal(p[0], '5 ONG appellent les dirigeants du monde');
      const footer = [...unzip(viaExport.body)].filter(([name]) => name.startsWith('word/footer')).map(([, xml]) => xml.toString('utf8')).join('');
      assert.match(footer, /Édition 1, publiée le 28 avril 2026/);
      const original = await download(t, '/api/v1/statements/porto-2019/export?format=pdf&edition=1');
      const originalLink = await download(t, '/statements/porto-2019/editions/1/statement.pdf');
      assert.ok(original.body.equals(originalLink.body));
      assert.equal((await download(t, '/api/v1/statements/porto-2019/export?format=pdf&edition=1&lang=es')).status, 404);
      assert.equal((await download(t, '/statements/porto-2019/editions/1/statement.pdf?lang=es')).status, 404);
      // The French reader's page links to the French files.
      const page = await (await t.app.request('/statements/porto-2019?lang=fr')).text();
      assert.match(page, /editions\/1\/statement\.pdf\?lang=fr/);
    });
  });
}
