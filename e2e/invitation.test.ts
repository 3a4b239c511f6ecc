import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createOneTimeLink } from '../src/accounts/one-time-links.ts';
import { createApiToken } from '../src/accounts/api-tokens.ts';
import { ensureCoordinator } from '../src/accounts/coordinator.ts';
import { startE2e, type E2e } from './harness.ts';

const shots = new URL('../tmp/e2e/', import.meta.url).pathname;
let e2e: E2e;
let token: string;

async function call(method: string, path: string, body?: unknown): Promise<any> {
  const res = await fetch(e2e.base + path, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
  assert.ok(res.status < 300, `${method} ${path} → ${res.status} ${await res.clone().text()}`);
  return res.json();
}

/** Waits for the registry job of the server to link the signature to an organisation (a condition, not a fixed pause). */
async function organisationOf(name: string): Promise<string> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const row = await e2e.server.deps.db.selectFrom('signatures').select('organisation_id').where('name', '=', name).executeTakeFirst();
    if (row?.organisation_id) return row.organisation_id;
    if (Date.now() > deadline) throw new Error(`${name} was never placed in the registry`);
    await new Promise((r) => setImmediate(r));
  }
}

before(async () => {
  mkdirSync(shots, { recursive: true });
  e2e = await startE2e();
  const who = await ensureCoordinator(e2e.server.deps.db, { email: 'coordination@idpc.example', now: new Date() });
  token = await createApiToken(e2e.server.deps.db, { coordinatorId: who.id, now: new Date() });
  for (const slug of ['vienna-2025', 'porto-2026']) {
    await call('POST', '/api/v1/statements', { slug, title: slug === 'porto-2026' ? 'Porto call on harm reduction' : 'Vienna statement', language: 'en', body: 'We call on governments to act.' });
    await call('POST', `/api/v1/statements/${slug}/open`);
  }
});

after(() => e2e?.close());

test('an organisation that agreed to hear about new statements follows its invitation email to a pre-filled sign form, without JavaScript', async () => {
  const phone = await e2e.browser.newContext({ javaScriptEnabled: false, locale: 'en-GB', viewport: { width: 390, height: 844 } });
  const page = await phone.newPage();
  // Signing an earlier statement, the focal point ticks the box.
  await page.goto(`${e2e.base}/statements/vienna-2025/sign`);
  await page.getByLabel('Organisation name').fill('Réseau Ouest-Africain de Réduction des Risques');
  await page.getByLabel('Country', { exact: true }).selectOption('ML');
  await page.getByLabel('Website').fill('rearr.example.org');
  await page.getByLabel('Contact person').fill('Awa Traoré');
  await page.getByLabel('Contact email').fill('awa@rearr.example.org');
  assert.equal(await page.getByLabel('Tell us about future statements on this site').isChecked(), false, 'never ticked for them');
  await page.getByLabel('Tell us about future statements on this site').check();
  await page.getByLabel('I am authorised to sign on behalf of this organisation.').check();
  await page.getByRole('button', { name: 'Sign the statement' }).click();
  await page.getByRole('heading', { name: 'Check your email' }).waitFor();
  const confirmation = await e2e.smtp.waitFor('awa@rearr.example.org');
  await page.goto(/(http:\/\/127\.0\.0\.1:\d+\/confirm\/[\w-]+)/.exec(confirmation.text)![1]!);
  await page.getByRole('button', { name: 'Confirm the signature' }).click();
  await page.getByRole('heading', { name: /your signature is confirmed/ }).waitFor();

  // The coordinator invites the registry organisation to the new statement.
  const organisation = await organisationOf('Réseau Ouest-Africain de Réduction des Risques');
  const invited = await call('POST', '/api/v1/statements/porto-2026/invitations', { organisations: [organisation] });
  assert.equal(invited.invited, 1);

  const mail = await e2e.smtp.waitFor('awa@rearr.example.org', (m) => /Invitation to sign/.test(m.raw));
  assert.match(mail.raw, /^List-Unsubscribe:\s+<http:\/\/127\.0\.0\.1:\d+\/unsubscribe\/[\w-]+>/m);
  assert.match(mail.raw, /^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m);
  assert.doesNotMatch(mail.raw, /<img|text\/html/i, 'plain text, no tracking pixel');
  const sign = /(http:\/\/127\.0\.0\.1:\d+\/statements\/porto-2026\/sign\?invitation=[\w-]+&lang=en)/.exec(mail.text)?.[1];
  const unsubscribe = /(http:\/\/127\.0\.0\.1:\d+\/unsubscribe\/[\w-]+)/.exec(mail.text)?.[1];
  assert.ok(sign && unsubscribe, mail.text);

  await page.goto(sign);
  assert.equal(await page.getByLabel('Organisation name').inputValue(), 'Réseau Ouest-Africain de Réduction des Risques');
  assert.equal(await page.getByLabel('Country', { exact: true }).inputValue(), 'ML');
  assert.equal(await page.getByLabel('Website').inputValue(), 'https://rearr.example.org');
  assert.equal(await page.getByLabel('Contact email').inputValue(), 'awa@rearr.example.org');
  await page.screenshot({ path: join(shots, 'invited-sign-form-390.png'), fullPage: true });
  await page.getByLabel('Contact person').fill('Awa Traoré');
  await page.getByLabel('I am authorised to sign on behalf of this organisation.').check();
  await page.getByRole('button', { name: 'Sign the statement' }).click();
  await page.getByRole('heading', { name: 'Check your email' }).waitFor();

  // The same form in Arabic (right to left).
  await page.goto(sign.replace('lang=en', 'lang=ar'));
  await page.locator('html[dir="rtl"]').waitFor();
  await page.screenshot({ path: join(shots, 'invited-sign-form-ar-390.png'), fullPage: true });

  // Opening the unsubscribe link changes nothing; the button does.
  await page.goto(unsubscribe.replace(/$/, '?lang=en'));
  await page.getByRole('button', { name: 'Stop all invitations' }).waitFor();
  await page.screenshot({ path: join(shots, 'unsubscribe-390.png'), fullPage: true });
  assert.equal((await e2e.server.deps.db.selectFrom('mail_unsubscribes').select('email_hash').execute()).length, 0);
  await page.getByRole('button', { name: 'Stop all invitations' }).click();
  await page.getByText('this address will receive no more invitations').waitFor();

  // The coordinator's page: who was invited, who signed (desktop), in English and Arabic.
  const link = await createOneTimeLink(e2e.server.deps.db, { purpose: 'sign-in', coordinatorId: (await ensureCoordinator(e2e.server.deps.db, { email: 'coordination@idpc.example', now: new Date() })).id, now: new Date() });
  const desk = await e2e.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const c = await desk.newPage();
  await c.goto(`${e2e.base}/sign-in/link/${link}`);
  await c.getByRole('button').first().click();
  await c.goto(`${e2e.base}/coordinator/statements/porto-2026/partners?lang=en`);
  await c.getByRole('heading', { name: 'Invite partners' }).waitFor();
  await c.getByRole('cell', { name: 'Unsubscribed' }).waitFor();
  await c.screenshot({ path: join(shots, 'partners-desktop.png'), fullPage: true });
  await c.goto(`${e2e.base}/coordinator/statements/porto-2026/partners?lang=ar`);
  await c.locator('html[dir="rtl"]').waitFor();
  await c.screenshot({ path: join(shots, 'partners-ar-desktop.png'), fullPage: true });
  await c.goto(`${e2e.base}/coordinator/statements/porto-2026/delivery?lang=en`);
  await c.getByRole('heading', { name: 'Delivery to the addressees' }).waitFor();
  await c.screenshot({ path: join(shots, 'delivery-desktop.png'), fullPage: true });
});
