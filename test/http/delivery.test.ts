import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { silentLogger } from '../../src/logger.ts';
import { createMailer } from '../../src/mail/mailer.ts';
import { DIALECTS, unavailable } from '../support/databases.ts';
import { api, coordinatorToken, createTestApp, openStatement, type TestApp } from '../support/app.ts';
import { coordinatorBrowser } from '../support/browser-form.ts';
import { startSmtpPeer } from '../support/smtp-peer.ts';

interface Part {
  headers: string;
  body: Buffer;
}

/** The parts of a multipart message as received by the SMTP peer, with their bodies decoded. */
function mimeParts(raw: string): Part[] {
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(raw)?.[1];
  assert.ok(boundary, 'a multipart message');
  return raw
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((chunk) => {
      const at = chunk.search(/\r?\n\r?\n/);
      const headers = chunk.slice(0, at);
      const body = chunk.slice(at).trim();
      if (/content-transfer-encoding:\s*base64/i.test(headers)) return { headers, body: Buffer.from(body.replace(/\s+/g, ''), 'base64') };
      if (/content-transfer-encoding:\s*quoted-printable/i.test(headers)) {
        const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
        return { headers, body: Buffer.from(bytes, 'latin1') };
      }
      return { headers, body: Buffer.from(body, 'utf8') };
    });
}

const org = (name: string, country: string | null) => ({ name, country, type: 'ngo' });

for (const dialect of DIALECTS) {
  describe(`delivery to the addressees on ${dialect}`, { skip: unavailable(dialect) ?? false }, () => {
    let t: TestApp;
    let token: string;
    let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
    before(async () => {
      smtp = await startSmtpPeer();
      t = await createTestApp(dialect, { mailer: createMailer({ smtpUrl: smtp.url, from: 'coalition@undersigned.test', logger: silentLogger, timeoutMs: 5000 }) });
      token = await coordinatorToken(t);
      await openStatement(t, token, 'porto-2019');
      // Three organisations from two countries, and an international one (no country).
      for (const o of [org('Rede Brasileira de Redução de Danos', 'BR'), org('Harm Reduction Nepal', 'NP'), org('Recovering Nepal', 'NP'), org('Harm Reduction International', null)]) {
        const r = await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { token, body: o });
        assert.equal(r.status, 201, r.text);
      }
    });
    after(async () => {
      await t.close();
      await smtp.close();
    });

    test('addressees: recorded, listed, edited and removed; bad input refused', async () => {
      assert.equal((await api(t, 'POST', '/api/v1/statements/porto-2019/addressees', { token, body: { name: 'UN Secretary-General', email: 'not an email' } })).status, 422);
      assert.equal((await api(t, 'POST', '/api/v1/statements/porto-2019/addressees', { token, body: { name: '', email: 'sg@un.example.org' } })).status, 422);
      assert.equal((await api(t, 'POST', '/api/v1/statements/porto-2019/addressees', { body: { name: 'X', email: 'x@un.example.org' } })).status, 401);
      for (const body of [[], 'x', { name: ['a'], email: 'a@b.example.org' }, { name: 'A', email: 'a@b.example.org', title: 'x'.repeat(201) }]) {
        assert.equal((await api(t, 'POST', '/api/v1/statements/porto-2019/addressees', { token, body })).status, 422, JSON.stringify(body));
      }
      assert.equal((await api(t, 'PUT', '/api/v1/statements/porto-2019/addressees/not-an-id', { token, body: { name: 'A', email: 'a@b.example.org' } })).status, 404);
      const sg = await api(t, 'POST', '/api/v1/statements/porto-2019/addressees', { token, body: { name: 'António Guterres', email: 'SG@un.example.org', organisation: 'United Nations', title: 'Secretary-General' } });
      assert.equal(sg.status, 201, sg.text);
      assert.equal(sg.json.email, 'sg@un.example.org');
      const who = await api(t, 'POST', '/api/v1/statements/porto-2019/addressees', { token, body: { name: 'WHO Director', email: 'dg@who.example.org' } });
      const gone = await api(t, 'POST', '/api/v1/statements/porto-2019/addressees', { token, body: { name: 'Wrong person', email: 'wrong@example.org' } });
      const edited = await api(t, 'PUT', `/api/v1/statements/porto-2019/addressees/${who.json.id}`, { token, body: { name: 'Tedros Adhanom Ghebreyesus', email: 'dg@who.example.org', organisation: 'WHO', title: 'Director-General' } });
      assert.equal(edited.status, 200, edited.text);
      assert.equal((await api(t, 'DELETE', `/api/v1/statements/porto-2019/addressees/${gone.json.id}`, { token })).status, 204);
      assert.equal((await api(t, 'DELETE', `/api/v1/statements/porto-2019/addressees/${gone.json.id}`, { token })).status, 404);
      const list = (await api(t, 'GET', '/api/v1/statements/porto-2019/addressees', { token })).json.addressees;
      assert.deepEqual(list.map((a: { name: string }) => a.name), ['António Guterres', 'Tedros Adhanom Ghebreyesus']);
      // Addressees' emails never reach the public page.
      assert.doesNotMatch(await (await t.app.request('/statements/porto-2019')).text(), /un\.example\.org|who\.example\.org/);
    });

    test('a delivery needs a published edition', async () => {
      const r = await api(t, 'POST', '/api/v1/statements/porto-2019/deliveries', { token, body: { edition: 1, message: 'Dear Secretary-General,' } });
      assert.equal(r.status, 404, r.text);
    });

    test('the published edition goes to every addressee, one email each, PDF and CSV attached, with the count line', async () => {
      const published = await api(t, 'POST', '/api/v1/statements/porto-2019/editions', { token });
      assert.equal(published.status, 201, published.text);
      assert.equal((await api(t, 'POST', '/api/v1/statements/porto-2019/deliveries', { token, body: { edition: 1, message: '' } })).status, 422);
      assert.equal((await api(t, 'POST', '/api/v1/statements/porto-2019/deliveries', { token, body: { edition: 'x', message: 'Hi' } })).status, 422);
      assert.equal((await api(t, 'POST', '/api/v1/statements/porto-2019/deliveries', { token, body: { edition: 1e300, message: 'Hi' } })).status, 422);
      assert.equal((await api(t, 'POST', '/api/v1/statements/porto-2019/deliveries', { token, body: { edition: 7, message: 'Hi' } })).status, 404);
      const r = await api(t, 'POST', '/api/v1/statements/porto-2019/deliveries', { token, body: { edition: 1, message: 'Dear Secretary-General,\n\nPlease find our joint statement <b>attached</b>.' } });
      assert.equal(r.status, 201, r.text);
      assert.equal(r.json.queued, 2);
      assert.equal(r.json.count_line, 'Signed by 4 organisations from 2 countries.');

      // The messages table names the files; it does not hold their bytes.
      const rows = await t.deps.db.selectFrom('messages').select(['to_address', 'attachments', 'text']).where('attachments', 'is not', null).execute();
      assert.equal(rows.length, 2);
      for (const row of rows) assert.ok(row.attachments!.length < 500, 'references only');

      await t.runJobs();
      const pdf = Buffer.from(await (await t.app.request('/statements/porto-2019/editions/1/statement.pdf')).arrayBuffer());
      for (const to of ['sg@un.example.org', 'dg@who.example.org']) {
        const mails = smtp.received.filter((m) => m.to.includes(to));
        assert.equal(mails.length, 1, `one email to ${to}`);
        const parts = mimeParts(mails[0]!.raw);
        const text = parts.find((p) => /content-type:\s*text\/plain/i.test(p.headers))!.body.toString('utf8');
        assert.match(text, /^Dear Secretary-General,\s+Please find our joint statement <b>attached<\/b>\./);
        assert.match(text, /Signed by 4 organisations from 2 countries\./);
        const attached = parts.filter((p) => /content-disposition:\s*attachment/i.test(p.headers));
        assert.deepEqual(attached.map((p) => /filename="?([^";\r\n]+)/i.exec(p.headers)![1]).sort(), ['porto-2019-edition-1.csv', 'porto-2019-edition-1.pdf']);
        const pdfPart = attached.find((p) => /application\/pdf/i.test(p.headers))!;
        assert.ok(pdfPart.body.equals(pdf), 'the attached PDF is the published one, byte for byte');
        const csv = attached.find((p) => /text\/csv/i.test(p.headers))!.body.toString('utf8');
        assert.match(csv, /Harm Reduction Nepal/);
        assert.match(csv, /Rede Brasileira de Redução de Danos/);
        assert.equal(csv.trim().split(/\r?\n/).length, 5, 'header and four organisations');
      }
      const deliveries = (await api(t, 'GET', '/api/v1/statements/porto-2019/deliveries', { token })).json.deliveries;
      assert.equal(deliveries.length, 1);
      assert.deepEqual(deliveries[0].emails.map((e: { status: string }) => e.status), ['sent', 'sent']);
      assert.ok(deliveries[0].emails.every((e: { sent_at: string | null }) => e.sent_at));
    });

    test('the count line is right in other languages', async () => {
      const { translator } = await import('../../src/i18n/i18n.ts');
      assert.equal(translator('fr')('delivery.mail.countLine', { organisations: 1, countries: 1 }), 'Signée par 1 organisation de 1 pays.');
      assert.equal(translator('ru')('delivery.mail.countLine', { organisations: 21, countries: 5 }), 'Подписали 21 организация из 5 стран.');
      assert.equal(translator('ar')('delivery.mail.countLine', { organisations: 2, countries: 2 }), 'وقّعت عليه منظمتان من بلدين.');
    });

    test('responses are recorded, and once published appear escaped on the public page', async () => {
      const bad = await api(t, 'POST', '/api/v1/statements/porto-2019/responses', { token, body: { responder: 'UN', received_on: '2026-02-30', link: 'javascript:alert(1)' } });
      assert.equal(bad.status, 422);
      assert.ok(bad.json.error.fields.received_on && bad.json.error.fields.link, bad.text);
      assert.equal((await api(t, 'POST', '/api/v1/statements/porto-2019/responses', { token, body: { responder: 'UN', received_on: '2026-05-02' } })).status, 422);
      const r = await api(t, 'POST', '/api/v1/statements/porto-2019/responses', {
        token,
        body: { responder: 'Office of the <i>Secretary-General</i>', received_on: '2026-05-02', text: 'We thank the coalition.\n\n<script>alert("x")</script> & more', link: 'https://un.example.org/reply' },
      });
      assert.equal(r.status, 201, r.text);
      let page = await (await t.app.request('/statements/porto-2019')).text();
      assert.doesNotMatch(page, /We thank the coalition/, 'not public before it is published');
      const pub = await api(t, 'POST', `/api/v1/statements/porto-2019/responses/${r.json.id}/publish`, { token });
      assert.equal(pub.status, 200, pub.text);
      page = await (await t.app.request('/statements/porto-2019')).text();
      assert.match(page, /<h2 id="responses">Responses<\/h2>/);
      assert.match(page, /Office of the &lt;i&gt;Secretary-General&lt;\/i&gt;/);
      assert.match(page, /We thank the coalition\./);
      assert.match(page, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &amp; more/);
      assert.doesNotMatch(page, /<script>alert/);
      assert.match(page, /href="https:\/\/un\.example\.org\/reply"/);
      assert.doesNotMatch(page, /un\.example\.org"?>?[^<]*sg@/);
      assert.equal((await api(t, 'POST', `/api/v1/statements/porto-2019/responses/${r.json.id}/unpublish`, { token })).status, 200);
      assert.doesNotMatch(await (await t.app.request('/statements/porto-2019')).text(), /We thank the coalition/);
      assert.equal((await api(t, 'POST', '/api/v1/statements/porto-2019/responses/00000000-0000-0000-0000-000000000000/publish', { token })).status, 404);
    });

    test('the coordinator does it all from web forms without JavaScript', async () => {
      const b = await coordinatorBrowser(t);
      const page = await b.get('/coordinator/statements/porto-2019/delivery');
      assert.equal(page.status, 200);
      assert.match(page.html, /António Guterres/);
      assert.match(page.html, /Edition 1 sent/);
      const bad = await b.post('/coordinator/statements/porto-2019/delivery/addressees', { name: 'Someone', email: 'nope' });
      assert.equal(bad.status, 422);
      const added = await b.post('/coordinator/statements/porto-2019/delivery/addressees', { name: 'UNODC Executive Director', email: 'ed@unodc.example.org' });
      assert.equal(added.status, 303);
      const recorded = await b.post('/coordinator/statements/porto-2019/delivery/responses', { responder: 'UNODC', received_on: '2026-05-03', text: 'Received.' });
      assert.equal(recorded.status, 303);
      const sent = await b.post('/coordinator/statements/porto-2019/delivery/deliveries', { edition: '1', message: 'Dear all,' });
      assert.equal(sent.status, 303);
      await t.runJobs();
      assert.equal(smtp.received.filter((m) => m.to.includes('ed@unodc.example.org')).length, 1);
      assert.equal(smtp.received.filter((m) => m.to.includes('sg@un.example.org')).length, 2, 'a second delivery is a new email');
    });
  });
}
