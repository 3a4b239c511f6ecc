import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';
import { createOneTimeLink } from '../../src/accounts/one-time-links.ts';
import { DIALECTS, unavailable } from '../support/databases.ts';
import { api, confirmationPath, coordinatorToken, createTestApp, type TestApp } from '../support/app.ts';
import { FormClient } from '../support/browser-form.ts';

/** Everything a reader sees (text and the attributes read aloud), leaving out parts marked as another language. */
function visibleText(html: string, language: string): string {
  const root = parse(html.replace(/<!DOCTYPE[^>]*>/i, ''), { comment: false });
  root.querySelectorAll('script, style, nav.languages, code').forEach((el) => el.remove());
  root.querySelectorAll('[lang]').forEach((el) => {
    if (el.tagName !== 'HTML' && (el.getAttribute('lang') ?? '').split('-')[0] !== language) el.remove();
  });
  const parts: string[] = [];
  const walk = (el: HTMLElement) => {
    for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
      const v = el.getAttribute?.(a);
      if (v) parts.push(v);
    }
    for (const child of el.childNodes) {
      if (child.nodeType === 3) parts.push(child.text);
      else if (child.nodeType === 1) walk(child as HTMLElement);
    }
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ');
}

// What may stay Latin on an Arabic page: the brand, file formats, language and country codes, the
// ICU plural keywords in the headline hint, the letters a–z of the slug rule, and what was typed.
const ALLOWED_LATIN =
  /^(?:Undersigned|PDF|CSV|JSON|Excel|UTF|UTC|SMTP|SMTP_URL|ISO|Markdown|Google|Forms|slug|xlsx|a|z|[A-Z]{2}|en|fr|es|ru|ar|pt-BR|porto|count|plural|zero|one|two|few|many|other|nowhere)$/;

function englishIn(text: string): string[] {
  const words = text
    .replace(/\S*(?:https?:\/\/|\/)\S*/g, ' ') // addresses and paths
    .replace(/\S+@\S+/g, ' ') // email addresses
    .match(/[A-Za-z][A-Za-z_-]*[A-Za-z]|[A-Za-z]/g);
  return (words ?? []).filter((w) => !ALLOWED_LATIN.test(w));
}

for (const dialect of DIALECTS) {
  describe(`interface languages on ${dialect}`, { skip: unavailable(dialect) ?? false }, () => {
    let t: TestApp;
    let token: string;
    before(async () => {
      t = await createTestApp(dialect);
      token = await coordinatorToken(t);
      const created = await api(t, 'POST', '/api/v1/statements', {
        token,
        body: {
          slug: 'halab-2026',
          title: 'نداء من أجل الحد من الضرر',
          language: 'ar',
          body: 'ندعو الحكومات إلى التحرك.[^1]\n\n- تمويل الحد من الضرر\n\n[^1]: مصدر، 2018.',
          headline: '{count, plural, zero {لا منظمة تدعو} one {منظمة واحدة تدعو} two {منظمتان تدعوان} few {# منظمات تدعو} many {# منظمة تدعو} other {# منظمة تدعو}} قادة العالم',
          place_and_date: 'بيروت، 28 أبريل 2026',
        },
      });
      assert.equal(created.status, 201, created.text);
      await api(t, 'POST', '/api/v1/statements/halab-2026/open', { token });
    });
    after(() => t.close());

    test('?lang= sets the language and a cookie; then the cookie, then Accept-Language, then the statement language', async () => {
      const b = new FormClient(t);
      const fr = await b.get('/statements/halab-2026?lang=fr');
      assert.match(fr.html, /<html lang="fr" dir="ltr">/);
      assert.match(fr.headers.get('set-cookie') ?? '', /usg_lang=fr/);
      assert.match(fr.headers.get('cache-control') ?? '', /^private/, 'a page that sets the reader’s cookie is not for shared caches');
      assert.match((await b.get('/statements/halab-2026/sign')).html, /<html lang="fr" dir="ltr">[\s\S]*Signer cette déclaration/);
      const byHeader = await t.app.request('/statements/halab-2026/sign', { headers: { 'accept-language': 'es-MX,es;q=0.9,en;q=0.5' } });
      assert.match(await byHeader.text(), /<html lang="es" dir="ltr">[\s\S]*Firmar esta declaración/);
      const byStatement = await t.app.request('/statements/halab-2026', { headers: { 'accept-language': 'de-DE, sw;q=0.8' } });
      assert.match(await byStatement.text(), /<html lang="ar" dir="rtl">/);
      const ar = await t.app.request('/statements/halab-2026?lang=ar');
      const html = await ar.text();
      assert.match(html, /<html lang="ar" dir="rtl">/);
      assert.match(html, /<nav class="languages"[^>]*>[\s\S]*href="\?lang=fr"[^>]*>Français<\/a>/, 'a language switcher that needs no script');
      assert.match(html, /aria-current="true"[^>]*>العربية</);
    });

    test('hostile language tags are ignored, never a 500', async () => {
      for (const tag of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'x'.repeat(5000), 'en;q=abc', '*', ',,,;;;', 'ar-', '-ar', 'zz-ZZ-__proto__']) {
        for (const path of ['/healthz', '/', '/statements/halab-2026', '/statements/halab-2026/sign', '/api/v1/statements/halab-2026', '/statements/nope', '/sign-in']) {
          const res = await t.app.request(path, { headers: { 'accept-language': tag, cookie: `usg_lang=${encodeURIComponent(tag.slice(0, 100))}` } });
          assert.ok(res.status < 500, `${path} with ${tag.slice(0, 20)} → ${res.status}`);
        }
        const res = await t.app.request(`/statements/halab-2026?lang=${encodeURIComponent(tag.slice(0, 100))}`);
        assert.equal(res.status, 200);
      }
    });

    test('validation messages and API errors come in the reader’s language', async () => {
      const r = await t.app.request('/api/v1/statements/halab-2026/signatures', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'fr' },
        body: JSON.stringify({ name: '', country: 'XX', contact_name: 'x', contact_email: 'nope' }),
      });
      const json = (await r.json()) as { error: { message: string; fields: Record<string, string> } };
      assert.equal(r.status, 422);
      assert.equal(json.error.message, '3 champs sont à corriger.');
      assert.equal(json.error.fields.name, 'Nom de l’organisation : ce champ est obligatoire.');
      assert.match(json.error.fields.country!, /^Choisissez un pays/);
      const missing = await t.app.request('/api/v1/statements/nope', { headers: { 'accept-language': 'ru' } });
      assert.equal(((await missing.json()) as { error: { message: string } }).error.message, 'Заявление «nope» не найдено.');
    });

    test('the sign page is served gzipped and weighs under 50 KB with its stylesheet', async () => {
      let total = 0;
      for (const path of ['/statements/halab-2026/sign?lang=ar', '/assets/app.css']) {
        const res = await t.app.request(path, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
        assert.equal(res.headers.get('content-encoding'), 'gzip', path);
        const bytes = Buffer.from(await res.arrayBuffer());
        assert.ok(gunzipSync(bytes).length > bytes.length, `${path} really is gzip`);
        total += bytes.length;
      }
      assert.ok(total < 50 * 1024, `sign page and CSS weigh ${total} bytes gzipped`);
    });

    test('every page rendered in Arabic holds no English outside the catalogue', async () => {
      const b = new FormClient(t);
      const pages: [string, string][] = [];
      const see = async (path: string) => {
        const r = await b.get(path);
        assert.ok(r.status < 500, `${path} → ${r.status}`);
        pages.push([path, r.html]);
      };
      await see('/?lang=ar');
      // A signatory signs, makes mistakes first, confirms.
      await see('/statements/halab-2026/sign');
      const bad = await b.post('/statements/halab-2026/sign', { name: '', country: '', contact_name: '', contact_email: 'x' });
      assert.equal(bad.status, 422);
      pages.push(['sign with errors', bad.html]);
      await b.post('/statements/halab-2026/sign', { name: 'جمعية العون الصحي', country: 'LB', contact_name: 'ليلى', contact_email: 'layla@aoun.example', authorised: 'yes' });
      await see('/statements/halab-2026/signed');
      const confirm = await confirmationPath(t, token, 'layla@aoun.example');
      await see(confirm);
      pages.push(['confirmed', (await b.post(confirm, {})).html]);
      await see('/confirm/not-a-real-token-but-long-enough');
      await see('/statements/nowhere');
      await see('/sign-in');
      await see(`/setup/${await createOneTimeLink(t.deps.db, { purpose: 'setup', coordinatorId: null, now: t.deps.clock() })}`);
      // The coordinator's pages, with something in every section.
      await api(t, 'POST', '/api/v1/statements/halab-2026/signatures', { token, body: { name: 'شبكة الأمل', country: 'JO', website: 'amal.example', initiator: true } });
      await api(t, 'POST', '/api/v1/statements/halab-2026/signatures', { token, body: { name: 'شبكة  الأمل', country: 'JO', website: 'amal.example' } });
      const coordinator = await t.deps.db.selectFrom('coordinators').select('id').executeTakeFirstOrThrow();
      const link = await createOneTimeLink(t.deps.db, { purpose: 'sign-in', coordinatorId: coordinator.id, now: t.deps.clock() });
      await see(`/sign-in/link/${link}`);
      await b.post(`/sign-in/link/${link}`, {});
      await see('/coordinator');
      await see('/coordinator/statements/new');
      pages.push(['new statement with errors', (await b.post('/coordinator/statements', { slug: 'Bad Slug', title: '', language: '', body: '' })).html]);
      await see('/coordinator/statements/halab-2026?done=created');
      await b.post('/coordinator/statements/halab-2026/editions', { when: 'now', confirm: 'yes' });
      await see('/coordinator/statements/halab-2026?done=published');
      await see('/statements/halab-2026');
      await see('/coordinator/outbox');
      await see('/coordinator/statements/halab-2026/duplicates');
      await see('/coordinator/statements/halab-2026/import');
      // The team's pages: people, a statement's team, API tokens (with one token listed).
      await b.post('/coordinator/tokens', { name: 'برنامج التصدير' });
      await see('/coordinator/people');
      await see('/coordinator/statements/halab-2026/team');
      await see('/coordinator/tokens');
      const empty = await b.post('/coordinator/statements/halab-2026/import', { text: '   ' });
      assert.equal(empty.status, 422);
      assert.match(empty.html, /لم يُلصق أي شيء\./, 'an import error in Arabic');
      pages.push(['import with an error', empty.html]);
      const preview = await b.post('/coordinator/statements/halab-2026/import', { text: '1. جمعية النور (لبنان)\n2. شبكة الأمل\n' });
      assert.equal(preview.status, 303, preview.html);
      await see(preview.location!);
      const found: Record<string, string[]> = {};
      for (const [path, html] of pages) {
        assert.match(html, /<html lang="ar" dir="rtl">/, path);
        const words = englishIn(visibleText(html, 'ar'));
        if (words.length) found[path] = words;
      }
      assert.deepEqual(found, {}, 'English words on Arabic pages');
    });
  });
}
