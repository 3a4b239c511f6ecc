import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const bin = new URL('../../bin/undersigned.mjs', import.meta.url).pathname;

test('export writes complete files, and on failure writes nothing and says why', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'undersigned-export-'));
  const env = { ...process.env, DATA_DIR: join(dir, 'data'), DATABASE_URL: '', PORT: '0' };
  const cli = (...args: string[]) => run(process.execPath, [bin, ...args], { env, cwd: dir });
  try {
    const token = (await cli('token', 'create', '--email', 'c@example.org')).stdout.trim();
    // Build a statement through the app itself, in process, against the same SQLite file.
    const { openDatabase } = await import('../../src/db/database.ts');
    const { createApp } = await import('../../src/web/app.tsx');
    const { createMailer } = await import('../../src/mail/mailer.ts');
    const { silentLogger } = await import('../../src/logger.ts');
    const { wireDeps } = await import('../../src/runtime.ts');
    const { shutdownPdfRenderer } = await import('../../src/publishing/documents/render-pdf.ts');
    const handle = openDatabase({ dataDir: join(dir, 'data') });
    const app = createApp(wireDeps({ handle, mailer: createMailer({ from: 'x@y', logger: silentLogger }), logger: silentLogger, publicUrl: 'http://x' }).deps);
    const call = (path: string, body?: unknown) =>
      app.request(path, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    assert.equal((await call('/api/v1/statements', { slug: 'cli-doc', title: 'CLI statement', language: 'en', body: 'Text.[^1]\n\n[^1]: Note.' })).status, 201);
    await call('/api/v1/statements/cli-doc/open');
    for (const name of ['Zeta Org', 'Alpha Org', '@SUM(A1)']) await call('/api/v1/statements/cli-doc/signatures', { name, country: 'DE' });
    assert.equal((await call('/api/v1/statements/cli-doc/editions')).status, 201);
    await shutdownPdfRenderer();
    await handle.close();

    const csv = await cli('export', 'cli-doc', '--format', 'csv', '--out', 'list.csv');
    assert.match(csv.stderr, /Wrote .*list\.csv/);
    const text = readFileSync(join(dir, 'list.csv'), 'utf8');
    assert.equal(text.charCodeAt(0), 0xfeff);
    assert.match(text, /1,'@SUM\(A1\),Germany,DE/);
    assert.match(text, /3,Zeta Org/);

    await cli('export', 'cli-doc', '--format', 'pdf', '--edition', '1');
    assert.ok(readFileSync(join(dir, 'cli-doc-edition-1.pdf')).subarray(0, 5).toString() === '%PDF-');
    await cli('export', 'cli-doc', '--format', 'docx', '--out', 'live.docx');
    assert.equal(readFileSync(join(dir, 'live.docx')).subarray(0, 2).toString(), 'PK');

    await assert.rejects(cli('export', 'cli-doc', '--format', 'pdf', '--edition', '7', '--out', 'missing.pdf'), (err: { code: number; stderr: string }) => {
      assert.equal(err.code, 1);
      assert.match(err.stderr, /Edition 7 was not found\. Nothing was written\./);
      return true;
    });
    assert.equal(existsSync(join(dir, 'missing.pdf')), false);
    assert.deepEqual(readdirSync(dir).filter((f) => f.includes('.partial-')), []);
    await assert.rejects(cli('export', 'cli-doc', '--format', 'xls'), (err: { code: number }) => err.code === 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
