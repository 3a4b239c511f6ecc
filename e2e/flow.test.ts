import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createOneTimeLink } from '../src/accounts/one-time-links.ts';
import { startE2e, type E2e } from './harness.ts';

let e2e: E2e;
const shots = new URL('../tmp/e2e/', import.meta.url).pathname;

before(async () => {
  mkdirSync(shots, { recursive: true });
  e2e = await startE2e();
});

after(() => e2e?.close());

test('a coordinator opens a statement, an organisation signs and confirms by email, the coordinator approves, the public sees it', async () => {
  // The operator's first-start link creates the coordinator account.
  const setup = await createOneTimeLink(e2e.server.deps.db, { purpose: 'setup', coordinatorId: null, now: new Date() });
  const coordinator = await e2e.browser.newContext();
  const c = await coordinator.newPage();
  await c.goto(`${e2e.base}/setup/${setup}`);
  await c.getByLabel('Your email').fill('advocacy@idpc.example');
  await c.getByLabel(/Password/).fill('correct horse battery');
  await c.getByRole('button', { name: 'Create account' }).click();
  await c.getByRole('heading', { name: 'Statements' }).waitFor();

  await c.getByRole('link', { name: 'New statement' }).click();
  await c.getByLabel('Title').fill('Porto call on harm reduction');
  await c.getByLabel('Address (slug)').fill('porto-call');
  await c.getByLabel('Headline with count').fill('{count} NGOs call on world leaders');
  await c.getByLabel('Text (Markdown)').fill('We call for action.[^1]\n\n- Fund harm reduction\n\n[^1]: UNAIDS, 2018.');
  await c.getByRole('button', { name: 'Create draft' }).click();
  await c.getByText('Draft created').waitFor();
  await c.getByRole('button', { name: 'Open for signature' }).click();
  await c.getByText('The statement is open for signature.').waitFor();
  assert.equal(await c.locator('#statement-state').textContent(), 'open');

  // A signatory on a phone-sized screen, no account.
  const signatory = await e2e.browser.newContext({ viewport: { width: 375, height: 740 }, locale: 'en-GB' });
  const s = await signatory.newPage();
  await s.goto(`${e2e.base}/statements/porto-call`);
  await s.getByRole('link', { name: 'Sign on behalf of your organisation' }).click();
  await s.getByLabel('Organisation name').fill('СВОН Плюс');
  await s.getByLabel('Country').selectOption('KZ');
  await s.getByLabel('Contact person').fill('Aigerim');
  await s.getByLabel('Contact email').fill('aigerim@svon.example');
  await s.getByLabel('I am authorised to sign on behalf of this organisation.').check();
  await s.screenshot({ path: join(shots, 'sign-form-phone.png'), fullPage: true });
  await s.getByRole('button', { name: 'Sign the statement' }).click();
  await s.getByRole('heading', { name: 'Check your email' }).waitFor();

  // The real email, through a real SMTP peer.
  const mail = await e2e.smtp.waitFor('aigerim@svon.example');
  const link = /(http:\/\/127\.0\.0\.1:\d+\/confirm\/[\w-]+)/.exec(mail.text)?.[1];
  assert.ok(link, `confirmation link in: ${mail.text}`);
  assert.match(mail.text, /СВОН Плюс/);
  await s.goto(link);
  await s.getByRole('button', { name: 'Confirm the signature' }).click();
  await s.getByRole('heading', { name: /your signature is confirmed/ }).waitFor();

  // Moderation.
  await c.reload();
  await c.getByRole('checkbox', { name: 'Select СВОН Плюс' }).check();
  await c.getByRole('button', { name: 'Approve selected' }).click();
  await c.getByText('Approved.').waitFor();

  // The public page.
  const pub = await (await e2e.browser.newContext()).newPage();
  await pub.goto(`${e2e.base}/statements/porto-call`);
  await pub.getByRole('heading', { name: '1 NGOs call on world leaders' }).waitFor();
  assert.equal(await pub.locator('#count').getAttribute('data-count'), '1');
  assert.match((await pub.locator('ol.signatories').textContent()) ?? '', /СВОН Плюс — Kazakhstan/);
  const html = await pub.content();
  assert.doesNotMatch(html, /aigerim/i);
  assert.ok((await pub.locator('.footnotes').count()) === 1, 'the footnote renders as a footnote');
  await pub.screenshot({ path: join(shots, 'public-statement.png'), fullPage: true });

  // Publication: the coordinator publishes edition 1; the public downloads its PDF.
  await c.getByLabel(/edition 1 freezes the text \(version 1\) and the list of 1 organisation/).check();
  await c.getByRole('button', { name: 'Publish edition 1' }).click();
  await c.getByText('Edition published.').waitFor();
  await pub.reload();
  const pdfLink = pub.getByRole('link', { name: 'PDF' });
  await pdfLink.waitFor();
  const res = await pub.request.get(new URL((await pdfLink.getAttribute('href'))!, e2e.base).toString());
  assert.equal(res.status(), 200);
  assert.equal(res.headers()['content-type'], 'application/pdf');
  assert.equal((await res.body()).subarray(0, 5).toString(), '%PDF-');
});
