import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { DIALECTS, openTestDatabase, unavailable } from '../../test/support/databases.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { silentLogger } from '../logger.ts';
import { backoffMs, defineJob, handles, PermanentJobError, type RegisteredJob } from './job.ts';
import { claimJobs, enqueueJob, getJob } from './job.repository.ts';
import { JobWorker } from './worker.ts';

const echo = defineJob({ name: 'test.echo', payload: z.object({ n: z.number() }), retryForMs: 3600_000, leaseMs: 1000 });

test('backoff doubles, is capped and jittered within ±25%', () => {
  const mid = () => 0.5;
  assert.deepEqual([1, 2, 3, 4].map((a) => backoffMs(a, { baseMs: 1000, maxMs: 5000, random: mid })), [1000, 2000, 4000, 5000]);
  assert.equal(backoffMs(1, { baseMs: 1000, maxMs: 5000, random: () => 0 }), 750);
  assert.equal(backoffMs(1, { baseMs: 1000, maxMs: 5000, random: () => 0.9999 }), 1250);
});

for (const dialect of DIALECTS) {
  describe(`job queue on ${dialect}`, { skip: unavailable(dialect) ?? false }, () => {
    let h: DatabaseHandle;
    let now = new Date('2026-04-28T09:00:00Z');
    const clock = () => new Date(now);
    const worker = (jobs: RegisteredJob[], o: { leaseMs?: number } = {}) =>
      new JobWorker({ db: h.db, dialect, jobs, logger: silentLogger, clock, retryBaseMs: 1000, retryMaxMs: 60_000, ...o });
    before(async () => {
      h = await openTestDatabase(dialect);
    });
    after(() => h.close());

    test('a pending key absorbs repeats; once done, the same key queues again', async () => {
      const ran: number[] = [];
      const w = worker([handles(echo, async ({ n }) => void ran.push(n))]);
      assert.equal(await enqueueJob(h.db, echo, { n: 1 }, { now, key: 'k1' }), 1);
      assert.equal(await enqueueJob(h.db, echo, { n: 2 }, { now, key: 'k1' }), 0);
      assert.equal(await w.runUntilIdle(), 1);
      assert.deepEqual(ran, [1]);
      assert.equal(await enqueueJob(h.db, echo, { n: 3 }, { now, key: 'k1' }), 1);
      await w.runUntilIdle();
      assert.deepEqual(ran, [1, 3]);
    });

    test('a job enqueued in a rolled-back transaction never exists', async () => {
      await h.db
        .transaction()
        .execute(async (trx) => {
          await enqueueJob(trx, echo, { n: 9 }, { now, key: 'rolled-back' });
          throw new Error('abort');
        })
        .catch(() => {});
      const row = await h.db.selectFrom('jobs').select('id').where('key', '=', 'rolled-back').executeTakeFirst();
      assert.equal(row, undefined);
    });

    test('failures back off and are retried; a permanent one stops; past its retry window it fails', async () => {
      let calls = 0;
      const flaky = defineJob({ name: 'test.flaky', payload: z.object({}), retryForMs: 10_000, leaseMs: 1000 });
      const w = worker([handles(flaky, async () => void (calls++, (() => { throw new Error('try later'); })()))]);
      await enqueueJob(h.db, flaky, {}, { now, id: 'flaky-1' });
      await w.runUntilIdle();
      let job = (await getJob(h.db, 'flaky-1'))!;
      assert.equal(job.state, 'queued');
      assert.equal(job.attempts, 1);
      assert.equal(job.lastError, 'try later');
      const pause = job.runAt.getTime() - now.getTime();
      assert.ok(pause >= 750 && pause <= 1250, `first pause ${pause} ms`);
      await w.runUntilIdle();
      assert.equal(calls, 1, 'not retried before its time');
      now = new Date(now.getTime() + 1300);
      await w.runUntilIdle();
      assert.equal(calls, 2);
      job = (await getJob(h.db, 'flaky-1'))!;
      assert.ok(job.runAt.getTime() - now.getTime() >= 1500, 'the second pause is longer');
      now = new Date(now.getTime() + 20_000); // past the retry window
      await w.runUntilIdle();
      job = (await getJob(h.db, 'flaky-1'))!;
      assert.equal(job.state, 'failed');

      const doomed = defineJob({ name: 'test.doomed', payload: z.object({}) });
      let doomedCalls = 0;
      const w2 = worker([handles(doomed, async () => { doomedCalls++; throw new PermanentJobError('550 no such user'); })]);
      await enqueueJob(h.db, doomed, {}, { now, id: 'doomed-1' });
      await w2.runUntilIdle();
      now = new Date(now.getTime() + 3600_000);
      await w2.runUntilIdle();
      assert.equal(doomedCalls, 1);
      assert.equal((await getJob(h.db, 'doomed-1'))!.state, 'failed');
    });

    test("a crashed worker's job runs again when its lease expires, and only then", async () => {
      await enqueueJob(h.db, echo, { n: 42 }, { now, id: 'leased-1' });
      // A worker claims it and dies without a word.
      const claimed = await h.db.transaction().execute((trx) => claimJobs(trx, dialect, { now, limit: 10, workerId: 'dead', leaseMs: () => 1000, names: [echo.name] }));
      assert.deepEqual(claimed.map((j) => j.id), ['leased-1']);
      const ran: number[] = [];
      const w = worker([handles(echo, async ({ n }) => void ran.push(n))]);
      await w.runUntilIdle();
      assert.deepEqual(ran, [], 'still leased');
      now = new Date(now.getTime() + 1500);
      await w.runUntilIdle();
      assert.deepEqual(ran, [42]);
      const job = (await getJob(h.db, 'leased-1'))!;
      assert.equal(job.state, 'done');
      assert.equal(job.attempts, 2);
    });

    test('two workers at once run every job exactly once', async () => {
      const ran: number[] = [];
      const slow = defineJob({ name: 'test.slow', payload: z.object({ n: z.number() }) });
      const handler = handles(slow, async ({ n }) => {
        await new Promise((r) => setTimeout(r, 2));
        ran.push(n);
      });
      for (let n = 0; n < 60; n++) await enqueueJob(h.db, slow, { n }, { now });
      const a = worker([handler]);
      const b = worker([handler]);
      await Promise.all([a.runUntilIdle(), b.runUntilIdle()]);
      assert.equal(ran.length, 60);
      assert.equal(new Set(ran).size, 60);
    });

    test('a payload that does not fit its schema fails at once', async () => {
      const w = worker([handles(echo, async () => {})]);
      await h.db.insertInto('jobs').values({ id: 'bad-1', name: echo.name, payload: '{"n":"x"}', key: null, state: 'queued', priority: 1, attempts: 0, run_at: now.toISOString(), locked_until: null, locked_by: null, last_error: null, created_at: now.toISOString(), updated_at: now.toISOString(), finished_at: null }).execute();
      await w.runUntilIdle();
      assert.equal((await getJob(h.db, 'bad-1'))!.state, 'failed');
    });
  });
}
