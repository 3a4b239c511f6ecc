import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { contactKeys, emailHash, installContactKeys, parseKeys } from '../../src/contacts/contact-keys.ts';
import { contactKeyUse, contactOf, contactsWithEmail } from '../../src/contacts/contact.repository.ts';
import { eraseExpiredContacts, monthsBefore } from '../../src/contacts/contact-retention.ts';
import { scheduleContactRetention } from '../../src/contacts/contact-retention.job.ts';
import { erasePersonData, exportPersonData } from '../../src/contacts/data-request.ts';
import { rotateContactKey } from '../../src/contacts/rotate-key.ts';
import { DIALECTS, TEST_CONTACT_KEY, unavailable, useTestContactKeys } from '../support/databases.ts';
import { api, coordinatorToken, createTestApp, openStatement, type TestApp } from '../support/app.ts';
import { FormClient } from '../support/browser-form.ts';

const org = (n: string, over: Record<string, unknown> = {}) => ({
  name: `Réseau Santé ${n}`,
  country: 'FR',
  type: 'ngo',
  contact_name: `Awa Traoré ${n}`,
  contact_email: `awa.${n}@sante-${n}.example.org`,
  ...over,
});

async function outboxTo(t: TestApp, token: string, to: string) {
  await t.runJobs();
  const { json } = await api(t, 'GET', '/api/v1/outbox', { token });
  return (json.messages as { id: string; to: string; subject: string; text: string }[]).filter((m) => m.to === to);
}

async function manageLinkOf(t: TestApp, token: string, to: string): Promise<string> {
  const [m] = await outboxTo(t, token, to);
  const link = /http:\/\/undersigned\.test(\/manage\/[A-Za-z0-9_-]+)/.exec(m?.text ?? '')?.[1];
  assert.ok(link, `a manage link in the mail to ${to}`);
  return link;
}

const signatureNamed = (t: TestApp, name: string) => t.deps.db.selectFrom('signatures').selectAll().where('name', '=', name).execute();

for (const dialect of DIALECTS) {
  describe(`contact data protected, erasable and kept for a limited time on ${dialect}`, { skip: unavailable(dialect) ?? false }, () => {
    let t: TestApp;
    let token: string;
    before(async () => {
      t = await createTestApp(dialect);
      token = await coordinatorToken(t);
      await openStatement(t, token, 'porto-2019');
      await openStatement(t, token, 'vienna-2020');
    });
    after(() => t.close());

    test('a contact is stored sealed, found only by the keyed hash of its email, and a repeat sign-on is the same signature', async () => {
      const body = org('a');
      for (let i = 0; i < 2; i++) assert.equal((await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { body })).status, 202);
      const [s, more] = await signatureNamed(t, body.name);
      assert.ok(s && !more, 'one signature for the repeated sign-on');
      const row = await t.deps.db.selectFrom('contacts').selectAll().where('signature_id', '=', s.id).executeTakeFirstOrThrow();
      assert.match(row.name, /^c1\.[0-9a-f]{8}\./);
      assert.match(row.email, /^c1\.[0-9a-f]{8}\./);
      assert.ok(!JSON.stringify(row).includes('awa.a') && !JSON.stringify(row).includes('Traoré'), 'neither name nor local part in clear');
      assert.equal(row.email_domain, 'sante-a.example.org');
      assert.equal(row.email_hash, emailHash(body.contact_email));
      assert.notEqual(s.identity_key, null);
      const found = await contactsWithEmail(t.deps.db, ' AWA.a@Sante-a.example.org ');
      assert.deepEqual(found.map((c) => [c.signatureId, c.name, c.email]), [[s.id, body.contact_name, body.contact_email]]);
      // The mail is sealed at rest too, and readable by coordinators in the outbox.
      const mails = await outboxTo(t, token, body.contact_email);
      assert.equal(mails.length, 1);
      assert.match(mails[0]!.text, /Awa Traoré a/);
      const raw = await t.deps.db.selectFrom('messages').selectAll().where('id', '=', mails[0]!.id).executeTakeFirstOrThrow();
      for (const v of [raw.to_address, raw.subject, raw.text]) assert.match(v, /^c1\./);
      assert.equal(raw.to_hash, emailHash(body.contact_email));
      // The coordinator's list and export still show the contact.
      const listed = await api(t, 'GET', '/api/v1/statements/porto-2019/signatures', { token });
      assert.ok(JSON.stringify(listed.json).includes(body.contact_email));
      // The public page and API never do.
      const page = await (await t.app.request('/statements/porto-2019')).text();
      const publicJson = await (await t.app.request('/api/v1/statements/porto-2019')).text();
      for (const text of [page, publicJson]) assert.ok(!text.includes(body.contact_email) && !text.includes(body.contact_name));
    });

    test('the signatory erases their contact from the manage page, keeping the entry; the link then stops working', async () => {
      const body = org('b');
      assert.equal((await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { body })).status, 202);
      const manage = await manageLinkOf(t, token, body.contact_email);
      const [before] = await signatureNamed(t, body.name);
      const b = new FormClient(t);
      const page = await b.get(manage);
      assert.equal(page.status, 200);
      assert.match(page.html, /Erase your contact details/);
      assert.match(page.html, /this page’s link stops working/);
      assert.match(page.html, /action="\/manage\/[A-Za-z0-9_-]+\/erase"/);
      const done = await b.post(`${manage}/erase`, { withdraw: 'no' });
      assert.equal(done.status, 200);
      assert.match(done.html, /Your name and email are erased\. The signature stays on the statement\. This link no longer works\./);
      assert.equal(await contactOf(t.deps.db, before!.id), null);
      assert.equal((await outboxTo(t, token, body.contact_email)).length, 0, 'messages to the address are gone');
      const [after] = await signatureNamed(t, body.name);
      assert.equal(after!.state, before!.state, 'the entry stays as it was');
      assert.equal(after!.identity_key, null);
      assert.equal((await b.get(manage)).status, 404);
      assert.equal((await b.post(`${manage}/erase`, { withdraw: 'no' })).status, 404);
      const audit = await t.deps.db.selectFrom('audit_events').selectAll().where('action', '=', 'contact.erased').where('subject_id', '=', before!.id).execute();
      assert.equal(audit.length, 1);
      assert.deepEqual(JSON.parse(audit[0]!.detail!), { reason: 'signatory', withdrawn: false });
    });

    test('through the API the signatory erases and withdraws at once; bad input is a 422 that erases nothing', async () => {
      const body = org('c');
      assert.equal((await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { body })).status, 202);
      const manage = await manageLinkOf(t, token, body.contact_email);
      const bad = await api(t, 'POST', `/api/v1${manage}/erase`, { body: { withdraw: 'yes' } });
      assert.equal(bad.status, 422);
      const [s] = await signatureNamed(t, body.name);
      assert.notEqual(await contactOf(t.deps.db, s!.id), null);
      const res = await api(t, 'POST', `/api/v1${manage}/erase`, { body: { withdraw: true } });
      assert.equal(res.status, 200, res.text);
      assert.deepEqual(res.json, { erased: true, withdrawn: true });
      const [after] = await signatureNamed(t, body.name);
      assert.equal(after!.state, 'withdrawn');
      assert.equal(await contactOf(t.deps.db, s!.id), null);
      assert.equal((await api(t, 'GET', `/api/v1${manage}`)).status, 404);
    });

    test('a data-protection request exports everything held about an email, then erases it', async () => {
      const email = 'kofi@harm-reduction.example.org';
      for (const slug of ['porto-2019', 'vienna-2020']) {
        assert.equal((await api(t, 'POST', `/api/v1/statements/${slug}/signatures`, { body: org('d', { contact_email: email, contact_name: 'Kofi Mensah' }) })).status, 202);
      }
      await t.runJobs();
      const data = await exportPersonData(t.deps.db, { email: 'Kofi@harm-reduction.example.org', actor: 'cli', now: t.deps.clock() });
      assert.equal(data.signatures.length, 2);
      assert.deepEqual(data.signatures.map((s) => s.statement.slug).sort(), ['porto-2019', 'vienna-2020']);
      assert.ok(data.signatures.every((s) => s.contact.name === 'Kofi Mensah' && s.contact.email === email && s.name === 'Réseau Santé d'));
      assert.ok(data.signatures.every((s) => s.organisation?.name), 'the registry organisation is included');
      assert.equal(data.messages.length, 2);
      assert.ok(data.messages.every((m) => /Kofi Mensah/.test(m.text)));
      const erased = await erasePersonData(t.deps.db, { email, withdraw: false, actor: 'cli', now: t.deps.clock() });
      assert.equal(erased.contacts, 2);
      assert.equal(erased.messages, 2);
      assert.equal(erased.signatures.length, 2);
      assert.ok(erased.signatures.every((s) => s.name === 'Réseau Santé d' && !s.withdrawn));
      const again = await exportPersonData(t.deps.db, { email, actor: 'cli', now: t.deps.clock() });
      assert.deepEqual([again.signatures.length, again.messages.length], [0, 0]);
      const audit = await t.deps.db.selectFrom('audit_events').select(['action', 'detail']).where('action', 'in', ['contact.exported', 'contact.erasure_requested', 'contact.erased']).execute();
      assert.ok(audit.some((a) => a.action === 'contact.exported') && audit.some((a) => a.action === 'contact.erasure_requested'));
      assert.ok(audit.every((a) => !(a.detail ?? '').includes('kofi') && !(a.detail ?? '').includes('Kofi')), 'the audit trail holds no contact data');
    });

    test('contacts are erased CONTACT_RETENTION_MONTHS after their statement closed, by the daily job, and not before', async () => {
      await openStatement(t, token, 'closing-2021');
      const kept = org('e');
      const due = org('f');
      assert.equal((await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { body: kept })).status, 202);
      assert.equal((await api(t, 'POST', '/api/v1/statements/closing-2021/signatures', { body: due })).status, 202);
      await t.runJobs();
      const closedAt = new Date('2026-05-10T12:00:00Z');
      t.setNow(closedAt);
      assert.equal((await api(t, 'POST', '/api/v1/statements/closing-2021/close', { token })).status, 200);
      const [dueSig] = await signatureNamed(t, due.name);
      const [keptSig] = await signatureNamed(t, kept.name);

      // Eleven months on: the daily run erases nothing.
      const elevenMonths = new Date('2027-04-10T12:00:00Z');
      t.setNow(elevenMonths);
      await scheduleContactRetention(t.deps.db, { now: elevenMonths });
      await t.runJobs();
      assert.notEqual(await contactOf(t.deps.db, dueSig!.id), null);
      assert.equal((await eraseExpiredContacts(t.deps.db, { months: 12, now: new Date('2027-05-10T11:59:00Z') })).contacts, 0, 'a minute before twelve months: nothing');

      // Past twelve months the next daily run (queued by the last one) erases the closed statement's contacts only.
      t.setNow(new Date('2027-05-11T12:00:00Z'));
      await t.runJobs();
      assert.equal(await contactOf(t.deps.db, dueSig!.id), null);
      assert.notEqual(await contactOf(t.deps.db, keptSig!.id), null, 'an open statement keeps its contacts');
      const [afterSig] = await signatureNamed(t, due.name);
      assert.equal(afterSig!.state, dueSig!.state, 'the public entry stays');
      assert.deepEqual(await eraseExpiredContacts(t.deps.db, { months: 12, now: new Date('2027-05-12T12:00:00Z') }), { statements: 0, contacts: 0 }, 'idempotent');
      assert.deepEqual(await eraseExpiredContacts(t.deps.db, { months: 0, now: new Date('2030-01-01T00:00:00Z') }), { statements: 0, contacts: 0 }, '0 keeps contacts');
      const pending = await t.deps.db.selectFrom('jobs').select(['run_at']).where('name', '=', 'contacts.retention').where('state', '=', 'queued').execute();
      assert.equal(pending.length, 1, 'the next daily run is queued');
      assert.equal(monthsBefore(new Date('2027-03-31T00:00:00Z'), 1).toISOString(), '2027-02-28T00:00:00.000Z');
      t.setNow(new Date('2026-04-28T09:00:00Z'));
    });

    test('rotation: a new key first, rotate-key re-encrypts everything, and the old key can then be dropped', async () => {
      const NEW = 'rotated-key-zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz';
      const body = org('g');
      assert.equal((await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { body })).status, 202);
      await t.runJobs();
      // A list staged for import under the old key.
      const staged = await api(t, 'POST', '/api/v1/statements/porto-2019/imports', { token, body: { csv: 'Organisation,Country,Contact email\nStaged Rotation Network,FR,staged@rotation.example\n' } });
      assert.equal(staged.status, 201, staged.text);
      const oldId = contactKeys().primary.id;
      try {
        installContactKeys(parseKeys(`${NEW}\n${TEST_CONTACT_KEY}`, 'test'));
        const newId = contactKeys().primary.id;
        const result = await rotateContactKey(t.deps.db);
        assert.ok(result.contacts > 0 && result.messages > 0);
        assert.deepEqual(result.remaining, { [newId]: result.remaining[newId]! });
        assert.ok(!(oldId in result.remaining));
        // The old key dropped: everything still opens, and a repeat sign-on is still the same signature.
        installContactKeys(parseKeys(NEW, 'test'));
        assert.deepEqual([...(await contactKeyUse(t.deps.db)).keys()], [newId]);
        const [s] = await signatureNamed(t, body.name);
        assert.equal((await contactOf(t.deps.db, s!.id))?.email, body.contact_email);
        assert.ok((await outboxTo(t, token, body.contact_email)).length >= 1);
        assert.equal((await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { body })).status, 202);
        assert.equal((await signatureNamed(t, body.name)).length, 1);
        assert.equal((await contactsWithEmail(t.deps.db, body.contact_email)).length, 1);
        // The staged import was re-sealed too and still opens with the new key alone.
        assert.ok(result.pendingImports >= 1);
        const reopened = await api(t, 'GET', `/api/v1/imports/${staged.json.id}`, { token });
        assert.equal(reopened.status, 200, reopened.text);
        assert.equal(reopened.json.entries[0].contact_email, 'staged@rotation.example');
      } finally {
        useTestContactKeys();
      }
    });
  });
}
