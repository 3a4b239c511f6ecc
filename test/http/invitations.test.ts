import { unseal } from '../../src/contacts/contact-keys.ts';
import { emailHash } from '../../src/partners/partner-contacts.ts';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DIALECTS, unavailable } from '../support/databases.ts';
import { api, coordinatorToken, createTestApp, openStatement, type TestApp } from '../support/app.ts';
import { coordinatorBrowser, FormClient } from '../support/browser-form.ts';

interface Mail {
  id: string;
  to: string;
  subject: string;
  text: string;
}

async function outbox(t: TestApp, token: string): Promise<Mail[]> {
  await t.runJobs();
  return (await api(t, 'GET', '/api/v1/outbox', { token })).json.messages as Mail[];
}
const invitationsTo = async (t: TestApp, token: string, to: string) => (await outbox(t, token)).filter((m) => m.to === to && m.text.includes('/unsubscribe/')).reverse();
const pathOf = (text: string, kind: 'sign' | 'unsubscribe') => {
  const re = kind === 'sign' ? /http:\/\/undersigned\.test(\/statements\/[a-z0-9-]+\/sign\?invitation=[A-Za-z0-9_-]+&lang=[a-z]+)/ : /http:\/\/undersigned\.test(\/unsubscribe\/[A-Za-z0-9_-]+)/;
  const m = re.exec(text);
  assert.ok(m, `a ${kind} link in the email`);
  return m[1]!;
};

/** Signs through the API in a language, confirms through the emailed link, and runs the registry job. */
async function signAndConfirm(t: TestApp, token: string, slug: string, body: Record<string, unknown>, language = 'en') {
  const res = await t.app.request(`/api/v1/statements/${slug}/signatures`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': language }, body: JSON.stringify(body) });
  assert.equal(res.status, 202, await res.text());
  const mail = (await outbox(t, token)).find((m) => m.to === body.contact_email && /\/confirm\//.test(m.text));
  const path = /http:\/\/undersigned\.test(\/confirm\/[A-Za-z0-9_-]+)/.exec(mail!.text)![1]!;
  const b = new FormClient(t);
  await b.get(path);
  assert.equal((await b.post(path, {})).status, 200);
  await t.runJobs();
}

const organisationOf = async (t: TestApp, name: string) =>
  (await t.deps.db.selectFrom('signatures').select('organisation_id').where('name', '=', name).where('organisation_id', 'is not', null).executeTakeFirstOrThrow()).organisation_id!;

const agreed = { name: 'Asociación Rumbo', country: 'CO', type: 'ngo', website: 'rumbo.example.org', contact_name: 'Lucía Pérez', contact_email: 'lucia@rumbo.example.org', updates_consent: true };
const declined = { name: 'Harm Reduction Nepal', country: 'NP', type: 'ngo', contact_name: 'Sita Rai', contact_email: 'sita@hrn.example.org' };

for (const dialect of DIALECTS) {
  describe(`inviting partners on ${dialect}`, { skip: unavailable(dialect) ?? false }, () => {
    let t: TestApp;
    let token: string;
    let rumbo = '';
    let nepal = '';
    before(async () => {
      t = await createTestApp(dialect);
      token = await coordinatorToken(t);
      for (const slug of ['earlier', 'next', 'third', 'fourth']) await openStatement(t, token, slug);
      // Lucía signs in Spanish and agrees to hear about future statements; Sita does not tick the box.
      await signAndConfirm(t, token, 'earlier', agreed, 'es');
      await signAndConfirm(t, token, 'earlier', declined, 'en');
      rumbo = await organisationOf(t, agreed.name);
      nepal = await organisationOf(t, declined.name);
    });
    after(() => t.close());

    test('the consent box is on both sign forms, unticked, and stored only when ticked', async () => {
      const page = await (await t.app.request('/statements/next/sign')).text();
      assert.match(page, /<input id="f-updates-consent" type="checkbox" name="updates_consent" value="on"[^>]*>/);
      assert.doesNotMatch(page, /name="updates_consent" value="on" checked/);
      const consents = await t.deps.db.selectFrom('contacts').select(['email', 'updates_consent']).orderBy('email').execute();
      assert.deepEqual(consents.map((c) => [unseal(c.email), Number(c.updates_consent)]).sort(), [['lucia@rumbo.example.org', 1], ['sita@hrn.example.org', 0]]);
    });

    test('the registry lists only organisations whose contact agreed', async () => {
      const b = await coordinatorBrowser(t);
      const page = await b.get('/coordinator/statements/next/partners');
      assert.equal(page.status, 200);
      assert.match(page.html, /Asociación Rumbo/);
      assert.doesNotMatch(page.html, /Harm Reduction Nepal/);
    });

    test('bad input is refused whole, naming the bad address, and sends nothing', async () => {
      const bad = await api(t, 'POST', '/api/v1/statements/next/invitations', { token, body: { emails: ['ok@partner.example.org', 'not-an-address'] } });
      assert.equal(bad.status, 422, bad.text);
      assert.match(JSON.stringify(bad.json), /not-an-address/);
      assert.equal((await api(t, 'POST', '/api/v1/statements/next/invitations', { token, body: { emails: Array.from({ length: 501 }, (_, i) => `p${i}@x.example.org`) } })).status, 422);
      assert.equal((await api(t, 'POST', '/api/v1/statements/next/invitations', { token, body: {} })).status, 422);
      for (const body of [{ emails: 'a@b.example.org' }, { organisations: [1, 2] }, { emails: [null] }, { language: 'xx', emails: ['a@b.example.org'] }, [], 'text']) {
        assert.equal((await api(t, 'POST', '/api/v1/statements/next/invitations', { token, body })).status, 422, JSON.stringify(body));
      }
      assert.equal((await api(t, 'POST', '/api/v1/statements/next/invitations', { token, rawBody: '{"emails": [' })).status, 400);
      assert.equal((await api(t, 'POST', '/api/v1/statements/nowhere/invitations', { token, body: { emails: ['a@b.example.org'] } })).status, 404);
      assert.equal((await api(t, 'POST', '/api/v1/statements/next/invitations', { body: { emails: ['a@b.example.org'] } })).status, 401);
      assert.equal((await t.deps.db.selectFrom('partner_invitations').select('id').execute()).length, 0);
    });

    test('one personal email per contact per statement, in the contact’s language, none to a contact who did not agree', async () => {
      const r = await api(t, 'POST', '/api/v1/statements/next/invitations', {
        token,
        body: { organisations: [rumbo, nepal], emails: ['Ana@Partner.example.org', 'ana@partner.example.org', 'dev@pasted.example.org'], language: 'fr' },
      });
      assert.equal(r.status, 201, r.text);
      assert.equal(r.json.invited, 3);
      assert.equal(r.json.skipped, 2);
      assert.deepEqual(
        r.json.details.map((d: { reason: string }) => d.reason).sort(),
        ['duplicate', 'no_consent'],
      );
      assert.equal((await invitationsTo(t, token, 'sita@hrn.example.org')).length, 0, 'Sita did not agree: no email');
      const [lucia] = await invitationsTo(t, token, 'lucia@rumbo.example.org');
      assert.ok(lucia);
      // Lucía signed in Spanish; the pasted addresses get the language given.
      assert.match(lucia.subject, /^Invitación a firmar: /);
      assert.match(lucia.text, /Estimado\/a Lucía Pérez:/);
      const [ana] = await invitationsTo(t, token, 'ana@partner.example.org');
      assert.match(ana!.subject, /^Invitation à signer : /);
      // No tracking: plain text, no image, no per-open address; only the sign, statement and unsubscribe links.
      for (const m of [lucia, ana!]) {
        assert.doesNotMatch(m.text, /<img|<html|pixel|\.gif|\/open\//i);
        const links = m.text.match(/https?:\/\/\S+/g)!;
        assert.equal(links.length, 3);
        for (const l of links) assert.match(l, /^http:\/\/undersigned\.test\/(statements\/next(\/sign\?invitation=[A-Za-z0-9_-]+&lang=[a-z]+|\?lang=[a-z]+)|unsubscribe\/[A-Za-z0-9_-]+)$/);
      }
      const stored = await t.deps.db.selectFrom('messages').select(['headers']).where('id', '=', lucia.id).executeTakeFirstOrThrow();
      const headers = JSON.parse(stored.headers!);
      assert.equal(headers['List-Unsubscribe'], `<http://undersigned.test${pathOf(lucia.text, 'unsubscribe')}>`);
      assert.equal(headers['List-Unsubscribe-Post'], 'List-Unsubscribe=One-Click');

      // Asking again invites nobody twice.
      const again = await api(t, 'POST', '/api/v1/statements/next/invitations', { token, body: { organisations: [rumbo], emails: ['ana@partner.example.org'] } });
      assert.equal(again.status, 201);
      assert.equal(again.json.invited, 0);
      assert.deepEqual(again.json.details.map((d: { reason: string }) => d.reason), ['already_invited', 'already_invited']);
      assert.equal((await invitationsTo(t, token, 'lucia@rumbo.example.org')).length, 1);
      assert.equal((await invitationsTo(t, token, 'ana@partner.example.org')).length, 1);
    });

    test('the unique constraint holds even when the use case is bypassed', async () => {
      const row = await t.deps.db.selectFrom('partner_invitations').selectAll().where('email_hash', '=', emailHash('ana@partner.example.org')).executeTakeFirstOrThrow();
      await assert.rejects(t.deps.db.insertInto('partner_invitations').values({ ...row, id: crypto.randomUUID() }).execute());
    });

    test('the invitation link pre-fills the organisation’s details from the registry, not from the URL', async () => {
      const [lucia] = await invitationsTo(t, token, 'lucia@rumbo.example.org');
      const link = pathOf(lucia!.text, 'sign');
      // The random secret itself may spell anything; what is around it names nothing.
      assert.doesNotMatch(link.replace(/invitation=[A-Za-z0-9_-]+/, 'invitation=SECRET'), /Rumbo|lucia|CO/);
      const res = await t.app.request(link);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('cache-control') ?? '', /no-store/);
      const html = await res.text();
      assert.match(html, /<html lang="es"/);
      assert.match(html, /name="name" type="text" value="Asociación Rumbo"/);
      assert.match(html, /<option value="CO" selected/);
      assert.match(html, /<option value="ngo" selected/);
      assert.match(html, /value="https:\/\/rumbo\.example\.org"/);
      assert.match(html, /value="lucia@rumbo\.example\.org"/);
      // A made-up or foreign token pre-fills nothing.
      const other = await (await t.app.request(`/statements/third/sign?invitation=${link.split('invitation=')[1]!.split('&')[0]}`)).text();
      assert.doesNotMatch(other, /Asociación Rumbo/);
      assert.doesNotMatch(await (await t.app.request('/statements/next/sign?invitation=nonsense')).text(), /Asociación Rumbo/);
    });

    test('unsubscribe: opening the link changes nothing; the button, or a one-click POST, stops invitations on every statement', async () => {
      const [ana] = await invitationsTo(t, token, 'ana@partner.example.org');
      const link = pathOf(ana!.text, 'unsubscribe');
      const b = new FormClient(t);
      const page = await b.get(link);
      assert.equal(page.status, 200);
      assert.match(page.html, /<form method="post" action="\/unsubscribe\/[A-Za-z0-9_-]+">/);
      assert.match(page.html, /<html lang="fr"/);
      // A mail scanner opened it: still subscribed, so a new statement still invites Ana.
      await t.app.request(link);
      const third = await api(t, 'POST', '/api/v1/statements/third/invitations', { token, body: { emails: ['ana@partner.example.org'] } });
      assert.equal(third.json.invited, 1);
      // The button (a form without JavaScript).
      const done = await b.post(link, {});
      assert.equal(done.status, 200);
      assert.match(done.html, /id="unsubscribed"/);
      // Across statements: neither a new statement nor the reminder writes to Ana again.
      const fourth = await api(t, 'POST', '/api/v1/statements/fourth/invitations', { token, body: { emails: ['ANA@partner.example.org'] } });
      assert.equal(fourth.json.invited, 0);
      assert.deepEqual(fourth.json.details, [{ email: 'ana@partner.example.org', reason: 'unsubscribed' }]);

      // RFC 8058 one-click: a POST from the mail provider, no cookie, no CSRF field.
      const [dev] = await invitationsTo(t, token, 'dev@pasted.example.org');
      const oneClick = await t.app.request(pathOf(dev!.text, 'unsubscribe'), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
      assert.equal(oneClick.status, 200);
      const fourthDev = await api(t, 'POST', '/api/v1/statements/fourth/invitations', { token, body: { emails: ['dev@pasted.example.org'] } });
      assert.equal(fourthDev.json.invited, 0);
      // An unknown link unsubscribes nobody.
      assert.equal((await t.app.request('/unsubscribe/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' })).status, 404);
    });

    test('the reminder goes only to those who have not signed, and only once', async () => {
      // Invite Mali's network; it then signs through its invitation.
      await api(t, 'POST', '/api/v1/statements/next/invitations', { token, body: { emails: ['focal@mali.example.org'] } });
      await signAndConfirm(t, token, 'next', { name: 'Réseau Malien', country: 'ML', contact_name: 'Awa Traoré', contact_email: 'focal@mali.example.org' }, 'fr');
      const list = (await api(t, 'GET', '/api/v1/statements/next/invitations', { token })).json.invitations as { email: string; signed: boolean; unsubscribed: boolean }[];
      const by = new Map(list.map((i) => [i.email, i]));
      assert.equal(by.get('focal@mali.example.org')!.signed, true);
      assert.equal(by.get('lucia@rumbo.example.org')!.signed, false);
      assert.equal(by.get('ana@partner.example.org')!.unsubscribed, true);

      const before = await outbox(t, token);
      const r = await api(t, 'POST', '/api/v1/statements/next/invitations/reminders', { token });
      assert.equal(r.status, 201, r.text);
      // Lucía only: Ana and Dev unsubscribed, Mali signed.
      assert.equal(r.json.reminded, 1);
      const after = await outbox(t, token);
      const fresh = after.filter((m) => !before.some((b) => b.id === m.id));
      assert.deepEqual(fresh.map((m) => m.to), ['lucia@rumbo.example.org']);
      assert.match(fresh[0]!.subject, /^Recordatorio: /);
      // The reminder's sign link works like the first one.
      assert.match(await (await t.app.request(pathOf(fresh[0]!.text, 'sign'))).text(), /value="Asociación Rumbo"/);

      const twice = await api(t, 'POST', '/api/v1/statements/next/invitations/reminders', { token });
      assert.equal(twice.json.reminded, 0);
      assert.equal((await outbox(t, token)).length, after.length, 'no second reminder');

      const b = await coordinatorBrowser(t);
      const page = await b.get('/coordinator/statements/next/partners');
      assert.match(page.html, /Signed so far: 1 of 4\./);
      assert.match(page.html, /Nobody is waiting for a reminder\./);
    });

    test('the coordinator invites from the web form without JavaScript', async () => {
      const b = await coordinatorBrowser(t);
      await b.get('/coordinator/statements/fourth/partners');
      const bad = await b.post('/coordinator/statements/fourth/partners', { emails: 'one@web.example.org\nnope' });
      assert.equal(bad.status, 422);
      assert.match(bad.html, /“nope” is not an email address\./);
      const ok = await b.post('/coordinator/statements/fourth/partners', { emails: 'one@web.example.org, two@web.example.org', organisations: [rumbo], language: 'pt' });
      assert.equal(ok.status, 303);
      const page = await b.get(ok.location!);
      assert.match(page.html, /3 invitations queued; 0 left out\./);
      const [two] = await invitationsTo(t, token, 'two@web.example.org');
      assert.match(two!.subject, /^Convite para assinar: /);
    });
  });
}
