import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createApiToken } from '../src/accounts/api-tokens.ts';
import { ensureCoordinator } from '../src/accounts/coordinator.ts';
import { createOneTimeLink } from '../src/accounts/one-time-links.ts';
import { LOCALES } from '../src/i18n/i18n.ts';
import { startE2e, type E2e } from './harness.ts';

let e2e: E2e;
let browser: Browser;
let server: E2e['server'];
let smtp: E2e['smtp'];
let base: string;
let token: string;
const shots = new URL('../tmp/e2e/', import.meta.url).pathname;
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const LONG_URL = 'https://www.unodc.org/documents/data-and-analysis/WDR2018/Booklet_2_GLOBAL.pdf?utm_source=statement&utm_medium=footnote&utm_campaign=harm-reduction-2019-long-address';

async function call(method: string, path: string, body?: unknown) {
  const res = await fetch(base + path, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
  assert.ok(res.status < 300, `${method} ${path} → ${res.status} ${await res.clone().text()}`);
  return res.json();
}

before(async () => {
  mkdirSync(shots, { recursive: true });
  e2e = await startE2e();
  ({ browser, server, smtp, base } = e2e);
  const who = await ensureCoordinator(server.deps.db, { email: 'coordination@idpc.example', now: new Date() });
  token = await createApiToken(server.deps.db, { coordinatorId: who.id, now: new Date() });
  await call('POST', '/api/v1/statements', {
    slug: 'porto-2019',
    title: 'Joint statement on harm reduction',
    language: 'en',
    headline: '{count, plural, one {# NGO calls} other {# NGOs call}} on world leaders to act',
    place_and_date: 'Porto, 28 April 2019',
    body: `We call on governments to act.[^1]\n\n- Fund harm reduction\n- End compulsory detention\n\n[^1]: World Drug Report 2018, ${LONG_URL}`,
  });
  await call('POST', '/api/v1/statements/porto-2019/translations', {
    language: 'fr',
    title: 'Déclaration commune sur la réduction des risques',
    headline: '{count, plural, one {# ONG appelle} many {# d’ONG appellent} other {# ONG appellent}} les dirigeants du monde à agir',
    body: `Nous appelons les gouvernements à agir.[^1]\n\n- Financer la réduction des risques\n\n[^1]: Rapport mondial sur les drogues 2018, ${LONG_URL}`,
    ready: true,
  });
  await call('POST', '/api/v1/statements/porto-2019/translations', {
    language: 'ar',
    title: 'بيان مشترك بشأن الحد من الضرر',
    headline: '{count, plural, zero {لا منظمة تدعو} one {منظمة واحدة تدعو} two {منظمتان تدعوان} few {# منظمات تدعو} many {# منظمة تدعو} other {# منظمة تدعو}} قادة العالم إلى التحرك',
    body: `ندعو الحكومات إلى التحرك.[^1]\n\n- تمويل الحد من الضرر\n\n[^1]: تقرير المخدرات العالمي 2018، ${LONG_URL}`,
    ready: true,
  });
  await call('POST', '/api/v1/statements/porto-2019/open');
  for (const [name, country] of [['International Drug Policy Consortium', 'GB'], ['جمعية العون الصحي', 'LB'], ['СВОН Плюс', 'KZ']] as const) {
    await call('POST', '/api/v1/statements/porto-2019/signatures', { name, country, initiator: name.startsWith('International') });
  }
});

after(() => e2e?.close());

// Contexts stay open until the browser closes: the single-process Chromium fallback dies when one closes.

/** A phone without JavaScript, its browser set to one language. */
const phone = (locale: string) => browser.newContext({ javaScriptEnabled: false, locale, viewport: { width: 390, height: 844 } });

// Run in the page; a string, as the project compiles without the DOM library.
const PAGE_WIDTH = 'document.documentElement.scrollWidth';
const WIDE_ELEMENTS = `[...document.querySelectorAll('body *')]
  .filter((el) => el.getBoundingClientRect().right > 391 || el.getBoundingClientRect().left < -1)
  .slice(0, 5)
  .map((el) => el.tagName.toLowerCase() + '.' + el.className + ' ' + Math.round(el.getBoundingClientRect().width) + 'px')`;

async function noSidewaysScroll(page: Page, what: string) {
  const width = (await page.evaluate(PAGE_WIDTH)) as number;
  if (width > 390) assert.fail(`${what} is ${width} px wide at 390 px: ${((await page.evaluate(WIDE_ELEMENTS)) as string[]).join(', ')}`);
}

async function signOnAndConfirm(context: BrowserContext, labels: Record<string, string | RegExp>, org: { name: string; email: string }) {
  const page = await context.newPage();
  await page.goto(`${base}/statements/porto-2019`);
  await page.getByRole('link', { name: labels.cta! }).click();
  await page.getByLabel(labels.name!).fill(org.name);
  await page.getByLabel(labels.country!, { exact: true }).selectOption('ML');
  await page.getByLabel(labels.contact!).fill('Awa Traoré');
  await page.getByLabel(labels.email!).fill(org.email);
  await page.getByLabel(labels.authorised!).check();
  await page.getByRole('button', { name: labels.submit! }).click();
  await page.getByRole('heading', { name: labels.checkEmail! }).waitFor();
  const mail = await smtp.waitFor(org.email);
  const link = /(http:\/\/127\.0\.0\.1:\d+\/confirm\/[\w-]+)/.exec(mail.text)?.[1];
  assert.ok(link, `confirmation link in: ${mail.text}`);
  await page.goto(link);
  await page.getByRole('button', { name: labels.confirm! }).click();
  await page.getByRole('heading', { name: labels.done! }).waitFor();
  return { page, mail };
}

test('a French signatory without JavaScript signs, gets the email in French and confirms', async () => {
  const context = await phone('fr-FR');
  const { page, mail } = await signOnAndConfirm(
    context,
    {
      cta: 'Signer au nom de votre organisation',
      name: 'Nom de l’organisation',
      country: 'Pays',
      contact: 'Personne de contact',
      email: 'Adresse e-mail de contact',
      authorised: /habilité·e à signer/,
      submit: 'Signer la déclaration',
      checkEmail: 'Consultez votre messagerie',
      confirm: 'Confirmer la signature',
      done: /votre signature est confirmée/,
    },
    { name: 'Association Kénédougou Solidarité', email: 'awa@aks.example' },
  );
  assert.match(mail.text, /^Bonjour Awa Traoré,/m);
  assert.match(mail.text, /Vous avez signé « Déclaration commune sur la réduction des risques » au nom de Association Kénédougou Solidarité/);
  assert.match(mail.raw, /Subject: =\?UTF-8\?|Subject: Merci/i);
  assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
  await page.screenshot({ path: join(shots, 'fr-confirmed-390.png'), fullPage: true });
});

test('an Arabic signatory without JavaScript signs right to left, gets the email in Arabic and confirms', async () => {
  const context = await phone('ar');
  const { page, mail } = await signOnAndConfirm(
    context,
    {
      cta: 'وقّع باسم منظمتك',
      name: 'اسم المنظمة',
      country: 'البلد',
      contact: 'الشخص المسؤول عن الاتصال',
      email: 'البريد الإلكتروني للاتصال',
      authorised: /مفوَّض\/ة بالتوقيع/,
      submit: 'وقّع البيان',
      checkEmail: 'تحقّق من بريدك الإلكتروني',
      confirm: 'تأكيد التوقيع',
      done: /تم تأكيد توقيعك/,
    },
    { name: 'الشبكة العربية للحد من الضرر', email: 'layla@menahra.example' },
  );
  assert.match(mail.text, /^مرحبًا Awa Traoré،/m);
  assert.match(mail.text, /لقد وقّعت على «بيان مشترك بشأن الحد من الضرر» باسم الشبكة العربية للحد من الضرر/);
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  await page.screenshot({ path: join(shots, 'ar-confirmed-390.png'), fullPage: true });
  const row = await server.deps.db.selectFrom('signatures').select('language').where('name', '=', 'الشبكة العربية للحد من الضرر').executeTakeFirstOrThrow();
  assert.equal(row.language, 'ar');
});

test('axe finds no WCAG 2.1 AA violation on the public page, sign form and confirm page in all six languages; nothing scrolls sideways at 390 px', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const found: string[] = [];
  for (const lang of LOCALES) {
    // A confirmation link for this language, through the real email.
    const email = `focal-${lang}@axe.example`;
    await fetch(`${base}/api/v1/statements/porto-2019/signatures?lang=${lang}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': lang },
      body: JSON.stringify({ name: `Réseau ${lang}`, country: 'SN', contact_name: 'Focal', contact_email: email }),
    });
    const link = /(http:\/\/127\.0\.0\.1:\d+\/confirm\/[\w-]+)/.exec((await smtp.waitFor(email)).text)![1]!;
    for (const [what, url] of [
      ['public page', `${base}/statements/porto-2019?lang=${lang}`],
      ['sign form', `${base}/statements/porto-2019/sign?lang=${lang}`],
      ['confirm page', `${link}?lang=${lang}`],
    ] as const) {
      await page.goto(url);
      assert.equal(await page.locator('html').getAttribute('lang'), lang, `${what} in ${lang}`);
      const result = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
      for (const v of result.violations) found.push(`${lang} ${what}: ${v.id} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      await noSidewaysScroll(page, `${what} in ${lang}`);
      if (lang === 'ar' || lang === 'fr') await page.screenshot({ path: join(shots, `${lang}-${what.replace(' ', '-')}-390.png`), fullPage: true });
    }
  }
  assert.deepEqual(found, []);
  // The same pages on a desktop, for a person to look at (tmp/e2e/).
  const desktop = await (await browser.newContext({ viewport: { width: 1100, height: 900 } })).newPage();
  for (const lang of ['ar', 'fr']) {
    await desktop.goto(`${base}/statements/porto-2019?lang=${lang}`);
    await desktop.screenshot({ path: join(shots, `${lang}-public-page-desktop.png`), fullPage: true });
  }
});

test('coordinator pages do not scroll sideways at 390 px either (statement page, outbox)', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const who = await server.deps.db.selectFrom('coordinators').select('id').executeTakeFirstOrThrow();
  await page.goto(`${base}/sign-in/link/${await createOneTimeLink(server.deps.db, { purpose: 'sign-in', coordinatorId: who.id, now: new Date() })}`);
  await page.locator('main button[type=submit]').click();
  await page.waitForURL(/\/coordinator$/);
  for (const lang of ['en', 'ar']) {
    for (const path of ['/coordinator', '/coordinator/statements/porto-2019', '/coordinator/outbox', '/coordinator/statements/porto-2019/import']) {
      await page.goto(`${base}${path}?lang=${lang}`);
      await noSidewaysScroll(page, `${path} in ${lang}`);
    }
    await page.goto(`${base}/coordinator/statements/porto-2019?lang=${lang}`);
    await page.screenshot({ path: join(shots, `coordinator-statement-${lang}-390.png`), fullPage: true });
  }
});
