import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { createApiToken } from '../src/accounts/api-tokens.ts';
import { ensureCoordinator } from '../src/accounts/coordinator.ts';
import { createOneTimeLink } from '../src/accounts/one-time-links.ts';
import { luminance } from '../src/web/views/charts/palette.ts';
import { startE2e, type E2e } from './harness.ts';

let e2e: E2e;
let token: string;
let partnerSite: Server;
let partnerBase: string;
const shots = new URL('../tmp/e2e/', import.meta.url).pathname;

async function call(method: string, path: string, body?: unknown, auth = true) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (auth) headers.authorization = `Bearer ${token}`;
  const res = await fetch(e2e.base + path, { method, headers, body: body ? JSON.stringify(body) : undefined });
  assert.ok(res.status < 300, `${method} ${path} → ${res.status} ${await res.clone().text()}`);
  return res.json();
}

before(async () => {
  mkdirSync(shots, { recursive: true });
  e2e = await startE2e();
  const who = await ensureCoordinator(e2e.server.deps.db, { email: 'coordination@idpc.example', now: new Date() });
  token = await createApiToken(e2e.server.deps.db, { coordinatorId: who.id, now: new Date() });
  await call('POST', '/api/v1/statements', { slug: 'porto-2019', title: 'Joint statement on harm reduction', language: 'en', body: 'We call on governments to act.' });
  await call('POST', '/api/v1/statements/porto-2019/translations', { language: 'ar', title: 'بيان مشترك بشأن الحد من الضرر', body: 'ندعو الحكومات إلى التحرك.', ready: true });
  await call('POST', '/api/v1/statements/porto-2019/open');
  await call('POST', '/api/v1/statements/porto-2019/partner-links', { name: 'Harm Reduction International', code: 'hri' });
  for (let i = 1; i <= 4; i++) await call('POST', '/api/v1/statements/porto-2019/signatures', { name: `Nepal Organisation ${i}`, country: 'NP', type: 'ngo' });
  for (let i = 1; i <= 2; i++) await call('POST', '/api/v1/statements/porto-2019/signatures', { name: `Mali Organisation ${i}`, country: 'ML', type: 'union' });
  await call('POST', '/api/v1/statements/porto-2019/signatures', { name: 'Kenya Community Group', country: 'KE', type: 'community', contact_name: 'Wanjiru', contact_email: 'wanjiru@kcg.example.org', ref: 'hri' }, false);
  // A partner's site on another origin (another port), framing the widget and showing the badge.
  partnerSite = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!DOCTYPE html><html><body><h1>Partner site</h1><iframe id="w" src="${e2e.base}/statements/porto-2019/embed" width="320" height="200" title="widget"></iframe><p><img id="badge" src="${e2e.base}/statements/porto-2019/badge.svg" alt="badge"></p></body></html>`);
  });
  await new Promise<void>((r) => partnerSite.listen(0, 'localhost', r));
  partnerBase = `http://localhost:${(partnerSite.address() as AddressInfo).port}`;
});

after(async () => {
  await new Promise((r) => partnerSite.close(r));
  await e2e.close();
});

async function signedIn(width: number): Promise<Page> {
  const context = await e2e.browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
  const page = await context.newPage();
  const who = await e2e.server.deps.db.selectFrom('coordinators').select('id').executeTakeFirstOrThrow();
  await page.goto(`${e2e.base}/sign-in/link/${await createOneTimeLink(e2e.server.deps.db, { purpose: 'sign-in', coordinatorId: who.id, now: new Date() })}`);
  await page.locator('main button[type=submit]').click();
  await page.waitForURL(/\/coordinator$/);
  return page;
}

test('the dashboard draws what the figures say: bars in proportion, the map darker where more signed, the line ending at the total', async () => {
  // One context for both widths: with the single-process Chromium, closing a context ends the browser.
  const page = await signedIn(390);
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const lang of ['en', 'ar']) {
      await page.goto(`${e2e.base}/coordinator/statements/porto-2019?lang=${lang}`);
      await page.locator('#dashboard-link').click();
      await page.waitForURL(/\/dashboard$/);
      assert.equal(await page.locator('html').getAttribute('dir'), lang === 'ar' ? 'rtl' : 'ltr');
      await page.screenshot({ path: `${shots}dashboard-${lang}-${width}.png`, fullPage: true });

      // Bars as drawn on the screen: Nepal's (4) is twice as long as Mali's (2).
      const nepal = await page.locator('#chart-countries-svg g[data-key="NP"] rect').boundingBox();
      const mali = await page.locator('#chart-countries-svg g[data-key="ML"] rect').boundingBox();
      assert.ok(nepal && mali);
      assert.ok(Math.abs(nepal.width / mali.width - 2) < 0.02, `Nepal ${nepal.width} vs Mali ${mali.width}`);
      if (lang === 'ar') assert.ok(nepal.x + nepal.width > mali.x + mali.width - 1 && nepal.x < mali.x, 'in Arabic the bars grow from the right');

      // The map: Nepal shaded darker than Mali, both darker than a country with none.
      const fill = (code: string) => page.locator(`#chart-map-svg path[data-country="${code}"]`).first().getAttribute('fill');
      const [np, ml, fr] = await Promise.all([fill('NP'), fill('ML'), fill('FR')]);
      assert.ok(luminance(np!) < luminance(ml!), `Nepal ${np} is darker than Mali ${ml}`);
      assert.ok(luminance(ml!) < luminance(fr!), `Mali ${ml} is darker than France ${fr}`);
      assert.equal(await page.locator('#chart-map-svg path[data-country="NP"]').first().getAttribute('data-count'), '4');

      // The cumulative approved line ends at the total approved, as its last point shows.
      const approved = await page.locator('#totals').getAttribute('data-approved');
      assert.equal(approved, '6');
      assert.equal(await page.locator('#chart-cumulative-svg path[data-series="approved"]').getAttribute('data-end'), '6');
      assert.equal(await page.locator('#chart-cumulative-svg path[data-series="signed"]').getAttribute('data-end'), '7');
      // The referral came through: one sign-on through the HRI link.
      assert.equal(await page.locator('#chart-referrers-svg g[data-key="hri"]').getAttribute('data-value'), '1');
      // The same figures as a table, for whoever reads numbers.
      await page.locator('#chart-map summary').click();
      assert.ok(await page.locator('#chart-map table').isVisible());
      if (width === 390) {
        const sideways = (await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number;
        assert.ok(sideways <= 1, `the dashboard scrolls sideways by ${sideways}px at 390 px in ${lang}`);
      }
    }
  }
});

test('the widget and badge work framed on another origin with JavaScript off, and set no cookie', async () => {
  const context = await e2e.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 600 } });
  const page = await context.newPage();
  const cookies: string[] = [];
  page.on('response', (r) => {
    if (r.url().startsWith(e2e.base) && r.headers()['set-cookie']) cookies.push(r.url());
  });
  await page.goto(partnerBase);
  const frame = page.frameLocator('#w');
  await frame.locator('#count').waitFor();
  assert.equal(await frame.locator('#count').getAttribute('data-count'), '6');
  const sign = frame.locator('a#sign');
  assert.equal(await sign.getAttribute('target'), '_blank');
  assert.equal(await sign.getAttribute('rel'), 'noopener');
  assert.equal(await sign.getAttribute('href'), `${e2e.base}/statements/porto-2019/sign`);
  const badge = page.locator('#badge');
  await badge.waitFor();
  assert.ok((await badge.evaluate((img) => ((img as unknown as { complete: boolean; naturalWidth: number }).complete ? (img as unknown as { naturalWidth: number }).naturalWidth : 0))) > 0, 'the badge is drawn');
  await page.screenshot({ path: `${shots}embed-partner-site.png` });
  assert.deepEqual(cookies, []);
  assert.deepEqual(await context.cookies(e2e.base), []);
});
