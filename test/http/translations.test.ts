import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createOneTimeLink } from '../../src/accounts/one-time-links.ts';
import { DIALECTS, unavailable } from '../support/databases.ts';
import { api, coordinatorToken, createTestApp, openStatement, type TestApp } from '../support/app.ts';
import { FormClient } from '../support/browser-form.ts';

const french = {
  language: 'fr',
  title: 'Appel à répondre à la crise sanitaire et des droits des personnes qui consomment des drogues',
  headline: '{count, plural, one {# ONG appelle} many {# d’ONG appellent} other {# ONG appellent}} les dirigeants du monde à agir',
  body: 'Nous appelons les gouvernements à agir.[^1]\n\n- Financer la réduction des risques\n\n[^1]: Une source, 2018.',
  place_and_date: 'Porto, le 28 avril 2019',
};

for (const dialect of DIALECTS) {
  describe(`translated statements on ${dialect}`, { skip: unavailable(dialect) ?? false }, () => {
    let t: TestApp;
    let token: string;
    before(async () => {
      t = await createTestApp(dialect);
      token = await coordinatorToken(t);
      await openStatement(t, token);
    });
    after(() => t.close());

    test('a translation is shown only once ready, in the page, the sign form and the JSON, saying which language prevails', async () => {
      const created = await api(t, 'POST', '/api/v1/statements/porto-2019/translations', { token, body: french });
      assert.equal(created.status, 201, created.text);
      assert.equal(created.json.ready, false);
      let json = (await api(t, 'GET', '/api/v1/statements/porto-2019?lang=fr')).json;
      assert.equal(json.language, 'en', 'not ready: the original is served');

      const ready = await api(t, 'PUT', '/api/v1/statements/porto-2019/translations/fr', { token, body: { ...french, ready: true } });
      assert.equal(ready.status, 200, ready.text);
      await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { token, body: { name: 'AIDES', country: 'FR' } });
      json = (await api(t, 'GET', '/api/v1/statements/porto-2019?lang=fr')).json;
      assert.equal(json.language, 'fr');
      assert.equal(json.original_language, 'en');
      assert.equal(json.authoritative_language, 'en');
      assert.equal(json.title, french.title);
      assert.equal(json.headline, '1 ONG appelle les dirigeants du monde à agir');
      assert.match(json.body_html, /Nous appelons les gouvernements/);
      assert.deepEqual(json.languages, ['en', 'fr']);
      const english = (await api(t, 'GET', '/api/v1/statements/porto-2019')).json;
      assert.equal(english.language, 'en');
      assert.match(english.body_html, /We call on governments/);

      const page = await (await t.app.request('/statements/porto-2019?lang=fr')).text();
      assert.match(page, /<html lang="fr" dir="ltr">/);
      assert.match(page, /<article lang="fr"/);
      assert.match(page, /Seule la version en anglais fait foi/);
      assert.match(page, /Financer la réduction des risques/);
      const arabic = await (await t.app.request('/statements/porto-2019?lang=ar')).text();
      assert.match(arabic, /<html lang="ar" dir="rtl">/);
      assert.match(arabic, /<article lang="en" dir="ltr">/, 'no Arabic translation: the original, marked as English');
      assert.match(arabic, /لم يُترجم هذا البيان/);
      const sign = await (await t.app.request('/statements/porto-2019/sign?lang=fr')).text();
      assert.match(sign, /Signer cette déclaration/);
      assert.match(sign, new RegExp(french.title.slice(0, 30)));

      const authoritative = await api(t, 'PUT', '/api/v1/statements/porto-2019/authoritative-language', { token, body: { language: 'fr' } });
      assert.equal(authoritative.status, 200, authoritative.text);
      json = (await api(t, 'GET', '/api/v1/statements/porto-2019')).json;
      assert.equal(json.authoritative_language, 'fr');
      assert.match(await (await t.app.request('/statements/porto-2019?lang=en')).text(), /The authoritative text is the French version/);
      await api(t, 'PUT', '/api/v1/statements/porto-2019/authoritative-language', { token, body: { language: 'en' } });
    });

    test('the signature records the language read; the email is in the signatory’s language with the title they read', async () => {
      const b = new FormClient(t);
      await b.get('/statements/porto-2019/sign?lang=fr');
      const r = await b.post('/statements/porto-2019/sign', { name: 'Réseau Santé Mali', country: 'ML', contact_name: 'Awa', contact_email: 'awa@rsm.example', authorised: 'yes' });
      assert.equal(r.status, 303);
      const row = await t.deps.db.selectFrom('signatures').select(['language']).where('name', '=', 'Réseau Santé Mali').executeTakeFirstOrThrow();
      assert.equal(row.language, 'fr');
      const contact = await t.deps.db.selectFrom('contacts').innerJoin('signatures', 'signatures.id', 'contacts.signature_id').select('contacts.language').where('signatures.name', '=', 'Réseau Santé Mali').executeTakeFirstOrThrow();
      assert.equal(contact.language, 'fr');
      await t.runJobs(); // the confirmation is written and sent by a background job
      const mail = (await api(t, 'GET', '/api/v1/outbox', { token })).json.messages.find((m: { to: string }) => m.to === 'awa@rsm.example');
      assert.equal(mail.subject, `Merci de confirmer votre signature : ${french.title}`);
      assert.match(mail.text, /^Bonjour Awa,/);
      const link = /\/confirm\/[\w-]+/.exec(mail.text)![0];
      // Opened on another device without a language preference: the page follows the signature.
      const page = await (await t.app.request(link)).text();
      assert.match(page, /<html lang="fr"/);
      assert.match(page, /Confirmer la signature/);
      const list = await api(t, 'GET', '/api/v1/statements/porto-2019/signatures?status=unconfirmed', { token });
      assert.equal(list.json.signatures.find((s: { name: string }) => s.name === 'Réseau Santé Mali').language, 'fr');
    });

    test('bad translations are refused with reasons; only coordinators write them', async () => {
      assert.equal((await api(t, 'POST', '/api/v1/statements/porto-2019/translations', { body: french })).status, 401);
      assert.equal((await api(t, 'POST', '/api/v1/statements/porto-2019/translations', { token, body: french })).status, 409, 'exists already');
      const original = await api(t, 'POST', '/api/v1/statements/porto-2019/translations', { token, body: { ...french, language: 'en' } });
      assert.equal(original.status, 409);
      assert.equal((await api(t, 'PUT', '/api/v1/statements/porto-2019/translations/es', { token, body: french })).status, 404);
      const bad = await api(t, 'POST', '/api/v1/statements/porto-2019/translations', { token, body: { language: 'not a tag', title: '', body: '', headline: 'sans nombre' } });
      assert.equal(bad.status, 422);
      assert.deepEqual(Object.keys(bad.json.error.fields).sort(), ['body', 'headline', 'language', 'title']);
      const unreadable = await api(t, 'POST', '/api/v1/statements/porto-2019/translations', { token, body: { ...french, language: 'es', headline: '{count, plural, one {# x}' } });
      assert.equal(unreadable.status, 422);
      assert.ok(unreadable.json.error.fields.headline);
      assert.equal((await api(t, 'PUT', '/api/v1/statements/porto-2019/authoritative-language', { token, body: { language: 'de' } })).status, 422);
    });

    test('a coordinator adds a translation and picks the authoritative language from the statement page', async () => {
      const b = new FormClient(t);
      const coordinator = await t.deps.db.selectFrom('coordinators').select('id').executeTakeFirstOrThrow();
      const link = await createOneTimeLink(t.deps.db, { purpose: 'sign-in', coordinatorId: coordinator.id, now: t.deps.clock() });
      await b.get(`/sign-in/link/${link}`);
      await b.post(`/sign-in/link/${link}`, {});
      const r = await b.post('/coordinator/statements/porto-2019/translations', { language: 'ar', title: 'نداء', body: 'ندعو الحكومات إلى التحرك.', headline: '', place_and_date: '', ready: 'on' });
      assert.equal(r.status, 303, r.html);
      const page = await b.get('/coordinator/statements/porto-2019?translation=ar');
      assert.match(page.html, /value="نداء"/);
      assert.equal((await b.post('/coordinator/statements/porto-2019/authoritative-language', { language: 'ar' })).status, 303);
      assert.equal((await api(t, 'GET', '/api/v1/statements/porto-2019')).json.authoritative_language, 'ar');
      const bad = await b.post('/coordinator/statements/porto-2019/translations', { language: 'es', title: '', body: '' });
      assert.equal(bad.status, 422);
      assert.match(bad.html, /id="f-title-error"/);
      const arabic = await (await t.app.request('/statements/porto-2019', { headers: { 'accept-language': 'ar' } })).text();
      assert.match(arabic, /<article lang="ar" dir="rtl">/);
    });
  });
}
