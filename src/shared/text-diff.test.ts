import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineDiff } from './text-diff.ts';

test('a changed line shows as removed and added, with a line of context and the rest shortened', () => {
  const before = ['one', 'two', 'three', 'four', 'five', 'six'].join('\n');
  const after = ['one', 'two', 'three', 'FOUR', 'five', 'six'].join('\n');
  assert.equal(lineDiff(before, after), ['  …', '  three', '- four', '+ FOUR', '  five', '  …'].join('\n'));
});

test('added and removed lines at the ends', () => {
  assert.equal(lineDiff('a\nb', 'b\nc'), ['- a', '  b', '+ c'].join('\n'));
  assert.equal(lineDiff('same', 'same'), '  …');
});
