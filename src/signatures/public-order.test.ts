import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { publicOrder, type ListCandidate } from './public-order.ts';

const fixture = JSON.parse(readFileSync(new URL('../../test/fixtures/ihrc-2019-signatories.json', import.meta.url), 'utf8')) as {
  entries: { number: number; name: string }[];
};

/** Deterministic shuffle so a failure can be reproduced. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

test('the 336 IHRC organisations, shuffled, come out in the published order', () => {
  const expected = fixture.entries.filter((e) => e.number !== 73);
  for (const seed of [1, 7, 2019]) {
    const candidates: ListCandidate[] = shuffled(expected, seed).map((e, i) => ({
      id: String(e.number),
      type: null,
      name: e.name,
      country: null,
      initiator: e.number === 1,
      confidential: false,
      createdAt: new Date(Date.UTC(2019, 3, 1) + i * 1000),
    }));
    const { list } = publicOrder(candidates, 'en');
    assert.deepEqual(
      list.map((e) => e.name),
      expected.map((e) => e.name),
    );
    assert.equal(list[0]!.number, 1);
    assert.equal(list.at(-1)!.number, 335);
  }
});

test('confidential signatories are counted but not named', () => {
  const at = new Date();
  const { list, confidentialCount } = publicOrder(
    [
      { id: 'Open Org', type: null, name: 'Open Org', country: 'ML', initiator: false, confidential: false, createdAt: at },
      { id: 'Hidden Org', type: null, name: 'Hidden Org', country: 'RU', initiator: false, confidential: true, createdAt: at },
    ],
    'en',
  );
  assert.deepEqual(list.map((e) => e.name), ['Open Org']);
  assert.equal(confidentialCount, 1);
});

test('initiators keep the order they were added in, ahead of the collated rest', () => {
  const t = (n: number) => new Date(Date.UTC(2020, 0, 1, 0, 0, n));
  const { list } = publicOrder(
    [
      { id: 'Zeta Network', type: null, name: 'Zeta Network', country: null, initiator: true, confidential: false, createdAt: t(1) },
      { id: 'Alpha', type: null, name: 'Alpha', country: null, initiator: false, confidential: false, createdAt: t(2) },
      { id: 'Beta Convener', type: null, name: 'Beta Convener', country: null, initiator: true, confidential: false, createdAt: t(3) },
      { id: 'Éclair', type: null, name: 'Éclair', country: null, initiator: false, confidential: false, createdAt: t(4) },
      { id: 'Ebony', type: null, name: 'Ebony', country: null, initiator: false, confidential: false, createdAt: t(5) },
    ],
    'en',
  );
  assert.deepEqual(list.map((e) => e.name), ['Zeta Network', 'Beta Convener', 'Alpha', 'Ebony', 'Éclair']);
});
