import { test } from 'node:test';
import assert from 'node:assert/strict';
import { acceptsSignatures, displayCount, headlineText, transition } from './statement.ts';
import { AppError } from '../errors.ts';

test('a draft opens, an open statement closes, a closed one can reopen', () => {
  assert.equal(transition({ state: 'draft', slug: 's' }, 'open'), 'open');
  assert.equal(transition({ state: 'open', slug: 's' }, 'closed'), 'closed');
  assert.equal(transition({ state: 'closed', slug: 's' }, 'open'), 'open');
});

test('illegal moves are refused with a message naming the state', () => {
  assert.throws(
    () => transition({ state: 'draft', slug: 'porto' }, 'closed'),
    (e: unknown) => e instanceof AppError && e.code === 'illegal_transition' && /it is draft/.test(e.message),
  );
  assert.throws(() => transition({ state: 'open', slug: 'porto' }, 'open'), AppError);
  assert.throws(() => transition({ state: 'closed', slug: 'porto' }, 'draft'), AppError);
});

test('the sign-on window is respected', () => {
  const opensAt = new Date('2026-01-10T00:00:00Z');
  const closesAt = new Date('2026-01-20T00:00:00Z');
  const s = { state: 'open' as const, opensAt, closesAt };
  assert.equal(acceptsSignatures(s, new Date('2026-01-09T23:59:59Z')), false);
  assert.equal(acceptsSignatures(s, new Date('2026-01-15T00:00:00Z')), true);
  assert.equal(acceptsSignatures(s, closesAt), false);
  assert.equal(acceptsSignatures({ ...s, state: 'draft' }, new Date('2026-01-15T00:00:00Z')), false);
});

test('headline counts are exact or rounded down with a plus', () => {
  assert.equal(displayCount(336, null, 'en'), '336');
  assert.equal(displayCount(336, 100, 'en'), '300+');
  assert.equal(displayCount(300, 100, 'en'), '300');
  assert.equal(displayCount(42, 100, 'en'), '42');
  assert.equal(displayCount(1336, 100, 'fr'), '1\u202f300+');
  const s = { headline: '{count} NGOs call on world leaders', headlineRounding: 100, title: 'T', language: 'en' };
  assert.equal(headlineText(s, 336), '300+ NGOs call on world leaders');
  assert.equal(headlineText({ ...s, headline: null }, 336), 'T');
});
