import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DIALECTS, unavailable } from '../support/databases.ts';
import { api, coordinatorToken, createTestApp, openStatement, sampleStatement, type TestApp } from '../support/app.ts';

const publicSignOn = (n: number, over: Record<string, unknown> = {}) => ({
  name: `Public Organisation ${n}`,
  country: 'KE',
  type: 'community',
  contact_name: `Contact ${n}`,
  contact_email: `contact${n}@org${n}.example.org`,
  ...over,
});

/** The width and height a PNG declares in its IHDR chunk. */
const pngSize = (b: Uint8Array) => {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return { width: v.getUint32(16), height: v.getUint32(20) };
};

for (const dialect of DIALECTS) {
  describe(`partner links, stats, widget, badge and card on ${dialect}`, { skip: unavailable(dialect) ?? false }, () => {
    let t: TestApp;
    let token: string;
    before(async () => {
      t = await createTestApp(dialect);
      token = await coordinatorToken(t);
      await openStatement(t, token);
      const add = async (name: string, country: string | null, type: string) => {
        const r = await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { token, body: { name, country, type } });
        assert.equal(r.status, 201, r.text);
      };
      for (let i = 1; i <= 4; i++) await add(`Nepal Organisation ${i}`, 'NP', 'ngo');
      for (let i = 1; i <= 2; i++) await add(`Mali Organisation ${i}`, 'ML', 'union');
      await add('International Network', null, 'network');
    });
    after(() => t.close());

    test('a coordinator creates partner links; bad and taken codes are refused with nothing stored', async () => {
      const made = await api(t, 'POST', '/api/v1/statements/porto-2019/partner-links', { token, body: { name: 'Harm Reduction International', code: 'HRI' } });
      assert.equal(made.status, 201, made.text);
      assert.equal(made.json.code, 'hri');
      assert.equal(made.json.url, 'http://undersigned.test/statements/porto-2019?ref=hri');
      const random = await api(t, 'POST', '/api/v1/statements/porto-2019/partner-links', { token, body: { name: 'شبكة الشرق الأوسط' } });
      assert.equal(random.status, 201);
      assert.match(random.json.code, /^[a-z0-9]{10}$/);
      assert.equal((await api(t, 'POST', '/api/v1/statements/porto-2019/partner-links', { token, body: { name: 'Again', code: 'hri' } })).status, 409);
      const bad = await api(t, 'POST', '/api/v1/statements/porto-2019/partner-links', { token, body: { name: 'Bad', code: '<script>' } });
      assert.equal(bad.status, 422);
      assert.ok(bad.json.error.fields.code);
      assert.equal((await api(t, 'POST', '/api/v1/statements/porto-2019/partner-links', { body: { name: 'Anon' } })).status, 401);
      const list = await api(t, 'GET', '/api/v1/statements/porto-2019/partner-links', { token });
      assert.deepEqual(list.json.partner_links.map((l: { name: string }) => l.name).sort(), ['Harm Reduction International', 'شبكة الشرق الأوسط']);
    });

    test('sign-ons through ?ref= are counted per partner link; an unknown code is ignored', async () => {
      for (const [n, ref] of [[1, 'hri'], [2, 'hri'], [3, 'no-such-code'], [4, undefined]] as const) {
        const r = await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { body: publicSignOn(n, ref ? { ref } : {}) });
        assert.equal(r.status, 202, r.text);
      }
      // The sign form carries the code from the statement page to the batch as a hidden field.
      const page = await t.app.request('/statements/porto-2019?ref=hri');
      assert.match(await page.text(), /href="\/statements\/porto-2019\/sign\?ref=hri"/);
      const unknown = await t.app.request('/statements/porto-2019?ref=nobody-here');
      assert.doesNotMatch(await unknown.text(), /ref=nobody-here/);
      const form = await t.app.request('/statements/porto-2019/sign?ref=hri');
      assert.match(await form.text(), /<input type="hidden" name="ref" value="hri"\/>/);

      const stats = await api(t, 'GET', '/api/v1/statements/porto-2019/stats', { token });
      assert.equal(stats.status, 200);
      const s = stats.json;
      assert.deepEqual(s.totals.signed, 11);
      assert.deepEqual(s.totals.approved, 7);
      assert.deepEqual(s.backlog, { confirmed: 0, unconfirmed: 4 });
      assert.deepEqual(s.by_day, [{ date: '2026-04-28', signed: 11, approved: 7, confirmed: 0, unconfirmed: 4, rejected: 0, withdrawn: 0 }]);
      assert.deepEqual(s.by_country, [
        { country: 'NP', count: 4, signed: 4, approved: 4 },
        { country: 'ML', count: 2, signed: 2, approved: 2 },
        { country: null, count: 1, signed: 1, approved: 1 },
        { country: 'KE', count: 0, signed: 4, approved: 0 },
      ]);
      assert.deepEqual(s.by_region.map((r: { region: string | null; count: number }) => [r.region, r.count]), [['142', 4], ['002', 6 - 4], [null, 1]].map(([r, c]) => [r, c]).slice(0, 3));
      assert.deepEqual(s.by_type.map((r: { type: string; count: number; signed: number }) => [r.type, r.count, r.signed]), [['ngo', 4, 4], ['union', 2, 2], ['network', 1, 1], ['community', 0, 4]]);
      assert.deepEqual(s.by_text_version, [{ version: 1, count: 7, signed: 11, approved: 7 }]);
      assert.deepEqual(s.by_referrer.map((r: { code: string | null; signed: number }) => [r.code, r.signed]).sort(), [['hri', 2], [null, 9], [s.by_referrer.find((r: { name: string }) => r.name === 'شبكة الشرق الأوسط').code, 0]].sort());
      assert.equal(s.by_language.reduce((n: number, r: { signed: number }) => n + r.signed, 0), 11);
      // Contact data never appears in the figures.
      assert.doesNotMatch(stats.text, /contact\d@|Contact \d/);
      assert.equal((await api(t, 'GET', '/api/v1/statements/porto-2019/stats')).status, 401);
      assert.equal((await api(t, 'GET', '/api/v1/statements/nothing-here/stats', { token })).status, 404);
    });

    test('the widget may be framed by any site, sets no cookie, needs no script and is under 10 KB', async () => {
      for (const path of ['/statements/porto-2019/embed', '/statements/porto-2019/embed?lang=fr']) {
        const res = await t.app.request(path);
        assert.equal(res.status, 200);
        assert.equal(res.headers.get('set-cookie'), null, path);
        assert.equal(res.headers.get('x-frame-options'), null);
        assert.match(res.headers.get('content-security-policy') ?? '', /frame-ancestors \*/);
        assert.doesNotMatch(res.headers.get('content-security-policy') ?? '', /script-src/);
        const html = await res.text();
        assert.ok(Buffer.byteLength(html) < 10 * 1024, `${Buffer.byteLength(html)} bytes`);
        assert.doesNotMatch(html, /<script/i);
        assert.match(html, /data-count="7"/);
        assert.match(html, /target="_blank" rel="noopener"/);
        if (path.endsWith('fr')) assert.match(html, /7 organisations ont signé|Signer la déclaration/);
      }
      // Other pages still refuse to be framed.
      assert.equal((await t.app.request('/statements/porto-2019')).headers.get('x-frame-options'), 'DENY');
      const created = await api(t, 'POST', '/api/v1/statements', { token, body: sampleStatement('still-draft') });
      assert.equal(created.status, 201);
      for (const p of ['embed', 'badge.svg', 'card.png']) assert.equal((await t.app.request(`/statements/still-draft/${p}`)).status, 404, p);
    });

    test('the badge is an SVG with the count, cacheable with an entity tag, and sets no cookie', async () => {
      const res = await t.app.request('/statements/porto-2019/badge.svg');
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /^image\/svg\+xml/);
      assert.equal(res.headers.get('set-cookie'), null);
      const svg = await res.text();
      assert.match(svg, /7 signatories/);
      const etag = res.headers.get('etag')!;
      assert.ok(etag);
      assert.equal((await t.app.request('/statements/porto-2019/badge.svg', { headers: { 'if-none-match': etag } })).status, 304);
      assert.match(await (await t.app.request('/statements/porto-2019/badge.svg?lang=ar')).text(), /7 موقّعين|٧ موقّعين/);
    });

    test('the share card is a 1200×630 PNG, cached until the count moves; the statement page points to it', async () => {
      const res = await t.app.request('/statements/porto-2019/card.png');
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-type'), 'image/png');
      assert.equal(res.headers.get('set-cookie'), null);
      const png = new Uint8Array(await res.arrayBuffer());
      assert.deepEqual(pngSize(png), { width: 1200, height: 630 });
      const again = await t.app.request('/statements/porto-2019/card.png');
      assert.equal(again.headers.get('etag'), res.headers.get('etag'), 'the same card while the count stays');
      const page = await (await t.app.request('/statements/porto-2019')).text();
      assert.match(page, /<meta property="og:image" content="http:\/\/undersigned\.test\/statements\/porto-2019\/card\.png\?lang=en"\/>/);
      assert.match(page, /<meta name="twitter:card" content="summary_large_image"\/>/);
      await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { token, body: { name: 'Eighth Organisation', country: 'NP', type: 'ngo' } });
      // Readers get the previous card at once while the next one renders off the request path.
      const moved = await t.app.request('/statements/porto-2019/card.png');
      assert.equal(moved.status, 200);
      let etag = moved.headers.get('etag');
      for (let tries = 0; etag === res.headers.get('etag') && tries < 200; tries++) {
        await new Promise((r) => setTimeout(r, 25));
        etag = (await t.app.request('/statements/porto-2019/card.png')).headers.get('etag');
      }
      assert.notEqual(etag, res.headers.get('etag'), 'a new card once the count moved');
    });
  });
}
