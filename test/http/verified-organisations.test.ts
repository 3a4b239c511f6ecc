import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { verifiedByDomain } from '../../src/organisations/verification.ts';
import { DIALECTS, unavailable } from '../support/databases.ts';
import { api, confirmationPath, coordinatorToken, createTestApp, openStatement, type TestApp } from '../support/app.ts';
import { coordinatorBrowser, FormClient } from '../support/browser-form.ts';

test('the rule: the email domain is the website domain; free mail and shared hosts never count', () => {
  assert.equal(verifiedByDomain({ kind: 'organisation', emailDomain: 'naomi@hri.global', website: 'https://www.hri.global/about' }), true);
  assert.equal(verifiedByDomain({ kind: 'organisation', emailDomain: 'mail.hri.global', website: 'hri.global' }), true, 'a subdomain of the same registrable domain');
  assert.equal(verifiedByDomain({ kind: 'organisation', emailDomain: 'hri.global', website: 'hri.org' }), false);
  assert.equal(verifiedByDomain({ kind: 'organisation', emailDomain: 'someone@gmail.com', website: 'gmail.com' }), false, 'free mail never counts');
  assert.equal(verifiedByDomain({ kind: 'organisation', emailDomain: 'x@facebook.com', website: 'facebook.com/ourgroup' }), false, 'a shared host never counts');
  assert.equal(verifiedByDomain({ kind: 'organisation', emailDomain: 'a@b.org.uk', website: 'b.org.uk' }), true);
  assert.equal(verifiedByDomain({ kind: 'individual', emailDomain: 'naomi@hri.global', website: 'hri.global' }), false);
  assert.equal(verifiedByDomain({ kind: 'organisation', emailDomain: null, website: 'hri.global' }), false);
});

for (const dialect of DIALECTS) {
  describe(`verified organisations on ${dialect}`, { skip: unavailable(dialect) ?? false }, () => {
    let t: TestApp;
    let token: string;
    before(async () => {
      t = await createTestApp(dialect);
      token = await coordinatorToken(t);
      await openStatement(t, token);
    });
    after(() => t.close());

    const signAndApprove = async (body: Record<string, unknown>) => {
      assert.equal((await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { body: { country: 'GB', contact_name: 'Contact Person', ...body } })).status, 202);
      const path = await confirmationPath(t, token, body.contact_email as string);
      const b = new FormClient(t);
      await b.get(path);
      await b.post(path, {});
      const s = (await api(t, 'GET', '/api/v1/statements/porto-2019/signatures?status=confirmed', { token })).json.signatures.find((x: { name: string }) => x.name === body.name);
      assert.equal((await api(t, 'POST', `/api/v1/signatures/${s.id}/approve`, { token })).status, 200);
      return s as { id: string; verified: boolean; verified_by: string | null };
    };

    test('verified at sign-on from the email domain; shown to coordinators; a coordinator verifies by hand; the public mark only when chosen', async () => {
      const hri = await signAndApprove({ name: 'Harm Reduction International', website: 'www.hri.global', contact_email: 'naomi@hri.global' });
      const gmail = await signAndApprove({ name: 'Youth RISE', website: 'youthrise.org', contact_email: 'youthrise@gmail.com' });
      assert.deepEqual([hri.verified, hri.verified_by], [true, 'domain']);
      assert.deepEqual([gmail.verified, gmail.verified_by], [false, null]);

      const web = await coordinatorBrowser(t);
      const list = await web.get('/coordinator/statements/porto-2019/signatories');
      assert.equal((list.html.match(/class="badge-verified"/g) ?? []).length, 1);
      const page = await web.get(`/coordinator/signatures/${gmail.id}`);
      assert.match(page.html, /Not verified\./);
      assert.equal((await web.post(`/coordinator/signatures/${gmail.id}/verified`, { verified: 'yes' })).status, 303);
      assert.match((await web.get(`/coordinator/signatures/${gmail.id}`)).html, /Verified by a coordinator\./);

      // Off by default: the public list and API show no mark.
      let pub = (await api(t, 'GET', '/api/v1/statements/porto-2019')).json;
      assert.ok(pub.signatories.every((s: Record<string, unknown>) => !('verified' in s)), JSON.stringify(pub.signatories));
      assert.doesNotMatch((await (await t.app.request('/statements/porto-2019')).text()), /class="verified"/);

      assert.equal((await api(t, 'PUT', '/api/v1/statements/porto-2019/verified-mark', { token, body: { show: 'yes' } })).status, 422);
      assert.equal((await api(t, 'PUT', '/api/v1/statements/porto-2019/verified-mark', { body: { show: true } })).status, 401);
      assert.equal((await api(t, 'PUT', '/api/v1/statements/porto-2019/verified-mark', { token, body: { show: true } })).status, 200);
      pub = (await api(t, 'GET', '/api/v1/statements/porto-2019')).json;
      assert.deepEqual(pub.signatories.map((s: { name: string; verified?: boolean }) => [s.name, s.verified ?? false]), [['Harm Reduction International', true], ['Youth RISE', true]]);
      const html = await (await t.app.request('/statements/porto-2019')).text();
      assert.equal((html.match(/class="verified"/g) ?? []).length, 2);
      assert.doesNotMatch(html, /naomi@hri\.global|youthrise@gmail/);

      // Un-verified by hand: the mark goes, and a later automatic check would not bring it back.
      assert.equal((await api(t, 'POST', `/api/v1/signatures/${hri.id}/unverify`, { token })).json.verified_by, 'coordinator');
      pub = (await api(t, 'GET', '/api/v1/statements/porto-2019')).json;
      assert.deepEqual(pub.signatories.filter((s: { verified?: boolean }) => s.verified).map((s: { name: string }) => s.name), ['Youth RISE']);
      const individual = await api(t, 'POST', '/api/v1/signatures/00000000-0000-0000-0000-000000000000/verify', { token });
      assert.equal(individual.status, 404);
    });
  });
}
