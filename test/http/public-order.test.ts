import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DIALECTS, unavailable } from '../support/databases.ts';
import { api, coordinatorToken, createTestApp, openStatement, type TestApp } from '../support/app.ts';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/ihrc-2019-signatories.json', import.meta.url), 'utf8')) as {
  entries: { number: number; name: string }[];
};

for (const dialect of DIALECTS) {
  describe(`public list order on ${dialect}`, { skip: unavailable(dialect) ?? false }, () => {
    let t: TestApp;
    let token: string;
    before(async () => {
      t = await createTestApp(dialect);
      token = await coordinatorToken(t);
      await openStatement(t, token, 'ihrc-2019');
    });
    after(() => t.close());

    test('336 IHRC signatories added in shuffled order (73 left out, 1 initiator) list exactly as published', async () => {
      const expected = fixture.entries.filter((e) => e.number !== 73);
      // Reverse-interleaved order: nothing like the published one.
      const shuffled = [...expected.filter((_, i) => i % 2 === 1).reverse(), ...expected.filter((_, i) => i % 2 === 0)];
      let minute = 0;
      for (const e of shuffled) {
        t.setNow(new Date(Date.UTC(2019, 3, 1, 0, minute++)));
        const r = await api(t, 'POST', '/api/v1/statements/ihrc-2019/signatures', { token, body: { name: e.name, initiator: e.number === 1 } });
        assert.equal(r.status, 201, r.text);
      }
      const pub = await api(t, 'GET', '/api/v1/statements/ihrc-2019');
      assert.equal(pub.json.count, 335);
      assert.deepEqual(
        pub.json.signatories.map((s: { name: string }) => s.name),
        expected.map((e) => e.name),
      );
      assert.deepEqual(
        pub.json.signatories.map((s: { number: number }) => s.number),
        expected.map((_, i) => i + 1),
      );
      const html = await (await t.app.request('/statements/ihrc-2019')).text();
      assert.match(html, /<li value="1"><bdi>International Drug Policy Consortium/);
      assert.match(html, /СВОН Плюс/);
    });
  });
}
