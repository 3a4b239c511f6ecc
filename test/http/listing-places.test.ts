import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DIALECTS, unavailable } from '../support/databases.ts';
import { api, confirmationPath, coordinatorToken, createTestApp, openStatement, type TestApp } from '../support/app.ts';
import { coordinatorBrowser, FormClient } from '../support/browser-form.ts';
import { pdfText } from '../support/pdf.ts';

type Entry = { number: number; name: string; country: string | null; international: boolean };

async function bytes(t: TestApp, path: string): Promise<Buffer> {
  const res = await t.app.request(path);
  assert.equal(res.status, 200, path);
  return Buffer.from(await res.arrayBuffer());
}

/** Signs through the public API, confirms through the emailed link and approves; returns the signature id. */
async function signConfirmApprove(t: TestApp, token: string, body: Record<string, unknown>): Promise<string> {
  assert.equal((await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { body })).status, 202);
  const path = await confirmationPath(t, token, body.contact_email as string);
  const b = new FormClient(t);
  await b.get(path);
  await b.post(path, {});
  const confirmed = (await api(t, 'GET', '/api/v1/statements/porto-2019/signatures?status=confirmed', { token })).json.signatures as { id: string; name: string }[];
  const id = confirmed.find((s) => s.name === body.name)!.id;
  assert.equal((await api(t, 'POST', `/api/v1/signatures/${id}/approve`, { token })).status, 200);
  return id;
}

for (const dialect of DIALECTS) {
  describe(`international organisations, frozen individuals and withdrawals since an edition on ${dialect}`, { skip: unavailable(dialect) ?? false }, () => {
    let t: TestApp;
    let token: string;
    before(async () => {
      t = await createTestApp(dialect);
      token = await coordinatorToken(t);
      await openStatement(t, token, 'porto-2019');
      assert.equal((await api(t, 'PATCH', '/api/v1/statements/porto-2019', { token, body: { allow_individuals: true } })).status, 200);
    });
    after(() => t.close());

    test('"International / regional" is shown as such; a country left out of an imported list is not', async () => {
      await signConfirmApprove(t, token, { name: 'Eurasian Harm Reduction Association', country: null, contact_name: 'Ieva', contact_email: 'ieva@ehra.example.org' });
      await signConfirmApprove(t, token, { name: 'Rede Brasileira de Redução de Danos', country: 'BR', contact_name: 'Ana', contact_email: 'ana@reduc.example.org' });
      const preview = await api(t, 'POST', '/api/v1/statements/porto-2019/imports', {
        token,
        body: { csv: 'Organisation,Country\nAcción Andina Bolivia,\nHarm Reduction International,Global\n' },
      });
      assert.equal(preview.status, 201, preview.text);
      assert.equal((await api(t, 'POST', `/api/v1/imports/${preview.json.id}/confirm`, { token })).status, 201);

      const pub = (await api(t, 'GET', '/api/v1/statements/porto-2019')).json;
      const by = new Map((pub.signatories as Entry[]).map((e) => [e.name, e]));
      assert.deepEqual([by.get('Eurasian Harm Reduction Association')!.country, by.get('Eurasian Harm Reduction Association')!.international], [null, true]);
      assert.deepEqual([by.get('Harm Reduction International')!.country, by.get('Harm Reduction International')!.international], [null, true]);
      assert.deepEqual([by.get('Acción Andina Bolivia')!.country, by.get('Acción Andina Bolivia')!.international], [null, false]);
      assert.deepEqual([by.get('Rede Brasileira de Redução de Danos')!.country, by.get('Rede Brasileira de Redução de Danos')!.international], ['BR', false]);

      const page = await (await t.app.request('/statements/porto-2019')).text();
      assert.match(page, /Eurasian Harm Reduction Association<\/bdi><span class="country"> — International \/ regional/);
      assert.match(page, /Acción Andina Bolivia<\/bdi><\/li>/, 'no place for a country the list did not give');
      assert.match(page, /Rede Brasileira de Redução de Danos<\/bdi><span class="country"> — Brazil/);

      const csv = await (await t.app.request('/statements/porto-2019/signatories.csv')).text();
      assert.match(csv, /Eurasian Harm Reduction Association,International \/ regional,/);
      assert.match(csv, /Acción Andina Bolivia,,/);

      // The coordinator's form offers both, and keeps each as it is.
      const all = (await api(t, 'GET', '/api/v1/statements/porto-2019/signatures?status=approved', { token })).json.signatures as { id: string; name: string }[];
      const andina = all.find((s) => s.name === 'Acción Andina Bolivia')!;
      const ehra = all.find((s) => s.name === 'Eurasian Harm Reduction Association')!;
      const form = await (await coordinatorBrowser(t)).get(`/coordinator/signatures/${andina.id}`);
      assert.match(form.html, /<option value="" selected="">Not given<\/option>|<option value="">Not given<\/option>/);
      assert.equal((await api(t, 'PATCH', `/api/v1/signatures/${andina.id}`, { token, body: { name: 'Acción Andina Bolivia' } })).json.international, false, 'an edit that leaves the place alone keeps "not given"');
      assert.equal((await api(t, 'PATCH', `/api/v1/signatures/${ehra.id}`, { token, body: { type: 'network' } })).json.international, true, 'and keeps "international"');
      const moved = await api(t, 'PATCH', `/api/v1/signatures/${ehra.id}`, { token, body: { country: 'LT' } });
      assert.deepEqual([moved.json.country, moved.json.international], ['LT', false]);
      const back = await api(t, 'PATCH', `/api/v1/signatures/${ehra.id}`, { token, body: { country: 'international' } });
      assert.deepEqual([back.json.country, back.json.international], [null, true]);
    });

    test('an edition freezes the places and the individuals; withdrawals since it are listed for the coordinator', async () => {
      await signConfirmApprove(t, token, { kind: 'individual', name: 'Dr Nomvula Dlamini', affiliation: 'University of Cape Town', contact_email: 'n.dlamini@uct.example.org' });
      const published = await api(t, 'POST', '/api/v1/statements/porto-2019/editions', { token });
      assert.equal(published.status, 201, published.text);
      const edition = (await api(t, 'GET', '/api/v1/statements/porto-2019/editions/1')).json;
      assert.deepEqual(edition.individuals, [{ number: 1, name: 'Dr Nomvula Dlamini', affiliation: 'University of Cape Town' }]);
      const ehra = (edition.signatories as Entry[]).find((e) => e.name === 'Eurasian Harm Reduction Association')!;
      assert.equal(ehra.international, true);
      const text = pdfText(await bytes(t, '/statements/porto-2019/editions/1/statement.pdf')).replace(/\s+/g, ' ');
      assert.match(text, /Eurasian Harm Reduction Association \(International \/ regional\)/);
      assert.doesNotMatch(text, /Acción Andina Bolivia \(/, 'no place printed for a country not given');
      assert.match(text, /Dr Nomvula Dlamini/);

      // A later individual does not change the frozen edition.
      await signConfirmApprove(t, token, { kind: 'individual', name: 'Aigerim Nurlanovna', affiliation: null, contact_email: 'aigerim@example.kz' });
      assert.equal((await api(t, 'GET', '/api/v1/statements/porto-2019/editions/1')).json.individuals.length, 1);

      // An organisation of the edition withdraws: the coordinator's page says who, since which edition.
      const all = (await api(t, 'GET', '/api/v1/statements/porto-2019/signatures?status=approved', { token })).json.signatures as { id: string; name: string }[];
      const rede = all.find((s) => s.name === 'Rede Brasileira de Redução de Danos')!;
      const b = await coordinatorBrowser(t);
      const admin = async () => (await b.get("/coordinator/statements/porto-2019")).html;
      assert.doesNotMatch(await admin(), /withdrawn-since-edition/);
      await t.deps.db.updateTable('signatures').set({ state: 'withdrawn', decided_at: new Date('2026-04-29T10:00:00Z').toISOString() }).where('id', '=', rede.id).execute();
      const html = await admin();
      assert.match(html, /id="withdrawn-since-edition"/);
      assert.match(html, /Since edition 1 was published, 1 organisation listed in it has withdrawn/);
      assert.match(html, /No\. \d+ <bdi lang="en">Rede Brasileira de Redução de Danos<\/bdi>/);
    });
  });
}

