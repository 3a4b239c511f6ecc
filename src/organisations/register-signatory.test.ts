import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { api, coordinatorToken, createTestApp, openStatement, type TestApp } from '../../test/support/app.ts';
import { DIALECTS, unavailable } from '../../test/support/databases.ts';
import { COMPARED_PER_ORGANISATION } from './register-signatory.ts';

// Distinct names that share no word, so only the email domain makes them alike.
const NAMES = [
  'Amaranth Collective', 'Basalt Forum', 'Cobalt Alliance', 'Dune Observatory', 'Ember Trust', 'Fjord Assembly', 'Garnet Circle',
  'Heron Council', 'Indigo Union', 'Juniper League', 'Kestrel Coalition', 'Lichen Platform', 'Marram Initiative', 'Nimbus Society',
  'Obsidian Guild', 'Pumice Movement', 'Quartz Bureau', 'Rowan Network', 'Sorrel Front', 'Tamarisk Centre', 'Umber Fund',
];

for (const dialect of DIALECTS) {
  describe(`registering sign-ons from one email domain on ${dialect}`, { skip: unavailable(dialect) ?? false }, () => {
    let t: TestApp;
    let token: string;
    before(async () => {
      t = await createTestApp(dialect);
      token = await coordinatorToken(t);
    });
    after(() => t.close());

    /** Adds the names in order (each registered as it is added) and returns their ids. */
    const addAll = async (slug: string, names: string[], domain: string) => {
      await openStatement(t, token, slug);
      const ids: string[] = [];
      for (const [i, name] of names.entries()) {
        t.setNow(new Date(Date.UTC(2026, 3, 28, 9, 0, i)));
        const r = await api(t, 'POST', `/api/v1/statements/${slug}/signatures`, { token, body: { name, country: 'FR', contact_name: 'Point focal', contact_email: `focal${i}@${domain}` } });
        assert.equal(r.status, 201, r.text);
        ids.push(r.json.id as string);
      }
      return ids;
    };
    const flagsOf = async (signatureId: string) => t.deps.db.selectFrom('duplicate_flags').select(['signature_a', 'signature_b', 'reason']).where('signature_b', '=', signatureId).execute();

    test('a few sign-ons from one domain are each flagged with every earlier one', async () => {
      const ids = await addAll('few-2026', NAMES.slice(-4), 'few.example');
      const flags = await t.deps.db.selectFrom('duplicate_flags').select(['signature_a', 'signature_b']).where('signature_b', 'in', ids).execute();
      assert.equal(flags.length, 6, 'all pairs of four');
      assert.equal((await flagsOf(ids[3]!)).length, 3);
    });

    test('the Nth sign-on of one organisation is compared with its earliest few, not with every earlier one', async () => {
      const count = COMPARED_PER_ORGANISATION + 5;
      const ids = await addAll('many-2026', NAMES.slice(0, count), 'network.example');
      const organisations = await t.deps.db.selectFrom('signatures').select('organisation_id').distinct().where('id', 'in', ids).execute();
      assert.equal(organisations.length, 1, '"same domain" makes them one registry organisation');
      const last = await flagsOf(ids.at(-1)!);
      assert.equal(last.length, COMPARED_PER_ORGANISATION, `flagged with ${last.length} of ${count - 1} earlier sign-ons`);
      assert.deepEqual(new Set(last.map((f) => f.signature_a)), new Set(ids.slice(0, COMPARED_PER_ORGANISATION)), 'with the earliest ones');
      assert.ok(last.every((f) => /same domain network\.example/.test(f.reason)), last.map((f) => f.reason).join('; '));
      const all = await t.deps.db.selectFrom('duplicate_flags').select('id').where('signature_b', 'in', ids).execute();
      assert.ok(all.length < (count * (count - 1)) / 2, `${all.length} flags`);
    });
  });
}
