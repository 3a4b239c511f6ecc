import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateSync } from 'otplib';
import { ensureCoordinator } from '../src/accounts/coordinator.ts';
import { hashPassword } from '../src/accounts/passwords.ts';
import { startE2e, type E2e } from './harness.ts';

const shots = new URL('../tmp/e2e/', import.meta.url).pathname;
let e2e: E2e;

before(async () => {
  mkdirSync(shots, { recursive: true });
  e2e = await startE2e();
  const passwordHash = await hashPassword('an admin passphrase');
  await ensureCoordinator(e2e.server.deps.db, { email: 'admin@idpc.example', now: new Date(), passwordHash }); // first: admin
  await ensureCoordinator(e2e.server.deps.db, { email: 'moderator@hri.example', now: new Date(), passwordHash: await hashPassword('forgotten passphrase') });
});

after(() => e2e?.close());

/** The code for the next 30-second step: accepted (clocks drift by a step), and never the one just used. */
const nextCode = (secret: string) => generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });

test('an admin turns on a TOTP second factor and signs in with a code', async () => {
  const context = await e2e.browser.newContext({ javaScriptEnabled: false, locale: 'en-GB', viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${e2e.base}/sign-in`);
  await page.getByLabel('Email').fill('admin@idpc.example');
  await page.getByLabel('Password').fill('an admin passphrase');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Your sessions' }).click();
  await page.getByRole('heading', { name: 'Your sessions' }).waitFor();
  await page.getByRole('link', { name: 'Turn on a second factor for signing in' }).click();
  await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
  await page.locator('.qr svg').waitFor();
  await page.screenshot({ path: join(shots, 'second-factor-enrol-390.png'), fullPage: true });
  const secret = (await page.locator('code.secret').first().textContent())!.trim();
  await page.getByLabel('The six-digit code the app shows').fill(generateSync({ secret }));
  await page.getByRole('button', { name: 'Turn on' }).click();
  await page.getByRole('heading', { name: 'Recovery codes' }).waitFor();
  assert.equal(await page.locator('.recovery-codes li').count(), 10);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.goto(`${e2e.base}/sign-in`);
  await page.getByLabel('Email').fill('admin@idpc.example');
  await page.getByLabel('Password').fill('an admin passphrase');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Enter your code' }).waitFor();
  await page.getByLabel('Code from your app, or a recovery code').fill(nextCode(secret));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Audit log' }).click();
  await page.getByRole('heading', { name: 'Audit log of the whole instance' }).waitFor();
  await page.getByRole('cell', { name: 'Turned on the second factor' }).waitFor();
  await page.screenshot({ path: join(shots, 'audit-instance-390.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${e2e.base}/coordinator/audit?lang=ar`);
  await page.getByRole('heading', { name: 'سجل التدقيق للخادم كله' }).waitFor();
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  await page.screenshot({ path: join(shots, 'audit-instance-ar-desktop.png'), fullPage: true });
  await page.goto(`${e2e.base}/account/sessions?lang=ar`);
  await page.screenshot({ path: join(shots, 'sessions-ar-desktop.png'), fullPage: true });
  // Contexts stay open until the browser closes: with single-process Chromium, closing the last one ends the browser.
});

test('a coordinator who forgot the password resets it through the emailed link', async () => {
  const context = await e2e.browser.newContext({ javaScriptEnabled: false, locale: 'en-GB', viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${e2e.base}/sign-in`);
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await page.getByLabel('Email').fill('moderator@hri.example');
  await page.getByRole('button', { name: 'Send the link' }).click();
  await page.getByText('If an account has this address, a link is on its way.').waitFor();
  await page.screenshot({ path: join(shots, 'password-reset-sent-390.png'), fullPage: true });
  const mail = await e2e.smtp.waitFor('moderator@hri.example');
  const link = /(http:\/\/127\.0\.0\.1:\d+\/password-reset\/[\w-]+)/.exec(mail.text)?.[1];
  assert.ok(link, mail.text);
  await page.goto(link);
  await page.getByLabel('Password').fill('a remembered passphrase');
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await page.getByRole('link', { name: 'Your sessions' }).waitFor();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.goto(`${e2e.base}/sign-in`);
  await page.getByLabel('Email').fill('moderator@hri.example');
  await page.getByLabel('Password').fill('a remembered passphrase');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Your sessions' }).waitFor();
  // The link was for one use.
  const again = await page.goto(link);
  assert.equal(again?.status(), 404);
  // Contexts stay open until the browser closes: with single-process Chromium, closing the last one ends the browser.
});
