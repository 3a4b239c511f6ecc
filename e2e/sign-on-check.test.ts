import { contactsWithEmail } from '../src/contacts/contact.repository.ts';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createApiToken } from '../src/accounts/api-tokens.ts';
import { ensureCoordinator } from '../src/accounts/coordinator.ts';
import { startE2e, type E2e } from './harness.ts';

let e2e: E2e;
const shots = new URL('../tmp/e2e/', import.meta.url).pathname;

before(async () => {
  mkdirSync(shots, { recursive: true });
  // The real check, at a low cost; the confirm step's wait is 0 so no test has to sleep.
  e2e = await startE2e({ SIGN_ON_CHALLENGE: 'on', SIGN_ON_CHALLENGE_DIFFICULTY: '300', SIGN_ON_FALLBACK_SECONDS: '0' });
  const who = await ensureCoordinator(e2e.server.deps.db, { email: 'check@idpc.example', now: new Date() });
  const token = await createApiToken(e2e.server.deps.db, { coordinatorId: who.id, now: new Date() });
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const created = await fetch(`${e2e.base}/api/v1/statements`, { method: 'POST', headers, body: JSON.stringify({ slug: 'checked', title: 'Checked statement', language: 'en', body: 'We call for action.', headline: '{count} NGOs' }) });
  assert.equal(created.status, 201);
  assert.equal((await fetch(`${e2e.base}/api/v1/statements/checked/open`, { method: 'POST', headers })).status, 200);
});

after(() => e2e?.close());

// Contacts are sealed: found through the keyed hash of the email, as the app finds them.
const stateOf = async (email: string) => {
  const [contact] = await contactsWithEmail(e2e.server.deps.db, email);
  return contact ? e2e.server.deps.db.selectFrom('signatures').select('state').where('id', '=', contact.signatureId).executeTakeFirst() : undefined;
};

test('with JavaScript, the form solves the real proof of work itself and signs', async () => {
  const context = await e2e.browser.newContext({ viewport: { width: 390, height: 800 }, locale: 'en-GB' });
  const p = await context.newPage();
  await p.goto(`${e2e.base}/statements/checked/sign`);
  await p.getByLabel('Organisation name').fill('Réseau avec script');
  await p.getByLabel('Country').selectOption('SN');
  await p.getByLabel('Contact person').fill('Awa');
  await p.getByLabel('Contact email').fill('awa@script.example');
  await p.getByLabel('I am authorised to sign on behalf of this organisation.').check();
  await p.getByRole('button', { name: 'Sign the statement' }).click();
  await p.getByRole('heading', { name: 'Check your email' }).waitFor();
  assert.equal((await stateOf('awa@script.example'))?.state, 'unconfirmed');
  const used = await e2e.server.deps.db.selectFrom('used_challenges').select('key').execute();
  assert.ok(used.some((u) => u.key.startsWith('pow:')), 'a proof of work was sent and used');
  await e2e.smtp.waitFor('awa@script.example');
});

test('without JavaScript, the confirm step signs, in English and in Arabic', async () => {
  for (const [locale, email, button] of [
    ['en-GB', 'noscript@plain.example', 'Confirm and sign'],
    ['ar', 'noscript-ar@plain.example', 'تأكيد التوقيع'],
  ] as const) {
    const context = await e2e.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 }, locale });
    const p = await context.newPage();
    await p.goto(`${e2e.base}/statements/checked/sign`);
    await p.locator('#f-name').fill(`Réseau sans script ${locale}`);
    await p.locator('#f-country').selectOption('MA');
    await p.locator('#f-contact_name').fill('Youssef');
    await p.locator('#f-contact_email').fill(email);
    await p.locator('#f-authorised').check();
    await p.locator('form[action="/statements/checked/sign"] button[type="submit"]').click();
    await p.getByRole('button', { name: button }).waitFor();
    assert.equal(await stateOf(email), undefined, 'the confirm step stores nothing');
    if (locale === 'ar') assert.equal(await p.locator('html').getAttribute('dir'), 'rtl');
    await p.screenshot({ path: join(shots, `sign-on-confirm-step-${locale}.png`), fullPage: true });
    await p.getByRole('button', { name: button }).click();
    await p.locator('h1').filter({ hasNotText: button }).waitFor();
    await p.waitForURL(/\/statements\/checked\/signed$/);
    assert.equal((await stateOf(email))?.state, 'unconfirmed');
    await e2e.smtp.waitFor(email);
  }
});
