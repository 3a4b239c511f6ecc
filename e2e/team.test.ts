import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createApiToken } from '../src/accounts/api-tokens.ts';
import { ensureCoordinator } from '../src/accounts/coordinator.ts';
import { hashPassword } from '../src/accounts/passwords.ts';
import { startE2e, type E2e } from './harness.ts';

const shots = new URL('../tmp/e2e/', import.meta.url).pathname;
let e2e: E2e;
let token: string;

async function call(method: string, path: string, body?: unknown, auth = true): Promise<any> {
  const res = await fetch(e2e.base + path, { method, headers: { ...(auth ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
  assert.ok(res.status < 300, `${method} ${path} → ${res.status} ${await res.clone().text()}`);
  return res.json();
}

/** Nothing wider than the screen: the page does not scroll sideways. */
async function noSidewaysScroll(page: Page, what: string) {
  const extra = (await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number;
  assert.ok(extra <= 1, `${what} scrolls sideways by ${extra}px`);
}

before(async () => {
  mkdirSync(shots, { recursive: true });
  e2e = await startE2e();
  const admin = await ensureCoordinator(e2e.server.deps.db, { email: 'convener@idpc.example', now: new Date(), passwordHash: await hashPassword('the convener passphrase') });
  token = await createApiToken(e2e.server.deps.db, { coordinatorId: admin.id, now: new Date() });
  await call('POST', '/api/v1/statements', { slug: 'porto-2026', title: 'Porto call on harm reduction', language: 'en', body: 'We call on governments to act.' });
  await call('POST', '/api/v1/statements/porto-2026/open');
  await call('POST', '/api/v1/statements', { slug: 'vienna-2025', title: 'Vienna statement on drug policy', language: 'en', body: 'We call on the Commission.' });
  await call('POST', '/api/v1/statements/vienna-2025/open');
});

after(() => e2e?.close());

test('a coordinator invites a moderator to one statement by email; the moderator approves there but cannot publish', async () => {
  // (Contexts stay open: single-process Chromium ends when one is closed.)
  // A public sign-on, confirmed through its email, waits for approval.
  await call('POST', '/api/v1/statements/porto-2026/signatures', { name: 'Rede Brasileira de Redução de Danos', country: 'BR', contact_name: 'Ana Souza', contact_email: 'ana@reduc.example.org' }, false);
  const confirmation = await e2e.smtp.waitFor('ana@reduc.example.org');
  const signer = await e2e.browser.newContext({ javaScriptEnabled: false, locale: 'en-GB' });
  const signerPage = await signer.newPage();
  await signerPage.goto(/(http:\/\/127\.0\.0\.1:\d+\/confirm\/[\w-]+)/.exec(confirmation.text)![1]!);
  await signerPage.getByRole('button', { name: 'Confirm the signature' }).click();
  await signerPage.getByRole('heading', { name: /your signature is confirmed/ }).waitFor();

  // The convener invites a moderator to porto-2026 from the statement's team page.
  const convener = await e2e.browser.newContext({ javaScriptEnabled: false, locale: 'en-GB', viewport: { width: 390, height: 844 } });
  const page = await convener.newPage();
  await page.goto(`${e2e.base}/sign-in`);
  await page.getByLabel('Email').fill('convener@idpc.example');
  await page.getByLabel('Password').fill('the convener passphrase');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Porto call on harm reduction' }).click();
  await page.getByRole('link', { name: 'Team and settings' }).click();
  await page.getByLabel('Email address').fill('mira@region.example.org');
  await page.getByLabel('Role', { exact: true }).selectOption('moderator');
  await page.getByRole('button', { name: 'Send the invitation' }).click();
  await page.getByText('Invitation sent to mira@region.example.org.').waitFor();

  // The moderator follows the emailed link on their phone and sets a password.
  const mail = await e2e.smtp.waitFor('mira@region.example.org', (m) => /invites you/.test(m.text));
  assert.match(mail.text, /as Moderator of the statement “Porto call on harm reduction”/);
  const link = /(http:\/\/127\.0\.0\.1:\d+\/invitations\/[\w-]+)/.exec(mail.text)?.[1];
  assert.ok(link, mail.text);
  const phone = await e2e.browser.newContext({ javaScriptEnabled: false, locale: 'en-GB', viewport: { width: 390, height: 844 } });
  const mod = await phone.newPage();
  await mod.goto(link);
  await mod.getByRole('heading', { name: 'Set your password' }).waitFor();
  await mod.getByLabel('Password (at least 10 characters)').fill('mira’s long passphrase');
  await mod.getByRole('button', { name: 'Set the password and sign in' }).click();

  // Only the statement of the invitation is listed.
  await mod.getByRole('link', { name: 'Porto call on harm reduction' }).waitFor();
  assert.equal(await mod.getByText('Vienna statement on drug policy').count(), 0, 'no other statement');
  assert.equal((await mod.request.get(`${e2e.base}/coordinator/statements/vienna-2025`, { maxRedirects: 0 })).status(), 404);
  await mod.getByRole('link', { name: 'Porto call on harm reduction' }).click();
  await mod.getByText('Your role: Moderator').waitFor();
  await noSidewaysScroll(mod, 'the statement page of a moderator at 390 px');

  // No publishing, opening, closing or editing controls for a moderator.
  assert.equal(await mod.locator('form[action$="/editions"]').count(), 0, 'no publish form');
  assert.equal(await mod.getByRole('button', { name: /Publish edition/ }).count(), 0);
  assert.equal(await mod.locator('form[action$="/close"], form[action$="/open"]').count(), 0);
  assert.equal(await mod.getByRole('link', { name: 'Team and settings' }).count(), 0);

  // The moderator approves the pending sign-on.
  await mod.getByLabel(/Rede Brasileira de Redução de Danos/).check();
  await mod.getByRole('button', { name: 'Approve selected' }).click();
  await mod.getByText('Approved.', { exact: true }).waitFor();
  await mod.getByRole('heading', { name: 'Approved signatories (1)' }).waitFor();
  await mod.screenshot({ path: join(shots, 'team-moderator-statement-390.png'), fullPage: true });

  // A publish posted directly, with a valid form token, is refused.
  const csrf = await mod.locator('input[name="_csrf"]').first().inputValue();
  const refused = await mod.request.post(`${e2e.base}/coordinator/statements/porto-2026/editions`, { form: { _csrf: csrf, when: 'now', confirm: 'yes' }, maxRedirects: 0 });
  assert.equal(refused.status(), 403);
  const editions = await e2e.server.deps.db.selectFrom('editions').select('id').execute();
  assert.equal(editions.length, 0, 'no edition was made');

  // The moderator makes a token: offered no role above their own, shown the secret once.
  await mod.getByRole('link', { name: 'API tokens' }).click();
  const offered = await mod.getByLabel('Role (at most)').locator('option').evaluateAll((os) => os.map((o) => (o as unknown as { value: string }).value));
  assert.deepEqual(offered, ['', 'moderator', 'viewer']);
  await mod.getByLabel('Name', { exact: true }).fill('Regional import script');
  await mod.getByLabel('Role (at most)').selectOption('moderator');
  await mod.getByRole('button', { name: 'Create the token' }).click();
  const secret = (await mod.locator('#new-token').textContent())!.trim();
  assert.match(secret, /^usg_/);
  const asToken = await fetch(`${e2e.base}/api/v1/statements/porto-2026/signatures`, { headers: { authorization: `Bearer ${secret}` } });
  assert.equal(asToken.status, 200);
  await mod.goto(`${e2e.base}/coordinator/tokens`);
  assert.equal(await mod.locator('#new-token').count(), 0, 'shown once');
  await mod.getByRole('cell', { name: 'Regional import script', exact: true }).waitFor();

  // The pages of the team, as a user sees them: phone and desktop, English and Arabic.
  for (const [who, p, path, name] of [
    [convener, page, '/coordinator/statements/porto-2026/team', 'team'],
    [convener, page, '/coordinator/people', 'people'],
    [phone, mod, '/coordinator/tokens', 'tokens'],
  ] as const) {
    for (const lang of ['en', 'ar']) {
      for (const width of [390, 1280]) {
        await p.setViewportSize({ width, height: width === 390 ? 844 : 900 });
        await p.goto(`${e2e.base}${path}?lang=${lang}`);
        assert.equal(await p.getAttribute('html', 'dir'), lang === 'ar' ? 'rtl' : 'ltr');
        if (width === 390) await noSidewaysScroll(p, `${path} in ${lang}`);
        await p.screenshot({ path: join(shots, `team-${name}-${lang}-${width === 390 ? '390' : 'desktop'}.png`), fullPage: true });
      }
    }
    void who;
  }
});
