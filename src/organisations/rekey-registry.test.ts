import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DIALECTS, openTestDatabase, unavailable } from '../../test/support/databases.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { JobWorker } from '../jobs/worker.ts';
import { silentLogger } from '../logger.ts';
import { findCandidates } from './find-candidates.ts';
import { KEYS_VERSION, registryKeys } from './organisation.ts';
import { addAlias, insertOrganisation } from './organisation.repository.ts';
import { rekeyRegistryHandler } from './rekey-registry.handler.ts';
import { rekeyStaleOrganisations, scheduleRegistryRekey } from './rekey-registry.ts';

for (const dialect of DIALECTS) {
  describe(`registry re-key on ${dialect}`, { skip: unavailable(dialect) ?? false }, () => {
    let h: DatabaseHandle;
    const now = new Date('2026-04-28T09:00:00Z');
    const org = (name: string) => insertOrganisation(h.db, { name, country: null, type: null, websiteDomain: null, emailDomain: 'attac.no', now });
    const keysOf = async (id: string) =>
      (await h.db.selectFrom('organisation_keys').select('key').where('organisation_id', '=', id).execute()).map((r) => r.key).sort();
    const count = async (key: string) =>
      Number((await h.db.selectFrom('organisation_key_counts').select('organisations').where('key', '=', key).executeTakeFirst())?.organisations ?? 0);

    // What an organisation keyed by older rules looks like: other keys, an older version.
    async function makeStale(id: string, oldKeys: string[]) {
      const current = await keysOf(id);
      await h.db.deleteFrom('organisation_keys').where('organisation_id', '=', id).execute();
      for (const key of current) await h.db.updateTable('organisation_key_counts').set((eb) => ({ organisations: eb('organisations', '-', 1) })).where('key', '=', key).execute();
      await h.db.deleteFrom('organisation_key_counts').where('organisations', '<=', 0).execute();
      await h.db.insertInto('organisation_keys').values(oldKeys.map((key) => ({ key, organisation_id: id }))).execute();
      for (const key of oldKeys) {
        await h.db
          .insertInto('organisation_key_counts')
          .values({ key, organisations: 1 })
          .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ organisations: eb('organisation_key_counts.organisations', '+', 1) })))
          .execute();
      }
      await h.db.updateTable('organisations').set({ keys_version: 0 }).where('id', '=', id).execute();
    }

    before(async () => {
      h = await openTestDatabase(dialect);
    });
    after(() => h.close());

    test('new organisations are keyed with the current rules', async () => {
      const o = await org('Kenya Human Rights Commission');
      const row = await h.db.selectFrom('organisations').select('keys_version').where('id', '=', o.id).executeTakeFirstOrThrow();
      assert.equal(Number(row.keys_version), KEYS_VERSION);
      assert.equal(await rekeyStaleOrganisations(h.db).then((r) => r.rekeyed), 0, 'nothing stale, nothing rebuilt');
    });

    test('organisations keyed by older rules are rebuilt: old keys uncounted, new ones found, names and aliases alike', async () => {
      const attac = await org('ATTAC Norway');
      await addAlias(h.db, attac, 'Association pour la Taxation des Transactions financières et l’Aide aux Citoyens (ATTAC)', now);
      await makeStale(attac.id, ['x:attac-old-rules', 'x:shared-old-key']);
      const other = await org('Sudan Organisation Against Torture');
      await makeStale(other.id, ['x:shared-old-key']);
      assert.equal(await count('x:shared-old-key'), 2);
      // Under its stale keys the organisation is not found by its own names.
      assert.ok(!(await findCandidates(h.db, { name: 'Attac Norge' })).some((c) => c.organisation.id === attac.id));

      assert.equal(await scheduleRegistryRekey(h.db, now), true);
      const worker = new JobWorker({ db: h.db, dialect, jobs: [rekeyRegistryHandler({ dialect })], logger: silentLogger, clock: () => now });
      while ((await worker.runOnce({ ignoreBusy: true })) > 0);

      assert.deepEqual(await keysOf(attac.id), [...registryKeys({ names: [attac.name, ...attac.aliases], websiteDomain: null, emailDomain: 'attac.no' })].sort());
      assert.equal(await count('x:attac-old-rules'), 0, 'a key the rules no longer give is gone from the counts');
      assert.equal(await count('x:shared-old-key'), 0);
      for (const key of await keysOf(attac.id)) assert.ok((await count(key)) >= 1, `${key} is counted`);
      const versions = await h.db.selectFrom('organisations').select('keys_version').where('id', 'in', [attac.id, other.id]).execute();
      assert.deepEqual(versions.map((v) => Number(v.keys_version)), [KEYS_VERSION, KEYS_VERSION]);
      assert.equal(await scheduleRegistryRekey(h.db, now), false, 'nothing left to schedule');

      // Known under several names, found by any of them — its country in Norwegian, or its French name.
      const byCountryName = (await findCandidates(h.db, { name: 'Attac Norge' })).find((c) => c.same);
      assert.equal(byCountryName?.organisation.id, attac.id);
      const byAlias = (await findCandidates(h.db, { name: 'Association pour la Taxation des Transactions Financieres et l’Aide aux Citoyens' })).find((c) => c.same);
      assert.equal(byAlias?.organisation.id, attac.id);
      const bySecond = (await findCandidates(h.db, { name: 'Sudan Organization Against Torture (SOAT)' })).find((c) => c.same);
      assert.equal(bySecond?.organisation.id, other.id);
    });

    test('a large stale registry is rebuilt in batches, each job queuing the next', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 7; i++) ids.push((await org(`Batch Organisation Number ${i}`)).id);
      for (const id of ids) await makeStale(id, [`x:batch-${id}`]);
      const first = await rekeyStaleOrganisations(h.db, { limit: 3 });
      assert.deepEqual(first, { rekeyed: 3, more: true });
      const rest = await rekeyStaleOrganisations(h.db, { limit: 10 });
      assert.deepEqual(rest, { rekeyed: 4, more: false });
    });
  });
}
