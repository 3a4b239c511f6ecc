import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createApiToken } from '../src/accounts/api-tokens.ts';
import { ensureCoordinator } from '../src/accounts/coordinator.ts';
import { startE2e, type E2e } from './harness.ts';

let e2e: E2e;
let token: string;

async function call(method: string, path: string, body?: unknown): Promise<any> {
  const res = await fetch(e2e.base + path, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
  assert.ok(res.status < 300, `${method} ${path} → ${res.status} ${await res.clone().text()}`);
  return res.json();
}

const count = async () => ((await (await fetch(`${e2e.base}/api/v1/statements/porto-2019/count`)).json()) as { count: number }).count;

before(async () => {
  e2e = await startE2e();
  const who = await ensureCoordinator(e2e.server.deps.db, { email: 'coordination@idpc.example', now: new Date() });
  token = await createApiToken(e2e.server.deps.db, { coordinatorId: who.id, now: new Date() });
  await call('POST', '/api/v1/statements', { slug: 'porto-2019', title: 'Joint statement on harm reduction', language: 'en', body: 'We call on governments to act.' });
  await call('POST', '/api/v1/statements/porto-2019/open');
});

after(() => e2e?.close());

test('a signatory on a phone without JavaScript signs, confirms, corrects the country and later withdraws, all through the emailed links', async () => {
  const phone = await e2e.browser.newContext({ javaScriptEnabled: false, locale: 'en-GB', viewport: { width: 390, height: 844 } });
  const page = await phone.newPage();
  await page.goto(`${e2e.base}/statements/porto-2019`);
  await page.getByRole('link', { name: 'Sign on behalf of your organisation' }).click();
  await page.getByLabel('Organisation name').fill('Réseau Ouest-Africain de Réduction des Risques');
  await page.getByLabel('Country', { exact: true }).selectOption('ML');
  await page.getByLabel('Contact person').fill('Awa Traoré');
  await page.getByLabel('Contact email').fill('awa@rearr.example');
  await page.getByLabel('I am authorised to sign on behalf of this organisation.').check();
  await page.getByRole('button', { name: 'Sign the statement' }).click();
  await page.getByRole('heading', { name: 'Check your email' }).waitFor();

  const mail = await e2e.smtp.waitFor('awa@rearr.example');
  const confirm = /(http:\/\/127\.0\.0\.1:\d+\/confirm\/[\w-]+)/.exec(mail.text)?.[1];
  const manage = /(http:\/\/127\.0\.0\.1:\d+\/manage\/[\w-]+)/.exec(mail.text)?.[1];
  assert.ok(confirm && manage, `both links in: ${mail.text}`);
  await page.goto(confirm);
  await page.getByRole('button', { name: 'Confirm the signature' }).click();
  await page.getByRole('heading', { name: /your signature is confirmed/ }).waitFor();

  // The organisation is regional rather than Malian: corrected before approval, so at once.
  await page.goto(manage);
  await page.getByLabel('Country', { exact: true }).selectOption('international');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Saved.').waitFor();
  const [signature] = (await call('GET', '/api/v1/statements/porto-2019/signatures?status=confirmed')).signatures;
  assert.equal(signature.country, null);
  await call('POST', `/api/v1/signatures/${signature.id}/approve`);
  assert.equal(await count(), 1);

  // Later, from the same email: withdraw.
  await page.goto(manage);
  await page.getByText('has signed and is counted in the public list').waitFor();
  await page.getByRole('button', { name: 'Withdraw the signature' }).click();
  await page.getByText('The signature is withdrawn.').waitFor();
  assert.equal(await count(), 0);
  await page.goto(`${e2e.base}/statements/porto-2019`);
  assert.doesNotMatch(await page.content(), /Réseau Ouest-Africain/);
});
