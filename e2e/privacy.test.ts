import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createApiToken } from '../src/accounts/api-tokens.ts';
import { ensureCoordinator } from '../src/accounts/coordinator.ts';
import { startE2e, type E2e } from './harness.ts';

let e2e: E2e;
let token: string;
const shots = new URL('../tmp/e2e/', import.meta.url).pathname;
mkdirSync(shots, { recursive: true });

async function call(method: string, path: string, body?: unknown, auth = true): Promise<any> {
  const res = await fetch(e2e.base + path, { method, headers: { ...(auth ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
  assert.ok(res.status < 300, `${method} ${path} → ${res.status} ${await res.clone().text()}`);
  return res.status === 204 ? null : res.json();
}

async function manageLinkFor(email: string, name: string, language: string): Promise<string> {
  const res = await fetch(`${e2e.base}/api/v1/statements/porto-2019/signatures`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': language },
    body: JSON.stringify({ name, country: 'LB', contact_name: 'Leila Haddad', contact_email: email }),
  });
  assert.equal(res.status, 202);
  const mail = await e2e.smtp.waitFor(email);
  const manage = /(http:\/\/127\.0\.0\.1:\d+\/manage\/[\w-]+)/.exec(mail.text)?.[1];
  assert.ok(manage, mail.text);
  return manage;
}

before(async () => {
  e2e = await startE2e();
  const who = await ensureCoordinator(e2e.server.deps.db, { email: 'coordination@idpc.example', now: new Date() });
  token = await createApiToken(e2e.server.deps.db, { coordinatorId: who.id, now: new Date() });
  await call('POST', '/api/v1/statements', { slug: 'porto-2019', title: 'Joint statement on harm reduction', language: 'en', body: 'We call on governments to act.' });
  await call('POST', '/api/v1/statements/porto-2019/open');
});

after(() => e2e?.close());

test('on a phone without JavaScript a signatory erases their contact details and keeps the entry; the link then stops working', async () => {
  const manage = await manageLinkFor('leila@harm-lb.example', 'Harm Reduction Lebanon', 'en');
  const phone = await e2e.browser.newContext({ javaScriptEnabled: false, locale: 'en-GB', viewport: { width: 390, height: 844 } });
  const page = await phone.newPage();
  await page.goto(manage);
  await page.getByRole('heading', { name: 'Erase your contact details' }).waitFor();
  await page.getByText('this page’s link stops working').waitFor();
  await page.screenshot({ path: join(shots, 'manage-erase-390.png'), fullPage: true });
  await page.getByLabel('Keep Harm Reduction Lebanon on the statement (only my contact details are erased)').check();
  await page.getByRole('button', { name: 'Erase my contact details' }).click();
  await page.getByRole('heading', { name: 'Contact details erased' }).waitFor();
  await page.getByText('The signature stays on the statement.').waitFor();
  await page.screenshot({ path: join(shots, 'manage-erased-390.png'), fullPage: true });
  const again = await page.goto(manage);
  assert.equal(again?.status(), 404);
  const list = await call('GET', '/api/v1/statements/porto-2019/signatures');
  const s = list.signatures.find((x: { name: string }) => x.name === 'Harm Reduction Lebanon');
  assert.equal(s.contact ?? null, null);
  assert.equal(s.status, 'unconfirmed');
});

test('in Arabic on a desktop the erase section reads right to left, and erasing can withdraw the signature', async () => {
  const manage = await manageLinkFor('rami@harm-lb.example', 'جمعية الحد من الضرر', 'ar');
  const desk = await e2e.browser.newContext({ locale: 'ar', viewport: { width: 1280, height: 900 } });
  const page = await desk.newPage();
  await page.goto(manage);
  await page.getByRole('heading', { name: 'حذف بيانات الاتصال الخاصة بك' }).waitFor();
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  await page.locator('#erase').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(shots, 'manage-erase-ar-desktop.png'), fullPage: true });
  await page.getByLabel('سحب التوقيع أيضًا').check();
  await page.getByRole('button', { name: 'حذف بيانات الاتصال الخاصة بي' }).click();
  await page.getByText('حُذف اسمك وبريدك الإلكتروني وسُحب التوقيع').waitFor();
  await page.screenshot({ path: join(shots, 'manage-erased-ar-desktop.png'), fullPage: true });
  const list = await call('GET', '/api/v1/statements/porto-2019/signatures');
  assert.equal(list.signatures.find((x: { name: string }) => x.name === 'جمعية الحد من الضرر').status, 'withdrawn');
});
