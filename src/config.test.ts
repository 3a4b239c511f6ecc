import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from './config.ts';

const withFiles = (files: Record<string, string>, fn: (path: (name: string) => string) => void) => {
  const dir = mkdtempSync(join(tmpdir(), 'undersigned-config-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    fn((name) => join(dir, name));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

test('secrets come from *_FILE, read once, without the trailing newline', () => {
  withFiles({ db: 'postgres://u:p@db:5432/undersigned\n', smtp: 'smtp://mail.example.org:587', session: `${'s'.repeat(40)}\n`, key: 'k'.repeat(32) }, (path) => {
    const c = loadConfig({ DATABASE_URL_FILE: path('db'), SMTP_URL_FILE: path('smtp'), SESSION_SECRET_FILE: path('session'), ENCRYPTION_KEY_FILE: path('key') });
    assert.equal(c.databaseUrl, 'postgres://u:p@db:5432/undersigned');
    assert.equal(c.smtpUrl, 'smtp://mail.example.org:587');
    assert.equal(c.sessionSecret, 's'.repeat(40));
    assert.equal(c.encryptionKey, 'k'.repeat(32));
  });
});

test('a secret file is checked like the variable, and one secret given twice or unreadable is an error', () => {
  withFiles({ db: 'mysql://nope\n' }, (path) => {
    assert.throws(() => loadConfig({ DATABASE_URL_FILE: path('db') }), /DATABASE_URL: DATABASE_URL must start with postgres/);
    assert.throws(() => loadConfig({ DATABASE_URL_FILE: path('db'), DATABASE_URL: 'postgres://x/y' }), /DATABASE_URL_FILE: set either DATABASE_URL or DATABASE_URL_FILE, not both/);
    assert.throws(() => loadConfig({ SMTP_URL_FILE: path('missing') }), /SMTP_URL_FILE: cannot read .*missing \(ENOENT\)/);
  });
});

test('metrics are off by default; on, they need a token or an allow list, and the list must be addresses or CIDRs', () => {
  assert.equal(loadConfig({}).metrics, null);
  assert.throws(() => loadConfig({ METRICS: 'true' }), /METRICS: set METRICS_TOKEN or METRICS_ALLOW/);
  assert.deepEqual(loadConfig({ METRICS: 'true', METRICS_ALLOW: '10.0.0.0/8, ::1/128,192.0.2.7' }).metrics, { token: undefined, allow: ['10.0.0.0/8', '::1/128', '192.0.2.7'] });
  assert.throws(() => loadConfig({ METRICS: 'true', METRICS_ALLOW: '10.0.0.0/33,example.org' }), /"10\.0\.0\.0\/33" is not an address or CIDR[\s\S]*"example\.org"/);
  withFiles({ token: 'a-long-metrics-token\n' }, (path) => {
    assert.deepEqual(loadConfig({ METRICS: '1', METRICS_TOKEN_FILE: path('token') }).metrics, { token: 'a-long-metrics-token', allow: [] });
  });
});
