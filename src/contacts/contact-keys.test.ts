import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '../logger.ts';
import { emailHash, KEY_FILE_NAME, loadContactKeys, parseKeys, seal, sealedKeyId, unseal } from './contact-keys.ts';

const A = 'first-key-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const B = 'second-key-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';

function recordingLogger() {
  const lines: { level: string; msg: string; fields?: Record<string, unknown> }[] = [];
  const at = (level: string) => (msg: string, fields?: Record<string, unknown>) => void lines.push({ level, msg, ...(fields ? { fields } : {}) });
  const logger: Logger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
  return { logger, lines };
}

test('a sealed value opens to the same text, differs each time, names its key and holds nothing in clear', () => {
  const ring = parseKeys(A, 'test');
  const plain = 'Ana Souza <ana@reduc.example.org> — Ана, آنا';
  const one = seal(plain, ring.primary);
  const two = seal(plain, ring.primary);
  assert.notEqual(one, two, 'a fresh nonce each time');
  assert.equal(unseal(one, ring), plain);
  assert.equal(sealedKeyId(one), ring.primary.id);
  assert.ok(!one.includes('ana') && !one.includes('reduc'));
});

test('a sealed value altered by one character, or opened with another key, is refused', () => {
  const ring = parseKeys(A, 'test');
  const sealed = seal('ana@reduc.example.org', ring.primary);
  const i = sealed.length - 5;
  const altered = sealed.slice(0, i) + (sealed[i] === 'A' ? 'B' : 'A') + sealed.slice(i + 1);
  assert.throws(() => unseal(altered, ring));
  assert.throws(() => unseal(sealed, parseKeys(B, 'test')), /not configured/);
  assert.throws(() => parseKeys('short', 'test'), /at least 32/);
});

test('rotation: with a new key first, values sealed under the old one still open; new ones use the new key', () => {
  const old = parseKeys(A, 'test');
  const sealedOld = seal('ana@reduc.example.org', old.primary);
  const rotated = parseKeys(`${B}\n${A}\n`, 'test');
  assert.equal(rotated.all.length, 2);
  assert.notEqual(rotated.primary.id, old.primary.id);
  assert.equal(unseal(sealedOld, rotated), 'ana@reduc.example.org');
  assert.equal(sealedKeyId(seal('x', rotated.primary)), rotated.primary.id);
  assert.notEqual(emailHash('Ana@Reduc.example.org ', rotated.primary), emailHash('ana@reduc.example.org', old.primary));
  assert.equal(emailHash('Ana@Reduc.example.org ', old.primary), emailHash('ana@reduc.example.org', old.primary), 'hashes compare normalised emails');
});

test('with no key configured the first start creates a key file with mode 0600 and says so; the next start reuses it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'undersigned-keys-'));
  try {
    const first = recordingLogger();
    const ring = loadContactKeys({ encryptionKey: undefined, dataDir: join(dir, 'data'), logger: first.logger });
    const path = join(dir, 'data', KEY_FILE_NAME);
    assert.equal(statSync(path).mode & 0o777, 0o600);
    assert.equal(first.lines.length, 1);
    assert.match(first.lines[0]!.msg, /created an encryption key file/);
    assert.equal(first.lines[0]!.fields?.path, path);
    const secret = readFileSync(path, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
    assert.equal(secret.length, 1);
    assert.ok(secret[0]!.length >= 43);

    const again = recordingLogger();
    const ring2 = loadContactKeys({ encryptionKey: undefined, dataDir: join(dir, 'data'), logger: again.logger });
    assert.equal(ring2.primary.id, ring.primary.id);
    assert.equal(again.lines.length, 0);
    assert.equal(unseal(seal('x', ring.primary), ring2), 'x');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('ENCRYPTION_KEY, when set, is used and no file is made', () => {
  const dir = mkdtempSync(join(tmpdir(), 'undersigned-keys-'));
  try {
    const { logger } = recordingLogger();
    const ring = loadContactKeys({ encryptionKey: `${B} ${A}`, dataDir: dir, logger });
    assert.equal(ring.source, 'ENCRYPTION_KEY');
    assert.equal(ring.all.length, 2);
    assert.throws(() => statSync(join(dir, KEY_FILE_NAME)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
