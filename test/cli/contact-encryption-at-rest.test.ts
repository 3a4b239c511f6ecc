import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { openSqlite, sqliteFile } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { silentLogger } from '../../src/logger.ts';
import { createMailer } from '../../src/mail/mailer.ts';
import { api, coordinatorToken, createTestApp, openStatement } from '../support/app.ts';
import { FormClient } from '../support/browser-form.ts';
import { TEST_CONTACT_KEY, useTestContactKeys } from '../support/databases.ts';
import { startSmtpPeer } from '../support/smtp-peer.ts';

const run = promisify(execFile);
const bin = new URL('../../bin/undersigned.mjs', import.meta.url).pathname;

const people = [
  { name: 'Harm Reduction Network Ukraine', contact_name: 'Olena Kovalenko', contact_email: 'olena.kovalenko@hrn-ua.example.org', country: 'UA' },
  { name: 'Réseau Santé Mali', contact_name: 'Awa Traoré', contact_email: 'awa.traore@rsm-mali.example', country: 'ML' },
  { name: 'جمعية الحد من الضرر', contact_name: 'ليلى حداد', contact_email: 'leila.haddad@harm-lb.example', country: 'LB' },
];
// Staged in an import preview (a CSV upload and a pasted list) and never confirmed.
const staged = [
  { name: 'Eurasian Harm Reduction Association', contact_name: 'Ieva Kazlauskienė', contact_email: 'ieva.kazlauskiene@ehra-staged.example', country: 'LT' },
  { name: 'Coalition Plus Sénégal', contact_name: 'Moussa Ndiaye', contact_email: 'moussa.ndiaye@cplus-staged.example', country: 'SN' },
];
// A message queued for SMTP and not yet sent.
const queued = { contact_name: 'Tamar Gelashvili', contact_email: 'tamar.gelashvili@queued-ge.example' };
// What must not be in the files: every email, its local part, every contact name.
const needles = [...people, ...staged, queued].flatMap((p) => [p.contact_email, p.contact_email.split('@')[0]!, p.contact_name]);
const leaks = (bytes: Buffer) => needles.filter((n) => bytes.includes(Buffer.from(n, 'utf8')));

test('with the key outside them, the SQLite file and its write-ahead log hold no contact email or name after sign-ons, mail, confirmation and erasure; the CLI exports and erases a person', async () => {
  useTestContactKeys();
  const dataDir = mkdtempSync(join(tmpdir(), 'undersigned-at-rest-'));
  const smtp = await startSmtpPeer();
  const file = sqliteFile(dataDir);
  const mailer = createMailer({ smtpUrl: smtp.url, from: 'test@localhost', logger: silentLogger, timeoutMs: 2000 });
  try {
    const handle = openSqlite(file);
    await migrateToLatest(handle.db);
    const t = await createTestApp('sqlite', { handle, mailer });
    try {
      const token = await coordinatorToken(t);
      await openStatement(t, token, 'porto-2019');
      // Through the API and through the HTML form, as a phone without JavaScript signs.
      for (const p of people.slice(0, 2)) assert.equal((await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { body: { ...p, type: 'ngo' } })).status, 202);
      const b = new FormClient(t);
      await b.get('/statements/porto-2019/sign');
      const form = await b.post('/statements/porto-2019/sign', { ...people[2]!, type: 'ngo', authorised: 'yes' });
      assert.ok(form.status < 400, `form sign-on: ${form.status}`);
      await t.runJobs();
      // The mail really left, in clear, over SMTP: only the stored copy is sealed.
      for (const p of people) assert.ok(smtp.received.some((m) => m.to.includes(p.contact_email) && m.text.includes(p.contact_name)), p.contact_email);
      const confirm = /http:\/\/undersigned\.test(\/confirm\/[\w-]+)/.exec(smtp.received.find((m) => m.to.includes(people[0]!.contact_email))!.text)![1]!;
      await b.get(confirm);
      assert.equal((await b.post(confirm, {})).status, 200);
      const manage = /http:\/\/undersigned\.test(\/manage\/[\w-]+)/.exec(smtp.received.find((m) => m.to.includes(people[1]!.contact_email))!.text)![1]!;
      await b.get(manage);
      assert.equal((await b.post(`${manage}/erase`, { withdraw: 'no' })).status, 200);
      // A coordinator's full export still has the contacts (it is theirs, never public).
      const full = await t.app.request('/api/v1/statements/porto-2019/export?format=csv&full=true', { headers: { authorization: `Bearer ${token}` } });
      if (full.status === 200) assert.ok((await full.text()).includes(people[0]!.contact_email));
      // A list staged for import and left unconfirmed, as a CSV and as pasted text.
      const csv = 'Organisation,Country,Contact name,Contact email\n' + staged.map((p) => `${p.name},${p.country},${p.contact_name},${p.contact_email}`).join('\n');
      const previewed = await api(t, 'POST', '/api/v1/statements/porto-2019/imports', { token, body: { csv } });
      assert.equal(previewed.status, 201, previewed.text);
      assert.deepEqual(previewed.json.entries.map((e: { contact_email: string }) => e.contact_email), staged.map((p) => p.contact_email));
      const pasted = await api(t, 'POST', '/api/v1/statements/porto-2019/imports', { token, body: { text: staged.map((p) => `${p.name} (${p.country}) - ${p.contact_name} <${p.contact_email}>`).join('\n') } });
      assert.equal(pasted.status, 201, pasted.text);
      // The staged preview opens again as it was.
      const reopened = await api(t, 'GET', `/api/v1/imports/${previewed.json.id}`, { token });
      assert.equal(reopened.status, 200, reopened.text);
      assert.ok(reopened.text.includes(staged[0]!.contact_email));
      // A message queued for SMTP, not sent yet.
      await t.deps.mailer.queue(t.deps.db, { to: queued.contact_email, subject: `For ${queued.contact_name}`, text: `Dear ${queued.contact_name}, ${queued.contact_email}`, now: new Date() });
      assert.equal((await t.deps.db.selectFrom('messages').select('id').where('status', '=', 'queued').execute()).length, 1);
      assert.ok((await t.deps.db.selectFrom('pending_imports').select('id').execute()).length >= 2);

      // While the app runs: the database file and the write-ahead log, byte for byte.
      assert.ok(existsSync(`${file}-wal`), 'the WAL exists while the app runs');
      assert.deepEqual(leaks(readFileSync(file)), [], 'database file');
      assert.deepEqual(leaks(readFileSync(`${file}-wal`)), [], 'write-ahead log');
      // The test can see the needles at all: the same bytes are found where they are in clear.
      assert.equal(leaks(Buffer.from(smtp.received.map((m) => m.text).join('\n'), 'utf8')).length > 0, true);
    } finally {
      await t.close();
    }
    assert.deepEqual(leaks(readFileSync(file)), [], 'database file after close');
    if (existsSync(`${file}-wal`)) assert.deepEqual(leaks(readFileSync(`${file}-wal`)), [], 'write-ahead log after close');

    // The data-protection commands, as an operator runs them (the key given as ENCRYPTION_KEY).
    const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', ENCRYPTION_KEY: TEST_CONTACT_KEY, LOG_LEVEL: 'warn' };
    const exported = JSON.parse((await run(process.execPath, [bin, 'contacts', 'export', '--email', people[0]!.contact_email.toUpperCase()], { env })).stdout);
    assert.equal(exported.email, people[0]!.contact_email);
    assert.equal(exported.signatures.length, 1);
    assert.equal(exported.signatures[0].name, people[0]!.name);
    assert.equal(exported.signatures[0].statement.slug, 'porto-2019');
    assert.equal(exported.signatures[0].state, 'confirmed');
    assert.deepEqual([exported.signatures[0].contact.name, exported.signatures[0].contact.email], [people[0]!.contact_name, people[0]!.contact_email]);
    assert.ok(exported.messages.length >= 1 && exported.messages.every((m: { status: string }) => m.status === 'sent'));
    const erased = JSON.parse((await run(process.execPath, [bin, 'contacts', 'erase', '--email', people[0]!.contact_email], { env })).stdout);
    assert.equal(erased.contacts, 1);
    assert.equal(erased.messages, exported.messages.length);
    assert.deepEqual(erased.signatures.map((s: { name: string; withdrawn: boolean }) => [s.name, s.withdrawn]), [[people[0]!.name, false]]);
    const after = JSON.parse((await run(process.execPath, [bin, 'contacts', 'export', '--email', people[0]!.contact_email], { env })).stdout);
    assert.deepEqual([after.signatures.length, after.messages.length], [0, 0]);
    // Without the key, nothing can be read: a new key file is made, and the old rows do not open with it.
    const { ENCRYPTION_KEY: _k, ...keyless } = env;
    await assert.rejects(run(process.execPath, [bin, 'contacts', 'export', '--email', people[2]!.contact_email], { env: keyless }), (err: { code: number; stderr: string }) => {
      assert.equal(err.code, 1);
      assert.match(err.stderr, /encrypted with key [0-9a-f]{8}, which is not configured/);
      assert.doesNotMatch(err.stderr, /leila|haddad/i);
      return true;
    });
    assert.deepEqual(leaks(readFileSync(file)), [], 'database file after the commands');
  } finally {
    mailer.close();
    await smtp.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
