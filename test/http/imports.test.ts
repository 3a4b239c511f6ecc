import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { createOneTimeLink } from '../../src/accounts/one-time-links.ts';
import { DIALECTS, unavailable } from '../support/databases.ts';
import { api, coordinatorToken, createTestApp, openStatement, type TestApp } from '../support/app.ts';
import { FormClient } from '../support/browser-form.ts';

const ihrc = readFileSync(new URL('../fixtures/ihrc-2019-list.txt', import.meta.url), 'utf8');

const googleFormsCsv = [
  'Timestamp,Email address,Organisation name,Country,Website,Your name',
  '2026/04/01 10:00:00 AM GMT+1,focal@acei.example.org,Asociación Costarricense para el Estudio e Intervención en Drogas,Costa Rica,acei.example.org,María Pérez',
  '2026/04/01 11:00:00 AM GMT+1,info@harmreduction.example,Harm Reduction Australia,AU,harmreduction.example,Kim',
  '2026/04/01 12:00:00 AM GMT+1,someone@gmail.com,"Centre « Espoir » & Vie",Atlantis,,',
  '2026/04/01 12:30:00 AM GMT+1,,,,,',
].join('\r\n');

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Signatories');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

for (const dialect of DIALECTS) {
  describe(`imports on ${dialect}`, { skip: unavailable(dialect) ?? false }, () => {
    let t: TestApp;
    let token: string;
    const db = () => t.deps.db;
    const count = async (table: 'signatures' | 'pending_imports' | 'organisations' | 'duplicate_flags') =>
      Number((await db().selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const signaturesOf = async (slug: string) => (await api(t, 'GET', `/api/v1/statements/${slug}/signatures`, { token })).json.signatures as any[];

    async function signedIn(): Promise<FormClient> {
      const b = new FormClient(t);
      const coordinator = await db().selectFrom('coordinators').select('id').executeTakeFirstOrThrow();
      const link = await createOneTimeLink(db(), { purpose: 'sign-in', coordinatorId: coordinator.id, now: t.deps.clock() });
      await b.get(`/sign-in/link/${link}`);
      await b.post(`/sign-in/link/${link}`, {});
      return b;
    }

    before(async () => {
      t = await createTestApp(dialect);
      token = await coordinatorToken(t);
      for (const slug of ['ihrc-api', 'ihrc-web', 'sheets', 'bad-files']) await openStatement(t, token, slug);
    });
    after(() => t.close());

    test('the pasted IHRC list previews as 336 entries with 72/73 flagged, writes nothing until confirmed, then creates them', async () => {
      const preview = await api(t, 'POST', '/api/v1/statements/ihrc-api/imports', { token, body: { text: ihrc } });
      assert.equal(preview.status, 201, preview.text);
      assert.equal(preview.json.entries.length, 336);
      assert.equal(preview.json.entries[0].name, 'International Drug Policy Consortium');
      // Levels (issue 13): 72/73 is the one likely pair; possible ones are shown as worth a look.
      const likely = preview.json.duplicates.filter((d: { level: string }) => d.level === 'likely');
      assert.deepEqual(likely.map((d: { a: number; b: number }) => [d.a, d.b]), [[71, 72]]);
      assert.ok(likely[0].score >= 0.8);
      assert.deepEqual(preview.json.existing, []);
      assert.equal(await count('signatures'), 0, 'a preview creates no signature');
      assert.equal(await count('organisations'), 0, 'nor registry entries');
      assert.equal(await count('pending_imports'), 1);
      assert.equal((await api(t, 'GET', '/api/v1/statements/ihrc-api')).json.count, 0);

      const confirmed = await api(t, 'POST', `/api/v1/imports/${preview.json.id}/confirm`, { token });
      assert.equal(confirmed.status, 201, confirmed.text);
      const { flagged_possible: possibleIhrc, ...counts } = confirmed.json;
      assert.deepEqual(counts, { statement: 'ihrc-api', created: 336, left_out: 0, flagged: 1 });
      assert.equal(typeof possibleIhrc, 'number');
      assert.equal(await count('pending_imports'), 0);
      const signatures = await signaturesOf('ihrc-api');
      assert.equal(signatures.length, 336);
      assert.ok(signatures.every((s) => s.source === 'import' && s.status === 'approved'));
      assert.equal((await api(t, 'GET', '/api/v1/statements/ihrc-api')).json.count, 336);
      const flags = (await api(t, 'GET', '/api/v1/statements/ihrc-api/duplicates', { token })).json.duplicates;
      // The API lists likely flags first, each with its level (issue 13).
      const likelyFlags = flags.filter((f: { level: string }) => f.level === 'likely');
      assert.equal(likelyFlags.length, 1);
      assert.equal(flags[0].level, 'likely');
      assert.equal(flags[0].a.name, flags[0].b.name);
      assert.equal(flags.length - 1, possibleIhrc, 'the possible ones are counted apart');
      const audit = await db().selectFrom('audit_events').select('detail').where('action', '=', 'import.confirmed').execute();
      assert.equal(audit.length, 1);

      const twice = await api(t, 'POST', `/api/v1/imports/${preview.json.id}/confirm`, { token });
      assert.equal(twice.status, 404, 'a confirmed import cannot be confirmed again');
      assert.equal((await signaturesOf('ihrc-api')).length, 336);

      // Importing the same list again: every entry is recognised as already on the statement.
      const again = await api(t, 'POST', '/api/v1/statements/ihrc-api/imports', { token, body: { text: ihrc } });
      assert.equal(new Set(again.json.existing.map((m: { entry: number }) => m.entry)).size, 336);
      await api(t, 'DELETE', `/api/v1/imports/${again.json.id}`, { token });
      assert.equal(await count('pending_imports'), 0);
    });

    test('the web import: paste, preview table with the duplicate warning, leave one out, confirm', async () => {
      const b = await signedIn();
      const form = await b.get('/coordinator/statements/ihrc-web/import');
      assert.equal(form.status, 200);
      assert.match(form.html, /<textarea[^>]*name="text"/);
      assert.match(form.html, /enctype="multipart\/form-data"/);
      assert.equal((await b.post('/coordinator/statements/ihrc-web/import', { text: ihrc }, { withCsrf: false })).status, 403);

      const posted = await b.post('/coordinator/statements/ihrc-web/import', { text: ihrc });
      assert.equal(posted.status, 303);
      const id = /\/import\/([\w-]+)$/.exec(posted.location!)![1]!;
      const page = await b.get(posted.location!);
      assert.equal(page.status, 200);
      assert.match(page.html, /Preview: 336 signatories to import/);
      assert.equal((page.html.match(/<tr id="entry-/g) ?? []).length, 336);
      assert.match(page.html, /id="entry-73" class="flagged"[\s\S]*?Same as <a href="#entry-72">#72<\/a>/);
      assert.match(page.html, /Nothing has been added yet/);
      assert.equal((await signaturesOf('ihrc-web')).length, 0);

      const done = await b.post(`/coordinator/statements/ihrc-web/import/${id}/confirm`, { leave_out: '72' });
      assert.equal(done.status, 303);
      assert.match(done.location!, /\/coordinator\/statements\/ihrc-web\/duplicates\?done=imported&created=335&flagged=0/);
      const notice = await b.get(done.location!);
      assert.match(notice.html, /Imported 335 signatories\./);
      assert.equal((await signaturesOf('ihrc-web')).length, 335);
      // The registry already knows these organisations from the other statement.
      assert.equal(await count('organisations'), 335);
    });

    test('a Google Forms CSV upload: columns guessed, remapped, odd values noted, contacts kept private', async () => {
      const b = await signedIn();
      const upload = new FormData();
      upload.append('file', new File([googleFormsCsv], 'responses.csv', { type: 'text/csv' }));
      const posted = await b.postMultipart('/coordinator/statements/sheets/import', upload);
      assert.equal(posted.status, 303, posted.html);
      const page = await b.get(posted.location!);
      assert.match(page.html, /<select id="map-name" name="name" required=""><option value="0">Timestamp[^<]*<\/option><option value="1">Email address[^<]*<\/option><option value="2" selected="">Organisation name/);
      assert.match(page.html, /Country &quot;Atlantis&quot; was not recognised|Country “Atlantis” was not recognised|Country "Atlantis" was not recognised/);
      const id = /\/import\/([\w-]+)$/.exec(posted.location!)![1]!;
      const preview = (await api(t, 'GET', `/api/v1/imports/${id}`, { token })).json;
      assert.deepEqual(preview.mapping, { contact_email: 1, website: 4, contact_name: 5, country: 3, name: 2 });
      assert.deepEqual(preview.entries.map((e: any) => [e.name, e.country, e.contact_email]), [
        ['Asociación Costarricense para el Estudio e Intervención en Drogas', 'CR', 'focal@acei.example.org'],
        ['Harm Reduction Australia', 'AU', 'info@harmreduction.example'],
        ['Centre « Espoir » & Vie', null, 'someone@gmail.com'],
      ]);
      assert.match(preview.warnings.join(' '), /1 row\(s\) have no organisation name/);

      // Remap: names from the website column would be wrong; map back and drop the contact.
      const bad = await b.post(`/coordinator/statements/sheets/import/${id}/mapping`, { name: '2', country: '2' });
      assert.equal(bad.status, 422);
      assert.match(bad.html, /Each column can be used for one field only/);
      const remapped = await b.post(`/coordinator/statements/sheets/import/${id}/mapping`, { name: '2', country: '3', contact_email: '', website: '' });
      assert.equal(remapped.status, 303);
      const now = (await api(t, 'GET', `/api/v1/imports/${id}`, { token })).json;
      assert.deepEqual(now.mapping, { name: 2, country: 3 });
      assert.equal(now.entries[0].contact_email, null);

      const done = await b.post(`/coordinator/statements/sheets/import/${id}/confirm`, {});
      assert.equal(done.status, 303);
      const signatures = await signaturesOf('sheets');
      assert.deepEqual(signatures.map((s) => [s.name, s.country, s.contact]).sort(), [
        ['Asociación Costarricense para el Estudio e Intervención en Drogas', 'CR', null],
        ['Centre « Espoir » & Vie', null, null],
        ['Harm Reduction Australia', 'AU', null],
      ]);
    });

    test('an XLSX sheet through the API, with contacts and the duplicate against an existing signatory', async () => {
      await api(t, 'POST', '/api/v1/statements/sheets/signatures', { token, body: { name: 'Open Society Foundations', country: 'US' } });
      const file = await xlsx([
        ['Organization', 'Country', 'Contact email'],
        ['Open Society Foundation', 'United States', 'a@osf.example'],
        ['Mainline', 'Netherlands', 'b@mainline.example'],
      ]);
      const preview = await api(t, 'POST', '/api/v1/statements/sheets/imports', { token, body: { xlsx_base64: file.toString('base64') } });
      assert.equal(preview.status, 201, preview.text);
      assert.equal(preview.json.format, 'xlsx');
      assert.deepEqual(preview.json.entries.map((e: any) => [e.name, e.country]), [['Open Society Foundation', 'US'], ['Mainline', 'NL']]);
      // Levels (issue 13): one likely match; others may come as possible.
      const existingLikely = preview.json.existing.filter((m: { level: string }) => m.level === 'likely');
      assert.equal(existingLikely.length, 1);
      assert.equal(existingLikely[0].entry, 0);
      assert.equal(existingLikely[0].name, 'Open Society Foundations');

      const multipart = new FormData();
      multipart.append('file', new File([file], 'list.xlsx'));
      const res = await t.app.request('/api/v1/statements/sheets/imports', { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: multipart });
      assert.equal(res.status, 201);
      const viaMultipart = (await res.json()) as { id: string; entries: unknown[] };
      assert.equal(viaMultipart.entries.length, 2);

      const confirmed = await api(t, 'POST', `/api/v1/imports/${viaMultipart.id}/confirm`, { token, body: { leave_out: [0] } });
      assert.deepEqual(confirmed.json, { statement: 'sheets', created: 1, left_out: 1, flagged: 0, flagged_possible: 0 });
      const mainline = (await signaturesOf('sheets')).find((s) => s.name === 'Mainline');
      assert.deepEqual(mainline.contact, { name: '', email: 'b@mainline.example' });
      const pub = await api(t, 'GET', '/api/v1/statements/sheets');
      assert.doesNotMatch(pub.text, /mainline\.example/);
      const wrongEntry = await api(t, 'POST', `/api/v1/imports/${preview.json.id}/confirm`, { token, body: { leave_out: [5] } });
      assert.equal(wrongEntry.status, 422);
      assert.equal(await count('pending_imports'), 1, 'a refused confirm leaves the pending import as it was');
    });

    test('bad files get a clear 4xx and import nothing', async () => {
      const before = (await signaturesOf('bad-files')).length;
      const pendingBefore = await count('pending_imports');
      const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
      const cases: [string, Uint8Array, string, RegExp][] = [
        ['binary', png, 'logo.png', /binary file/],
        ['not UTF-8', Buffer.from('Organisation\nSociété Générale des Œuvres\n', 'latin1'), 'list.csv', /not in UTF-8/],
        ['empty', new Uint8Array(0), 'list.csv', /empty/],
        ['not a workbook', Buffer.from('PK\u0003\u0004 not really a zip'), 'list.xlsx', /not an Excel workbook/],
        ['old Excel', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'list.xls', /old Excel file/],
        ['header only', Buffer.from('Organisation,Country\n'), 'list.csv', /no rows of data/],
      ];
      const b = await signedIn();
      for (const [label, bytes, name, message] of cases) {
        const form = new FormData();
        form.append('file', new File([bytes], name));
        const res = await t.app.request('/api/v1/statements/bad-files/imports', { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
        const json = (await res.json()) as { error: { code: string; message: string } };
        assert.equal(res.status, 422, label);
        assert.match(json.error.message, message, label);
        const web = new FormData();
        web.append('file', new File([bytes], name));
        const page = await b.postMultipart('/coordinator/statements/bad-files/import', web);
        assert.equal(page.status, 422, label);
        assert.match(page.html, message, label);
        assert.match(page.html, /class="error" id="f-file-error" role="alert"/, label);
      }

      // 50 MB: refused before it is read, on both entry points.
      const huge = new Uint8Array(50 * 1024 * 1024).fill(0x41);
      const form = new FormData();
      form.append('file', new File([huge], 'huge.csv'));
      const tooBig = await t.app.request('/api/v1/statements/bad-files/imports', { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
      assert.equal(tooBig.status, 413);
      assert.match(((await tooBig.json()) as { error: { message: string } }).error.message, /larger than 5 MB/);
      const webForm = new FormData();
      webForm.append('file', new File([huge], 'huge.csv'));
      const webTooBig = await b.postMultipart('/coordinator/statements/bad-files/import', webForm);
      assert.equal(webTooBig.status, 413);
      assert.match(webTooBig.html, /larger than 5 MB/);
      // Other coordinator forms keep the 1 MB limit.
      const big = await b.post('/coordinator/statements/bad-files/signatories', { name: 'x'.repeat(2 * 1024 * 1024) });
      assert.equal(big.status, 413);

      const emptyPaste = await b.post('/coordinator/statements/bad-files/import', { text: '   \n' });
      assert.equal(emptyPaste.status, 422);
      assert.match(emptyPaste.html, /Nothing was pasted/);
      const noFile = new FormData();
      const missing = await b.postMultipart('/coordinator/statements/bad-files/import', noFile);
      assert.equal(missing.status, 422);
      assert.match(missing.html, /Choose a file to upload/);

      assert.equal((await signaturesOf('bad-files')).length, before);
      assert.equal(await count('pending_imports'), pendingBefore);
    });

    test('a formula in a cell is warned about, never evaluated, and stored as written once confirmed', async () => {
      const csv = 'Organisation,Country\n"=HYPERLINK(""http://evil.example"",""click"")",FR\n@SUM(1+1),DE\nPlain Name,PT\n';
      const preview = await api(t, 'POST', '/api/v1/statements/bad-files/imports', { token, body: { csv } });
      assert.equal(preview.status, 201, preview.text);
      assert.match(preview.json.warnings.join(' '), /2 cell\(s\) start with =, \+, - or @ .*stored as plain text/);
      assert.equal((await signaturesOf('bad-files')).length, 0, 'nothing imported by the preview');
      const b = await signedIn();
      const page = await b.get(`/coordinator/statements/bad-files/import/${preview.json.id}`);
      assert.match(page.html, /stored as plain text/);
      assert.match(page.html, /=HYPERLINK\(&quot;http:\/\/evil\.example&quot;,&quot;click&quot;\)/);
      await api(t, 'POST', `/api/v1/imports/${preview.json.id}/confirm`, { token });
      assert.deepEqual((await signaturesOf('bad-files')).map((s) => s.name).sort(), ['=HYPERLINK("http://evil.example","click")', '@SUM(1+1)', 'Plain Name']);
    });
  });
}
