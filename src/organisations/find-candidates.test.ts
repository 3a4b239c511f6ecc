import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { DatabaseHandle } from '../db/database.ts';
import { DIALECTS, openTestDatabase, unavailable } from '../../test/support/databases.ts';
import { findCandidates, MAX_CANDIDATES, MAX_DOMAIN_ORGANISATIONS, MAX_POSTINGS } from './find-candidates.ts';
import { orderedPair, pairName, registryKeys } from './organisation.ts';
import { addAlias, insertOrganisation } from './organisation.repository.ts';

test('registry keys cover every name and domain; "not the same" pairs are remembered by content words, in a fixed order', () => {
  const keys = registryKeys({ names: ['Electronic Frontier Foundation', 'EFF'], websiteDomain: 'eff.org', emailDomain: null });
  assert.ok(keys.includes('d:eff.org'));
  assert.ok(keys.some((k) => k.startsWith('n:') && k.includes('electronic')));
  assert.equal(pairName('KARISMA'), pairName('Karisma.'));
  assert.deepEqual(orderedPair('LEAP UK', 'LEAP'), orderedPair('LEAP', 'LEAP UK'));
});

for (const dialect of DIALECTS) {
  describe(`registry look-up on ${dialect}`, { skip: unavailable(dialect) ?? false }, () => {
    let h: DatabaseHandle;
    const now = new Date('2026-04-28T09:00:00Z');
    const org = (name: string, more: { country?: string; websiteDomain?: string } = {}) =>
      insertOrganisation(h.db, { name, country: more.country ?? null, type: null, websiteDomain: more.websiteDomain ?? null, emailDomain: null, now });
    before(async () => {
      h = await openTestDatabase(dialect);
      // A word shared by more organisations than a key may select ("w:drug" in a drug-policy coalition).
      const rows = Array.from({ length: MAX_POSTINGS + 5 }, (_, i) => ({ id: `n-${i}`, name: `Drug ${i}` }));
      const at = now.toISOString();
      for (let i = 0; i < rows.length; i += 500) {
        const part = rows.slice(i, i + 500);
        await h.db.insertInto('organisations').values(part.map((r) => ({ id: r.id, name: r.name, country: null, org_type: null, website_domain: null, email_domain: null, created_at: at, updated_at: at }))).execute();
        await h.db.insertInto('organisation_keys').values(part.map((r) => ({ key: 'w:drug', organisation_id: r.id }))).execute();
      }
      await h.db.insertInto('organisation_key_counts').values({ key: 'w:drug', organisations: rows.length }).execute();
    });
    after(() => h.close());

    test('candidates come from rare keys and are compared on names, aliases and domains', async () => {
      const hri = await org('Harm Reduction International', { country: 'GB', websiteDomain: 'hri.global' });
      const acij = await org('Asociación Civil por la Igualdad y la Justicia', { country: 'AR' });
      await addAlias(h.db, acij, 'Civil Association for Equality and Justice', now);
      await org('Harm Reduction Australia', { country: 'AU' });

      const [best] = await findCandidates(h.db, { name: 'Harm Reduction Int’l (HRI)', country: 'GB' });
      assert.equal(best?.organisation.id, hri.id);
      const byDomain = await findCandidates(h.db, { name: 'HRI', website: 'https://www.hri.global/contact' });
      assert.ok(byDomain.some((c) => c.same && c.organisation.id === hri.id && /same domain/.test(c.reason)));
      const byAlias = (await findCandidates(h.db, { name: 'Civil Association for Equality & Justice' })).find((c) => c.same);
      assert.equal(byAlias?.organisation.id, acij.id);
      assert.equal(byAlias?.matchedName, 'Civil Association for Equality and Justice');
      assert.deepEqual(byAlias?.organisation.aliases, ['Civil Association for Equality and Justice']);
      // The English alias is also the Spanish canonical name in translation (the lexicon, issue 13),
      // so both names are said to be another organisation here.
      const distinct = await findCandidates(
        h.db,
        { name: 'Civil Association for Equality and Justice' },
        { distinctNames: new Set([pairName('Civil Association for Equality and Justice'), pairName('Asociación Civil por la Igualdad y la Justicia')]) },
      );
      assert.ok(!distinct.some((c) => c.same), 'a name said to be another organisation is no evidence');
      const translated = (await findCandidates(h.db, { name: 'Asociacion Civil por la Igualdad y la Justicia' })).find((c) => c.same);
      assert.equal(translated?.organisation.id, acij.id, 'known under several names, found by any of them');
    });

    test('a key shared by too many organisations selects nothing, unless it is all there is', async () => {
      const mainline = await org('Mainline Drug Foundation');
      const found = await findCandidates(h.db, { name: 'Mainline Drug Foundation' });
      assert.equal(found[0]?.organisation.id, mainline.id);
      assert.ok(found.length < 10, 'the thousands of "Drug …" are not candidates');
      const common = await findCandidates(h.db, { name: 'Drug Users' });
      assert.equal(common.length, MAX_CANDIDATES, 'only common words: the rarest key is still read, up to the candidate limit');
    });

    test('a domain shared by more organisations than the bound finds no candidates, but still settles one found by name', async () => {
      const section = (name: string, country: string) =>
        insertOrganisation(h.db, { name, country, type: null, websiteDomain: null, emailDomain: 'sections.example', now });
      // National sections of one network: different names and countries, one email domain.
      const countries = ['FR', 'DE', 'ES', 'IT', 'PT', 'GB', 'IE', 'NL', 'BE', 'PL', 'CZ', 'RO', 'GR', 'SE', 'NO', 'FI', 'DK', 'AT', 'CH', 'HU', 'BG', 'HR'];
      const first = await section('Observatoire Zéphyr des Libertés', 'FR');
      const byDomainOnly = { name: 'Quokka Solidarity Collective', emailDomain: 'sections.example' };
      const fewFound = await findCandidates(h.db, byDomainOnly);
      assert.ok(fewFound.some((c) => c.organisation.id === first.id && /same domain/.test(c.reason)), 'a domain of few organisations finds them');
      for (let i = 1; i <= MAX_DOMAIN_ORGANISATIONS; i++) await section(`Section ${i} Xylophone Wombat`, countries[i % countries.length]!);
      const crowded = await findCandidates(h.db, byDomainOnly);
      assert.ok(!crowded.some((c) => c.organisation.emailDomain === 'sections.example'), crowded.map((c) => c.organisation.name).join('; '));
      // Found by a word of its name, the same domain still makes it the same organisation.
      const byWord = (emailDomain: string | null) => findCandidates(h.db, { name: 'Zephyr Collective', country: 'FR', emailDomain });
      assert.ok(!(await byWord(null)).some((c) => c.same && c.organisation.id === first.id), 'the name alone does not settle it');
      const settled = await byWord('sections.example');
      assert.ok(settled.some((c) => c.same && c.organisation.id === first.id && /same domain/.test(c.reason)), JSON.stringify(settled.map((c) => [c.organisation.name, c.reason])));
    });
  });
}

test('keys are read rarest first, common ones skipped, within a budget of rows', async () => {
  const { chooseKeys } = await import('./organisation.repository.ts');
  const counts = [
    { key: 'w:network', organisations: 25_000 },
    { key: 'w:harm', organisations: 700 },
    { key: 'n:harm reduction network', organisations: 3 },
    { key: 'w:reduction', organisations: 900 },
    { key: 'c:harmreductionnetwork', organisations: 3 },
  ];
  assert.deepEqual(chooseKeys(counts, 1_200, 2_000), ['c:harmreductionnetwork', 'n:harm reduction network', 'w:harm']);
  assert.deepEqual(chooseKeys(counts, 5_000, 2_000), ['c:harmreductionnetwork', 'n:harm reduction network', 'w:harm', 'w:reduction']);
  assert.deepEqual(chooseKeys([{ key: 'w:network', organisations: 25_000 }, { key: 'w:drug', organisations: 9_000 }], 1_200, 2_000), ['w:drug']);
  assert.deepEqual(chooseKeys([], 1_200, 2_000), []);
});
