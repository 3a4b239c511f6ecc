import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prettyLine } from './logger.ts';

test('a pretty line puts time, level, message and the request first, then the rest as key=value on one line', () => {
  const line = prettyLine(new Date('2026-04-28T09:41:07.123Z'), 'info', 'request', { requestId: 'abc123', method: 'GET', path: '/statements/x', status: 200, ms: 3.2, note: 'two words\nand a newline' });
  assert.equal(line, '09:41:07 INFO  request GET /statements/x 200 3.2ms requestId=abc123 note="two words\\nand a newline"');
  assert.equal(prettyLine(new Date('2026-04-28T09:41:07Z'), 'warn', 'job failed', { attempts: 3 }), '09:41:07 WARN  job failed attempts=3');
});
