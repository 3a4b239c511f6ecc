import { test } from 'node:test';
import assert from 'node:assert/strict';
import { metricsAccess } from './metrics-access.ts';

test('a bearer of the token may read, from anywhere; a wrong or missing token may not', () => {
  const may = metricsAccess({ token: 'scrape-token-0123456789', allow: [] });
  assert.equal(may({ authorization: 'Bearer scrape-token-0123456789', address: '203.0.113.9' }), true);
  assert.equal(may({ authorization: 'Bearer scrape-token-012345678', address: '203.0.113.9' }), false);
  assert.equal(may({ authorization: undefined, address: '127.0.0.1' }), false);
});

test('a peer inside one of the CIDRs may read, IPv4 as seen on a dual-stack socket too; others may not', () => {
  const may = metricsAccess({ token: undefined, allow: ['10.0.0.0/8', '192.0.2.7', 'fd00::/8'] });
  for (const address of ['10.1.2.3', '::ffff:10.200.0.1', '192.0.2.7', 'fd12::1']) assert.equal(may({ authorization: undefined, address }), true, address);
  for (const address of ['11.0.0.1', '192.0.2.8', '::1', 'fe80::1', undefined]) assert.equal(may({ authorization: undefined, address }), false, String(address));
  assert.equal(may({ authorization: 'Bearer anything-at-all-here', address: '11.0.0.1' }), false, 'no token configured: a bearer is nobody');
});
