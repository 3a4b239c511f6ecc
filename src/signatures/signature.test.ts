import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError } from '../errors.ts';
import { countDelta, signatureTransition } from './signature.ts';

test('any live or rejected signature can be merged into another; a merged one is final', () => {
  for (const from of ['unconfirmed', 'confirmed', 'approved', 'rejected'] as const) assert.equal(signatureTransition(from, 'merge'), 'merged');
  assert.throws(() => signatureTransition('withdrawn', 'merge'), (e: AppError) => e.code === 'illegal_transition');
  for (const action of ['confirm', 'approve', 'reject', 'withdraw', 'merge'] as const) {
    assert.throws(() => signatureTransition('merged', action), /merged into another signature/);
  }
  assert.equal(countDelta('approved', 'merged'), -1);
  assert.equal(countDelta('confirmed', 'merged'), 0);
});
