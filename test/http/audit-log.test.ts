import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ensureCoordinator } from '../../src/accounts/coordinator.ts';
import { createApiToken } from '../../src/accounts/api-tokens.ts';
import { grantStatementRole } from '../../src/accounts/statement-roles.ts';
import { DIALECTS, unavailable } from '../support/databases.ts';
import { api, coordinatorToken, createTestApp, openStatement, sampleStatement, type TestApp } from '../support/app.ts';
import { coordinatorBrowser, FormClient } from '../support/browser-form.ts';

const read = new Set<string>();

/** The newest unread message to an address, with its links. */
async function lastMail(t: TestApp, token: string, to: string) {
  await t.runJobs();
  const { json } = await api(t, 'GET', '/api/v1/outbox', { token });
  const msg = (json.messages as { id: string; to: string; text: string }[]).find((m) => m.to === to && !read.has(m.id));
  assert.ok(msg, `a message to ${to}`);
  read.add(msg.id);
  const link = (kind: string) => new RegExp(`http://undersigned\\.test(/${kind}/[A-Za-z0-9_-]+)`).exec(msg.text)?.[1] ?? null;
  return { confirm: link('confirm'), manage: link('manage') };
}

for (const dialect of DIALECTS) {
  describe(`the audit log on ${dialect}`, { skip: unavailable(dialect) ?? false }, () => {
    let t: TestApp;
    let token: string; // the instance admin (first coordinator)
    let other: string; // a second coordinator, not admin
    let otherId: string;
    let minute = 0;
    /** Each action a minute later, so the log's order is the order of the test. */
    const tick = () => t.setNow(new Date(Date.UTC(2026, 3, 28, 9, ++minute)));

    before(async () => {
      t = await createTestApp(dialect);
      token = await coordinatorToken(t, 'convener@idpc.test');
      const second = await ensureCoordinator(t.deps.db, { email: 'comms@hri.test', now: new Date() });
      otherId = second.id;
      other = await createApiToken(t.deps.db, { coordinatorId: second.id, now: new Date() });
      await t.deps.db.updateTable('coordinators').set({ name: 'Rosa Comms' }).where('id', '=', second.id).execute();
    });
    after(() => t.close());

    /** All events with this action (instance-wide, as the admin reads them). */
    const eventsOf = async (action: string) => {
      const r = await api(t, 'GET', `/api/v1/audit?action=${action}&limit=1000`, { token });
      assert.equal(r.status, 200, r.text);
      return r.json.events as { at: string; actor: string; action: string; subject_type: string; subject_id: string }[];
    };

    /** Runs one coordinator action and checks that exactly one new event of that action, about that subject, was written. */
    async function writesOne(action: string, run: () => Promise<string>, opts: { slug?: string; actor?: string } = {}) {
      tick();
      const before = (await eventsOf(action)).length;
      const subject = await run();
      const events = await eventsOf(action);
      assert.equal(events.length, before + 1, `${action}: exactly one new event (${events.length - before})`);
      const [e] = events;
      assert.equal(e!.subject_id, subject, `${action}: about the right subject`);
      assert.equal(e!.actor, opts.actor ?? 'convener@idpc.test', `${action}: by the right person`);
      if (opts.slug) {
        const mine = (await api(t, 'GET', `/api/v1/statements/${opts.slug}/audit?action=${action}`, { token })).json.events;
        assert.ok(mine.some((x: { subject_id: string }) => x.subject_id === subject), `${action}: in the statement's log`);
      }
      return e!;
    }

    const statementId = async (slug: string) => (await t.deps.db.selectFrom('statements').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;
    const ok = (r: { status: number; text: string }, status = 200) => assert.equal(r.status, status, r.text);

    test('every coordinator action of the API writes exactly one event, and the audit API returns it', async () => {
      const slug = 'porto-2019';
      await writesOne('statement.created', async () => (ok(await api(t, 'POST', '/api/v1/statements', { token, body: sampleStatement(slug) }), 201), statementId(slug)), { slug });
      const sid = await statementId(slug);
      // The second coordinator moderates this statement (roles are per statement).
      await grantStatementRole(t.deps.db, { statementId: sid, coordinatorId: otherId, role: 'moderator', by: 'system', now: new Date() });
      await writesOne('statement.edited', async () => (ok(await api(t, 'PATCH', `/api/v1/statements/${slug}`, { token, body: { title: 'A new title for the call' } })), sid), { slug });
      await writesOne('statement.opened', async () => (ok(await api(t, 'POST', `/api/v1/statements/${slug}/open`, { token })), sid), { slug });
      await writesOne('statement.translation_added', async () => {
        ok(await api(t, 'POST', `/api/v1/statements/${slug}/translations`, { token, body: { language: 'fr', title: 'Appel', body: 'Nous appelons.', ready: true } }), 201);
        return sid;
      }, { slug });
      await writesOne('statement.translation_changed', async () => {
        ok(await api(t, 'PUT', `/api/v1/statements/${slug}/translations/fr`, { token, body: { title: 'Appel commun', body: 'Nous appelons.', ready: true } }));
        return sid;
      }, { slug });
      await writesOne('statement.authoritative_language', async () => (ok(await api(t, 'PUT', `/api/v1/statements/${slug}/authoritative-language`, { token, body: { language: 'fr' } })), sid), { slug });

      const added = await writesOne('signature.added', async () => {
        const r = await api(t, 'POST', `/api/v1/statements/${slug}/signatures`, { token, body: { name: 'Harm Reduction International', country: 'GB', website: 'hri.global', contact_email: 'naomi@hri.global', contact_name: 'Naomi' } });
        ok(r, 201);
        return r.json.id as string;
      }, { slug });
      const hri = added.subject_id;
      await writesOne('signature.edited', async () => (ok(await api(t, 'PATCH', `/api/v1/signatures/${hri}`, { token, body: { country: 'IE' } })), hri), { slug });
      await writesOne('signature.unverified', async () => (ok(await api(t, 'POST', `/api/v1/signatures/${hri}/unverify`, { token })), hri), { slug });
      await writesOne('signature.verified', async () => (ok(await api(t, 'POST', `/api/v1/signatures/${hri}/verify`, { token })), hri), { slug });
      await writesOne('statement.verified_mark_shown', async () => (ok(await api(t, 'PUT', `/api/v1/statements/${slug}/verified-mark`, { token, body: { show: true } })), sid), { slug });
      await writesOne('statement.verified_mark_hidden', async () => (ok(await api(t, 'PUT', `/api/v1/statements/${slug}/verified-mark`, { token, body: { show: false } })), sid), { slug });
      await writesOne('signature.rejected', async () => (ok(await api(t, 'POST', `/api/v1/signatures/${hri}/reject`, { token })), hri), { slug });
      await writesOne('signature.restored', async () => (ok(await api(t, 'POST', `/api/v1/signatures/${hri}/restore`, { token })), hri), { slug });

      // A public sign-on, confirmed through the emailed link, then approved by the second coordinator.
      ok(await api(t, 'POST', `/api/v1/statements/${slug}/signatures`, { body: { name: 'Rede Brasileira de Redução de Danos', country: 'BR', type: 'network', contact_name: 'Ana Souza', contact_email: 'ana@reduc.example.org' } }), 202);
      const mail = await lastMail(t, token, 'ana@reduc.example.org');
      const b = new FormClient(t);
      await b.get(mail.confirm!);
      assert.equal((await b.post(mail.confirm!, {})).status, 200);
      const reduc = (await api(t, 'GET', `/api/v1/statements/${slug}/signatures?status=confirmed`, { token })).json.signatures[0].id as string;
      await writesOne('signature.approved', async () => (ok(await api(t, 'POST', `/api/v1/signatures/${reduc}/approve`, { token: other })), reduc), { slug, actor: 'Rosa Comms' });
      // The signatory's own steps are in the log as "signatory", never with their contact.
      const confirmed = (await api(t, 'GET', `/api/v1/statements/${slug}/audit?action=signature.confirmed`, { token })).json.events;
      assert.deepEqual(confirmed.map((e: { actor: string }) => e.actor), ['signatory']);

      // Corrections asked through the manage link, approved and dismissed.
      ok(await api(t, 'PATCH', `/api/v1${mail.manage}`, { body: { country: 'PT' } }));
      await writesOne('signature.correction_approved', async () => (ok(await api(t, 'POST', `/api/v1/signatures/${reduc}/correction/approve`, { token })), reduc), { slug });
      ok(await api(t, 'PATCH', `/api/v1${mail.manage}`, { body: { country: 'ES' } }));
      await writesOne('signature.correction_dismissed', async () => (ok(await api(t, 'POST', `/api/v1/signatures/${reduc}/correction/dismiss`, { token })), reduc), { slug });

      // Duplicates: one pair merged, one kept apart.
      const addOrg = async (name: string, country: string) => (await api(t, 'POST', `/api/v1/statements/${slug}/signatures`, { token, body: { name, country } })).json.id as string;
      await addOrg('Center for Democracy & Technology (CDT)', 'US');
      const cdt2 = await addOrg('Center for Democracy and Techology', 'US');
      await addOrg('Eurasian Harm Reduction Association', 'LT');
      await addOrg('Eurasian Harm Reduction Asociation', 'LT');
      await t.runJobs();
      const flags = (await api(t, 'GET', `/api/v1/statements/${slug}/duplicates`, { token })).json.duplicates as { id: string; a: { id: string }; b: { id: string } }[];
      assert.equal(flags.length, 2, JSON.stringify(flags));
      const cdtFlag = flags.find((f) => f.b.id === cdt2 || f.a.id === cdt2)!;
      const ehraFlag = flags.find((f) => f !== cdtFlag)!;
      await writesOne('signature.merged', async () => (ok(await api(t, 'POST', `/api/v1/duplicates/${cdtFlag.id}/merge`, { token, body: { keep: 'a' } })), cdtFlag.b.id), { slug });
      await writesOne('duplicate.dismissed', async () => (ok(await api(t, 'POST', `/api/v1/duplicates/${ehraFlag.id}/dismiss`, { token })), ehraFlag.id), { slug });

      // An import: a preview, then one event when it is confirmed.
      await writesOne('import.confirmed', async () => {
        const preview = await api(t, 'POST', `/api/v1/statements/${slug}/imports`, { token, body: { text: 'Asociación Vivir (Peru)\nCoalition PLUS (France)' } });
        ok(preview, 201);
        ok(await api(t, 'POST', `/api/v1/imports/${preview.json.id}/confirm`, { token }), 201);
        return sid;
      }, { slug });

      // Editions: one scheduled, one published now.
      await writesOne('edition.scheduled', async () => (ok(await api(t, 'POST', `/api/v1/statements/${slug}/editions`, { token, body: { at: '2026-06-01T09:00:00Z' } }), 201), sid), { slug });
      await writesOne('edition.published', async () => (ok(await api(t, 'POST', `/api/v1/statements/${slug}/editions`, { token }), 201), sid), { slug });
      await writesOne('statement.closed', async () => (ok(await api(t, 'POST', `/api/v1/statements/${slug}/close`, { token })), sid), { slug });
    });

    test('the coordinator pages write the same single events', async () => {
      const web = await coordinatorBrowser(t, 'convener@idpc.test');
      await web.get('/coordinator/statements/new');
      await writesOne('statement.created', async () => {
        const r = await web.post('/coordinator/statements', { slug: 'web-2020', title: 'A call made on the web', language: 'en', body: 'We call on all.' });
        assert.equal(r.status, 303, r.html);
        return statementId('web-2020');
      }, { slug: 'web-2020' });
      const sid = await statementId('web-2020');
      await writesOne('statement.opened', async () => (assert.equal((await web.post('/coordinator/statements/web-2020/open', {})).status, 303), sid), { slug: 'web-2020' });
      await writesOne('statement.edited', async () => {
        const r = await web.post('/coordinator/statements/web-2020/edit', { title: 'A call made on the web, edited', language: 'en', body: 'We call on all.' });
        assert.equal(r.status, 303, r.html);
        return sid;
      }, { slug: 'web-2020' });
      await writesOne('statement.translation_added', async () => {
        const r = await web.post('/coordinator/statements/web-2020/translations', { language: 'es', title: 'Un llamado', body: 'Llamamos a todos.', ready: 'on' });
        assert.equal(r.status, 303, r.html);
        return sid;
      }, { slug: 'web-2020' });
      await writesOne('statement.authoritative_language', async () => (assert.equal((await web.post('/coordinator/statements/web-2020/authoritative-language', { language: 'es' })).status, 303), sid), { slug: 'web-2020' });
      await writesOne('signature.added', async () => {
        const r = await web.post('/coordinator/statements/web-2020/signatories', { name: 'Frontline AIDS', country: 'GB', website: 'https://frontlineaids.org', contact_name: 'Sam', contact_email: 'sam@frontlineaids.org' });
        assert.ok(r.status === 303 || r.status === 200, r.html);
        return (await t.deps.db.selectFrom('signatures').select('id').where('name', '=', 'Frontline AIDS').executeTakeFirstOrThrow()).id;
      }, { slug: 'web-2020' });
      const id = (await t.deps.db.selectFrom('signatures').select('id').where('name', '=', 'Frontline AIDS').executeTakeFirstOrThrow()).id;
      await writesOne('signature.rejected', async () => (await web.post('/coordinator/statements/web-2020/moderate', { ids: id, decision: 'reject' }), id), { slug: 'web-2020' });
      await writesOne('signature.restored', async () => (await web.post('/coordinator/statements/web-2020/moderate', { ids: id, decision: 'restore' }), id), { slug: 'web-2020' });
      await writesOne('signature.unverified', async () => (assert.equal((await web.post(`/coordinator/signatures/${id}/verified`, { verified: 'no' })).status, 303), id), { slug: 'web-2020' });
      await writesOne('statement.verified_mark_shown', async () => (assert.equal((await web.post('/coordinator/statements/web-2020/verified-mark', { show: 'on' })).status, 303), sid), { slug: 'web-2020' });
      await writesOne('statement.closed', async () => (assert.equal((await web.post('/coordinator/statements/web-2020/close', {})).status, 303), sid), { slug: 'web-2020' });

      const page = await web.get('/coordinator/statements/web-2020/audit');
      assert.equal(page.status, 200);
      assert.match(page.html, /Closed the statement/);
      assert.match(page.html, /Frontline AIDS/);
      assert.doesNotMatch(page.html, /sam@frontlineaids\.org/, 'never a signatory’s contact');
    });

    test('filters by person, action and date; pages; CSV with formula cells made inert; admin only for the whole instance', async () => {
      const rosa = (await t.deps.db.selectFrom('coordinators').select('id').where('email', '=', 'comms@hri.test').executeTakeFirstOrThrow()).id;
      const byRosa = (await api(t, 'GET', `/api/v1/audit?person=${rosa}`, { token })).json.events;
      assert.deepEqual(byRosa.map((e: { action: string }) => e.action).sort(), ['api_token.created', 'signature.approved']);
      assert.ok(byRosa.every((e: { actor: string }) => e.actor === 'Rosa Comms'));
      const bySignatory = (await api(t, 'GET', '/api/v1/statements/porto-2019/audit?person=signatory', { token })).json.events;
      assert.ok(bySignatory.length >= 3 && bySignatory.every((e: { actor: string }) => e.actor === 'signatory'));
      const day = (await api(t, 'GET', '/api/v1/audit?from=2026-04-28&to=2026-04-28', { token })).json.events.length;
      assert.ok(day > 20, `${day} events that day`);
      assert.equal((await api(t, 'GET', '/api/v1/audit?from=2026-04-29&to=2026-11-30', { token })).json.events.length, 0);
      assert.equal((await api(t, 'GET', '/api/v1/audit?from=28/04/2026', { token })).status, 422);
      assert.equal((await api(t, 'GET', '/api/v1/audit?limit=0', { token })).status, 422);

      const first = await api(t, 'GET', '/api/v1/statements/porto-2019/audit?limit=5', { token });
      assert.equal(first.json.events.length, 5);
      const second = await api(t, 'GET', `/api/v1/statements/porto-2019/audit?limit=5&cursor=${first.json.next_cursor}`, { token });
      assert.equal(second.json.events.length, 5);
      assert.ok(second.json.events[0].at <= first.json.events[4].at);
      assert.equal(new Set([...first.json.events, ...second.json.events].map((e: { subject_id: string; action: string; at: string }) => `${e.at}${e.action}${e.subject_id}`)).size, 10);

      // Not an admin: the statement's log, but not the instance's.
      assert.equal((await api(t, 'GET', '/api/v1/statements/porto-2019/audit', { token: other })).status, 200);
      const refused = await api(t, 'GET', '/api/v1/audit', { token: other });
      assert.equal(refused.status, 403);
      assert.equal(refused.json.error.code, 'forbidden');
      assert.equal((await api(t, 'GET', '/api/v1/audit')).status, 401);

      // A signatory named like a formula: the CSV cell is inert.
      ok(await api(t, 'POST', '/api/v1/statements/porto-2019/signatures', { token, body: { name: '=HYPERLINK("http://evil")', country: 'FR' } }), 201);
      const web = await coordinatorBrowser(t, 'convener@idpc.test');
      const csv = await web.get('/coordinator/statements/porto-2019/audit.csv?action=signature.added');
      assert.equal(csv.status, 200);
      assert.match(csv.headers.get('content-type')!, /text\/csv/);
      assert.ok(csv.html.includes(`"'=HYPERLINK(""http://evil"")"`), csv.html);
      assert.match(csv.html, /Added a signatory/);
      assert.doesNotMatch(csv.html, /naomi@hri\.global|ana@reduc/);
      const all = await web.get('/coordinator/audit?person=signatory');
      assert.equal(all.status, 200);
      assert.match(all.html, /A signatory/);
      assert.equal((await web.get('/coordinator/audit?from=nonsense')).status, 400);
    });

    test('entries are append-only: the database refuses to change or delete one', async () => {
      const db = t.deps.db;
      await assert.rejects(db.updateTable('audit_events').set({ actor: 'someone else' }).execute(), /append-only/);
      await assert.rejects(db.deleteFrom('audit_events').execute(), /append-only/);
      assert.ok((await db.selectFrom('audit_events').select('id').execute()).length > 20);
    });

    test('a coordinator of no statement gets 404 for an unknown statement', async () => {
      assert.equal((await api(t, 'GET', '/api/v1/statements/nowhere/audit', { token })).status, 404);
    });
  });
}
