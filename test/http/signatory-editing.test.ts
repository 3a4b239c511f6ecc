import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DIALECTS, unavailable } from '../support/databases.ts';
import { api, confirmationPath, coordinatorToken, createTestApp, openStatement, type TestApp } from '../support/app.ts';
import { coordinatorBrowser, FormClient } from '../support/browser-form.ts';

const ihrc = readFileSync(new URL('../fixtures/ihrc-2019-list.txt', import.meta.url), 'utf8');
const CONVENER = 'International Drug Policy Consortium';

type Entry = { number: number; name: string; country: string | null };

for (const dialect of DIALECTS) {
  describe(`editing signatories on ${dialect}`, { skip: unavailable(dialect) ?? false }, () => {
    let t: TestApp;
    let token: string;
    before(async () => {
      t = await createTestApp(dialect);
      token = await coordinatorToken(t);
      await openStatement(t, token, 'ihrc-2019');
      await openStatement(t, token, 'small');
    });
    after(() => t.close());

    test('making the imported convener an initiator puts it first, once, with the numbering 1..n and the others in their order', async () => {
      const preview = await api(t, 'POST', '/api/v1/statements/ihrc-2019/imports', { token, body: { text: ihrc } });
      assert.equal(preview.status, 201, preview.text);
      assert.equal((await api(t, 'POST', `/api/v1/imports/${preview.json.id}/confirm`, { token })).status, 201);
      const before = (await api(t, 'GET', '/api/v1/statements/ihrc-2019')).json.signatories as Entry[];
      assert.equal(before.length, 336);
      const place = before.findIndex((e) => e.name === CONVENER);
      assert.ok(place === 183 || place === 184, `the convener is listed ${place + 1}th by collation`);

      const all = await api(t, 'GET', '/api/v1/statements/ihrc-2019/signatures?status=approved', { token });
      const convener = all.json.signatures.find((s: { name: string }) => s.name === CONVENER);
      const res = await api(t, 'PATCH', `/api/v1/signatures/${convener.id}`, { token, body: { initiator: true } });
      assert.equal(res.status, 200, res.text);
      assert.equal(res.json.initiator, true);

      const after = (await api(t, 'GET', '/api/v1/statements/ihrc-2019')).json;
      const list = after.signatories as Entry[];
      assert.equal(list[0]!.name, CONVENER);
      assert.equal(list.filter((e) => e.name === CONVENER).length, 1, 'listed once');
      assert.deepEqual(list.map((e) => e.number), list.map((_, i) => i + 1), 'numbered 1..n without a gap');
      assert.deepEqual(list.slice(1).map((e) => e.name), before.filter((e) => e.name !== CONVENER).map((e) => e.name), 'the others keep their order');
      assert.equal(after.count, 336);

      const audit = await t.deps.db.selectFrom('audit_events').select(['action', 'detail']).where('subject_id', '=', convener.id).where('action', '=', 'signature.edited').execute();
      assert.deepEqual(JSON.parse(audit[0]!.detail!).changes, { initiator: [false, true] });
    });

    test('name, country (international), type, website and confidential are corrected; the public list follows', async () => {
      const added = await api(t, 'POST', '/api/v1/statements/small/signatures', { token, body: { name: 'Eurasian Harm Reduction Assn', country: 'LT' } });
      const id = added.json.id as string;
      const res = await api(t, 'PATCH', `/api/v1/signatures/${id}`, {
        token,
        body: { name: 'Eurasian Harm Reduction Association', country: null, type: 'network', website: 'harmreductioneurasia.org' },
      });
      assert.equal(res.status, 200, res.text);
      assert.deepEqual([res.json.name, res.json.country, res.json.type, res.json.website], ['Eurasian Harm Reduction Association', null, 'network', 'https://harmreductioneurasia.org']);
      let pub = (await api(t, 'GET', '/api/v1/statements/small')).json;
      assert.deepEqual(pub.signatories, [{ number: 1, name: 'Eurasian Harm Reduction Association', country: null, international: true }]);

      const bad = await api(t, 'PATCH', `/api/v1/signatures/${id}`, { token, body: { country: 'Atlantis', type: 'club' } });
      assert.equal(bad.status, 422);
      assert.ok(bad.json.error.fields.country && bad.json.error.fields.type);

      assert.equal((await api(t, 'PATCH', `/api/v1/signatures/${id}`, { token, body: { confidential: true } })).status, 200);
      pub = (await api(t, 'GET', '/api/v1/statements/small')).json;
      assert.deepEqual([pub.signatories.length, pub.confidential_count, pub.count], [0, 1, 1]);
      assert.equal((await api(t, 'PATCH', `/api/v1/signatures/${id}`, { body: { confidential: false } })).status, 401);
    });

    test('a rejected signature is restored to where it was: the list if approved, review if confirmed', async () => {
      const added = await api(t, 'POST', '/api/v1/statements/small/signatures', { token, body: { name: 'Harm Reduction Australia', country: 'AU' } });
      const id = added.json.id as string;
      const count = async () => (await api(t, 'GET', '/api/v1/statements/small/count')).json.count as number;
      const start = await count();
      assert.equal((await api(t, 'POST', `/api/v1/signatures/${id}/reject`, { token })).status, 200);
      assert.equal(await count(), start - 1);
      const restored = await api(t, 'POST', `/api/v1/signatures/${id}/restore`, { token });
      assert.equal(restored.status, 200, restored.text);
      assert.equal(restored.json.status, 'approved');
      assert.equal(await count(), start);
      const again = await api(t, 'POST', `/api/v1/signatures/${id}/restore`, { token });
      assert.equal(again.status, 409, 'only a rejected signature can be restored');

      // A public sign-on from an international network (country null), rejected in review, goes back to review.
      const signed = await api(t, 'POST', '/api/v1/statements/small/signatures', {
        body: { name: 'Asian Network of People who Use Drugs', country: null, contact_name: 'A', contact_email: 'focal@anpud.example.org' },
      });
      assert.equal(signed.status, 202, signed.text);
      const path = await confirmationPath(t, token, 'focal@anpud.example.org');
      const b = new FormClient(t);
      await b.get(path);
      await b.post(path, {});
      const [pending] = (await api(t, 'GET', '/api/v1/statements/small/signatures?status=confirmed', { token })).json.signatures;
      assert.equal(pending.country, null);
      await api(t, 'POST', `/api/v1/signatures/${pending.id}/reject`, { token });
      const back = await api(t, 'POST', `/api/v1/signatures/${pending.id}/restore`, { token });
      assert.equal(back.json.status, 'confirmed');
      const actions = await t.deps.db.selectFrom('audit_events').select('action').where('subject_id', '=', pending.id).orderBy('at').orderBy('action').execute();
      assert.ok(actions.some((a) => a.action === 'signature.restored'));
    });

    test('the coordinator list: numbered as published, searched, filtered, paged; bulk reject and restore', async () => {
      const b = await coordinatorBrowser(t);
      const base = '/coordinator/statements/ihrc-2019/signatories';
      const first = await b.get(base);
      assert.equal(first.status, 200);
      assert.match(first.html, /336 signatories/);
      assert.match(first.html, /Page 1 of 4/);
      assert.equal((first.html.match(/<tr data-id=/g) ?? []).length, 100);
      assert.match(first.html, /<td class="number">1<\/td><td><a href="\/coordinator\/signatures\/[^"]+"><bdi>International Drug Policy Consortium<\/bdi>/);
      const last = await b.get(`${base}?page=4`);
      assert.equal((last.html.match(/<tr data-id=/g) ?? []).length, 36);
      assert.match(last.html, /<td class="number">336<\/td>/);

      // Search folds case and accents: "CORPORACION" finds "Corporación …".
      const found = await b.get(`${base}?q=CORPORACION`);
      const names = [...found.html.matchAll(/<bdi>([^<]+)<\/bdi>/g)].map((m) => m[1]!);
      assert.ok(names.length >= 2 && names.every((n) => /^Corporación /.test(n)), names.join(' | '));

      const ids = [...found.html.matchAll(/<tr data-id="([^"]+)"/g)].map((m) => m[1]!);
      const rejected = await b.post('/coordinator/statements/ihrc-2019/moderate', { decision: 'reject', ids, return_to: `${base}?q=CORPORACION` });
      assert.equal(rejected.status, 303);
      assert.equal(rejected.location, `${base}?q=CORPORACION&done=rejected`);
      const onlyRejected = await b.get(`${base}?state=rejected`);
      assert.match(onlyRejected.html, new RegExp(`${ids.length} signator`));
      assert.equal((await api(t, 'GET', '/api/v1/statements/ihrc-2019/count')).json.count, 336 - ids.length);
      const restored = await b.post('/coordinator/statements/ihrc-2019/moderate', { decision: 'restore', ids, return_to: `${base}?state=rejected` });
      assert.equal(restored.location, `${base}?state=rejected&done=restored`);
      assert.equal((await api(t, 'GET', '/api/v1/statements/ihrc-2019/count')).json.count, 336);
      // One signatory's page: corrected through the form, unticked boxes meaning no.
      const [id] = ids;
      const edit = await b.get(`/coordinator/signatures/${id}`);
      assert.equal(edit.status, 200);
      const saved = await b.post(`/coordinator/signatures/${id}/edit`, { name: 'Corporación Kimirina (Ecuador)', country: 'EC', type: 'ngo', website: '' });
      assert.equal(saved.status, 303, saved.html);
      const row = await t.deps.db.selectFrom('signatures').select(['name', 'country', 'initiator']).where('id', '=', id!).executeTakeFirstOrThrow();
      assert.deepEqual([row.name, row.country, Number(row.initiator)], ['Corporación Kimirina (Ecuador)', 'EC', 0]);
      assert.equal((await b.post(`/coordinator/signatures/${id}/edit`, { name: '', country: 'EC' })).status, 422);
      const elsewhere = await b.post('/coordinator/statements/ihrc-2019/moderate', { decision: 'approve', ids: [], return_to: 'https://evil.example/' });
      assert.equal(elsewhere.status, 200, 'an outside return address is ignored');
    });
  });
}
