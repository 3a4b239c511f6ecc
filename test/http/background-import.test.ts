import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { importNextChunk, INLINE_IMPORT_MAX } from '../../src/imports/confirm-import.ts';
import { DIALECTS, unavailable } from '../support/databases.ts';
import { api, coordinatorToken, createTestApp, openStatement, type TestApp } from '../support/app.ts';
import { FormClient } from '../support/browser-form.ts';
import { createOneTimeLink } from '../../src/accounts/one-time-links.ts';

const N = INLINE_IMPORT_MAX + 250;
const csv = ['Organisation,Country', ...Array.from({ length: N }, (_, i) => `Réseau communautaire numéro ${i + 1} ${String.fromCharCode(65 + (i % 26))}${i},ML`)].join('\n');

for (const dialect of DIALECTS) {
  describe(`a large import runs in the background on ${dialect}`, { skip: unavailable(dialect) ?? false }, () => {
    let t: TestApp;
    let token: string;
    before(async () => {
      t = await createTestApp(dialect);
      token = await coordinatorToken(t);
      await openStatement(t, token, 'big');
    });
    after(() => t.close());

    test('confirm answers at once with progress; chunks resume after a crash; the result is counted once', async () => {
      const preview = await api(t, 'POST', '/api/v1/statements/big/imports', { token, body: { csv } });
      assert.equal(preview.status, 201, preview.text);
      assert.equal(preview.json.entries.length, N);
      const confirm = await api(t, 'POST', `/api/v1/imports/${preview.json.id}/confirm`, { token, body: { leave_out: [0] } });
      assert.equal(confirm.status, 202, confirm.text);
      assert.deepEqual(confirm.json, { id: preview.json.id, status: 'importing', done: 0, total: N - 1 });
      assert.equal((await api(t, 'POST', `/api/v1/imports/${preview.json.id}/confirm`, { token })).status, 404, 'a second confirm does nothing');

      // Two chunks by hand, as a worker would before it crashed; then the queue finishes the rest.
      for (let i = 0; i < 2; i++) await t.deps.db.transaction().execute((trx) => importNextChunk(trx, { id: preview.json.id, now: new Date() }));
      const midway = await api(t, 'GET', `/api/v1/imports/${preview.json.id}`, { token });
      assert.equal(midway.json.status, 'importing');
      assert.ok(midway.json.done > 0 && midway.json.done < N - 1, JSON.stringify(midway.json));

      // The coordinator's page shows the progress and reloads itself, without JavaScript.
      const b = new FormClient(t);
      const coordinator = await t.deps.db.selectFrom('coordinators').select('id').executeTakeFirstOrThrow();
      const link = await createOneTimeLink(t.deps.db, { purpose: 'sign-in', coordinatorId: coordinator.id, now: t.deps.clock() });
      await b.get(`/sign-in/link/${link}`);
      await b.post(`/sign-in/link/${link}`, {});
      const res = await t.app.request(`/coordinator/statements/big/import/${preview.json.id}`, { headers: { cookie: `usg_session=${b['cookies'].get('usg_session')}` } });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('refresh'), '2');
      assert.match(await res.text(), new RegExp(`${midway.json.done} of ${(N - 1).toLocaleString('en')} entries imported so far`));
      await t.runJobs();
      const done = await api(t, 'GET', `/api/v1/imports/${preview.json.id}`, { token });
      assert.equal(done.json.status, 'done');
      assert.equal(done.json.created, N - 1);
      assert.equal(done.json.left_out, 1);
      const names = await t.deps.db.selectFrom('signatures').select('name').execute();
      assert.equal(names.length, N - 1);
      assert.equal(new Set(names.map((n) => n.name)).size, N - 1, 'no entry created twice');
      assert.ok(!names.some((n) => n.name.startsWith('Réseau communautaire numéro 1 A0')), 'the entry left out stays out');
      const count = await api(t, 'GET', '/api/v1/statements/big/count');
      assert.equal(count.json.count, N - 1);
      const audit = await t.deps.db.selectFrom('audit_events').select('id').where('action', '=', 'import.confirmed').execute();
      assert.equal(audit.length, 1);
    });
  });
}
