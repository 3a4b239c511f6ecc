import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateSync } from 'otplib';
import { ensureCoordinator } from '../../src/accounts/coordinator.ts';
import { hashPassword } from '../../src/accounts/passwords.ts';
import { contactKeys, installContactKeys, parseKeys, sealedKeyId, unseal } from '../../src/contacts/contact-keys.ts';
import { rotateContactKey } from '../../src/contacts/rotate-key.ts';
import { DIALECTS, TEST_CONTACT_KEY, unavailable, useTestContactKeys } from '../support/databases.ts';
import { api, coordinatorToken, createTestApp, type TestApp } from '../support/app.ts';
import { FormClient } from '../support/browser-form.ts';

const PASSWORD = 'correct horse battery';
const code = (secret: string, at: Date) => generateSync({ secret, epoch: Math.floor(at.getTime() / 1000) });

for (const dialect of DIALECTS) {
  describe(`sign-in hygiene on ${dialect}`, { skip: unavailable(dialect) ?? false }, () => {
    let t: TestApp;
    let token: string;
    let now = new Date('2026-04-28T09:00:00Z');
    const later = (ms: number) => {
      now = new Date(now.getTime() + ms);
      t.setNow(now);
    };

    before(async () => {
      t = await createTestApp(dialect);
      token = await coordinatorToken(t, 'admin@idpc.test'); // the first coordinator: an admin
      const passwordHash = await hashPassword(PASSWORD);
      await ensureCoordinator(t.deps.db, { email: 'admin@idpc.test', now, passwordHash });
      await ensureCoordinator(t.deps.db, { email: 'moderator@hri.test', now, passwordHash });
    });
    after(() => t.close());

    async function signIn(email: string, password = PASSWORD, ua = 'Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0') {
      const b = new FormClient(t);
      await b.get('/sign-in');
      const body = new URLSearchParams({ _csrf: b.csrf(), email, password });
      const res = await t.app.request('/sign-in?next=/coordinator', {
        method: 'POST',
        headers: { cookie: `usg_csrf=${b.csrf()}`, 'content-type': 'application/x-www-form-urlencoded', 'user-agent': ua },
        body: body.toString(),
      });
      (b as any).keep(res);
      return { b, status: res.status, html: await res.text(), location: res.headers.get('location') };
    }

    test('sessions are listed with their device, and one can end the others', async () => {
      const phone = await signIn('moderator@hri.test', PASSWORD, 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Version/17.0 Mobile/15E148 Safari/604.1');
      assert.equal(phone.status, 303);
      later(60_000);
      const laptop = await signIn('moderator@hri.test');
      const page = await laptop.b.get('/account/sessions');
      assert.equal(page.status, 200);
      assert.match(page.html, /Firefox on Linux/);
      assert.match(page.html, /Safari on iOS/);
      assert.match(page.html, /this browser/);
      const handle = /\/account\/sessions\/([0-9a-f]{24})\/revoke/.exec(page.html)![1]!;
      // Someone else cannot end it.
      const admin = await signIn('admin@idpc.test');
      await admin.b.get('/account/sessions');
      assert.equal((await admin.b.post(`/account/sessions/${handle}/revoke`, {})).status, 404);
      assert.equal((await phone.b.get('/coordinator')).status, 200, 'the phone is still signed in');
      const revoked = await laptop.b.post(`/account/sessions/${handle}/revoke`, {});
      assert.equal(revoked.status, 303);
      assert.equal((await phone.b.get('/coordinator')).status, 303, 'the phone is signed out at once');
      assert.equal((await laptop.b.get('/coordinator')).status, 200, 'this browser stays signed in');
      const events = (await api(t, 'GET', '/api/v1/audit?action=session.revoked', { token })).json.events;
      assert.equal(events.length, 1);
      assert.equal(events[0].actor, 'moderator@hri.test');
      // "Sign out everywhere else".
      const third = await signIn('moderator@hri.test');
      assert.equal((await laptop.b.post('/account/sessions/revoke-others', {})).status, 303);
      assert.equal((await third.b.get('/coordinator')).status, 303);
      assert.equal((await laptop.b.get('/coordinator')).status, 200);
    });

    test('sign-in is limited per account, with the same message for an unknown account', async () => {
      later(16 * 60_000); // a fresh window: the sign-ins above counted too
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) statuses.push((await signIn('moderator@hri.test', 'wrong password')).status);
      assert.deepEqual(statuses, [...Array(10).fill(401), 429]);
      const blocked = await signIn('moderator@hri.test');
      assert.equal(blocked.status, 429, 'even the right password waits');
      assert.match(blocked.html, /Too many attempts\. Wait 15 minutes/);
      const unknown: number[] = [];
      for (let i = 0; i < 11; i++) unknown.push((await signIn('nobody@nowhere.test', 'wrong password')).status);
      assert.deepEqual(unknown, [...Array(10).fill(401), 429], 'an unknown account is limited exactly the same');
      later(16 * 60_000);
      assert.equal((await signIn('moderator@hri.test')).status, 303, 'after the window it works again');
      const rows = await t.deps.db.selectFrom('rate_windows').select('key').where('key', 'like', 'sign-in:%').execute();
      assert.ok(rows.every((r) => !r.key.includes('@')), 'no email address is stored in the counters');
    });

    test('password reset: a one-time, expiring emailed link; the same answer for an unknown address', async () => {
      const b = new FormClient(t);
      await b.get('/password-reset');
      const known = await b.post('/password-reset', { email: 'moderator@hri.test' });
      const unknown = await b.post('/password-reset', { email: 'nobody@nowhere.test' });
      assert.equal(known.status, 200);
      assert.equal(unknown.status, 200);
      const strip = (h: string) => h.replace(/value="[^"]*"/g, '');
      assert.equal(strip(known.html), strip(unknown.html), 'no account-existence tell');
      await t.runJobs();
      const messages = (await api(t, 'GET', '/api/v1/outbox', { token })).json.messages as { to: string; text: string }[];
      assert.equal(messages.filter((m) => m.to === 'nobody@nowhere.test').length, 0);
      const mail = messages.find((m) => m.to === 'moderator@hri.test')!;
      const link = /http:\/\/undersigned\.test(\/password-reset\/[A-Za-z0-9_-]+)/.exec(mail.text)![1]!;
      const old = await signIn('moderator@hri.test');
      assert.equal((await b.get(link)).status, 200);
      assert.equal((await b.post(link, { password: 'short' })).status, 422);
      const done = await b.post(link, { password: 'a brand new passphrase' });
      assert.equal(done.status, 303);
      assert.equal((await b.get('/coordinator')).status, 200, 'signed in with the new password');
      assert.equal((await old.b.get('/coordinator')).status, 303, 'sessions from before the reset have ended');
      assert.equal((await b.get(link)).status, 404, 'the link works once');
      assert.equal((await signIn('moderator@hri.test')).status, 401, 'the old password is gone');
      assert.equal((await signIn('moderator@hri.test', 'a brand new passphrase')).status, 303);
      assert.equal((await api(t, 'GET', '/api/v1/audit?action=password.reset', { token })).json.events.length, 1);
      // An hour later a fresh link has expired.
      later(1000);
      await b.post('/password-reset', { email: 'moderator@hri.test' });
      await t.runJobs();
      const next = ((await api(t, 'GET', '/api/v1/outbox', { token })).json.messages as { to: string; text: string }[]).find((m) => m.to === 'moderator@hri.test')!;
      const link2 = /(\/password-reset\/[A-Za-z0-9_-]+)/.exec(next.text)![1]!;
      assert.notEqual(link2, link);
      later(61 * 60_000);
      assert.equal((await b.get(link2)).status, 404);
    });

    test('an admin turns on TOTP; signing in then asks for a code; recovery codes work once; a used code is refused', async () => {
      const admin = await signIn('admin@idpc.test');
      assert.equal(admin.status, 303);
      assert.equal((await admin.b.get('/account/second-factor')).status, 200);
      await admin.b.post('/account/second-factor/start', {});
      const page = await admin.b.get('/account/second-factor');
      assert.match(page.html, /<svg/, 'a QR code');
      const secret = /<code class="secret">([A-Z2-7]{16,})<\/code>/.exec(page.html)![1]!;
      // The secret is sealed at rest with the contact keys, never stored in clear.
      const stored = async () => (await t.deps.db.selectFrom('coordinators').select('totp_secret').where('email', '=', 'admin@idpc.test').executeTakeFirstOrThrow()).totp_secret!;
      assert.equal(sealedKeyId(await stored()), contactKeys().primary.id);
      assert.ok(!(await stored()).includes(secret));
      assert.equal(unseal(await stored()), secret);
      assert.equal((await admin.b.post('/account/second-factor/confirm', { code: '000000' })).status, 422);
      const enabled = await admin.b.post('/account/second-factor/confirm', { code: code(secret, now) });
      assert.equal(enabled.status, 200, enabled.html);
      const recovery = [...enabled.html.matchAll(/<code>([0-9a-f]{5}-[0-9a-f]{5})<\/code>/g)].map((m) => m[1]!);
      assert.equal(recovery.length, 10);

      later(60_000);
      const step1 = await signIn('admin@idpc.test');
      assert.equal(step1.status, 303);
      assert.match(step1.location!, /^\/sign-in\/second-factor/);
      assert.equal((await step1.b.get('/coordinator')).status, 303, 'not signed in by the password alone');
      assert.equal((await step1.b.get(step1.location!)).status, 200);
      assert.equal((await step1.b.post(step1.location!, { code: '123456' })).status, 401);
      const c1 = code(secret, now);
      const signed = await step1.b.post(step1.location!, { code: c1 });
      assert.equal(signed.status, 303);
      assert.equal((await step1.b.get('/coordinator')).status, 200);

      // The same code again (a replay) is refused; a recovery code works once.
      const step2 = await signIn('admin@idpc.test');
      assert.equal((await step2.b.post(step2.location!, { code: c1 })).status, 401);
      assert.equal((await step2.b.post(step2.location!, { code: recovery[0]! })).status, 303);
      const step3 = await signIn('admin@idpc.test');
      assert.equal((await step3.b.post(step3.location!, { code: recovery[0]! })).status, 401);

      // A coordinator who is not an admin is not offered it.
      const mod = await signIn('moderator@hri.test', 'a brand new passphrase');
      assert.equal((await mod.b.get('/account/second-factor')).status, 403);

      const events = (await api(t, 'GET', '/api/v1/audit?action=second_factor.enabled', { token })).json.events;
      assert.equal(events.length, 1);

      // A secret stored in clear (before sealing) still works, and is sealed when it is read.
      await t.deps.db.updateTable('coordinators').set({ totp_secret: secret }).where('email', '=', 'admin@idpc.test').execute();
      later(60_000);
      const step4 = await signIn('admin@idpc.test');
      assert.equal((await step4.b.post(step4.location!, { code: code(secret, now) })).status, 303);
      assert.equal(unseal(await stored()), secret);
      assert.notEqual(await stored(), secret);
      // Key rotation re-seals it under the new primary key; the old key can then go.
      try {
        installContactKeys(parseKeys(`rotated-key-${'y'.repeat(40)}\n${TEST_CONTACT_KEY}`, 'test'));
        const rotated = await rotateContactKey(t.deps.db);
        assert.ok(rotated.secondFactors >= 1);
        installContactKeys(parseKeys(`rotated-key-${'y'.repeat(40)}`, 'test'));
        assert.equal(unseal(await stored()), secret);
        later(60_000);
        const step5 = await signIn('admin@idpc.test');
        assert.equal((await step5.b.post(step5.location!, { code: code(secret, now) })).status, 303);
        // And back to the test key, so the rest of the suite opens it.
        installContactKeys(parseKeys(`${TEST_CONTACT_KEY}\nrotated-key-${'y'.repeat(40)}`, 'test'));
        await rotateContactKey(t.deps.db);
      } finally {
        useTestContactKeys();
      }
      later(60_000);
      assert.equal((await step1.b.post('/account/second-factor/disable', { code: code(secret, now) })).status, 303);
      assert.equal((await signIn('admin@idpc.test')).location, '/coordinator', 'off again: the password is enough');
    });
  });
}
