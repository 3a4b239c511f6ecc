import type { DbOrTx } from '../db/database.ts';

/**
 * Adds hits to fixed windows kept in the database, so a limit holds across instances, and
 * returns each key's count after the addition. One statement for any number of keys.
 */
export async function countHits(db: DbOrTx, hits: ReadonlyMap<string, number>, opts: { now: Date; windowMs: number }): Promise<Map<string, number>> {
  if (hits.size === 0) return new Map();
  const windowStart = new Date(Math.floor(opts.now.getTime() / opts.windowMs) * opts.windowMs).toISOString();
  const rows = await db
    .insertInto('rate_windows')
    .values([...hits].map(([key, count]) => ({ key, window_start: windowStart, count })))
    .onConflict((oc) => oc.columns(['key', 'window_start']).doUpdateSet((eb) => ({ count: eb('rate_windows.count', '+', eb.ref('excluded.count')) })))
    .returning(['key', 'count'])
    .execute();
  return new Map(rows.map((r) => [r.key, Number(r.count)]));
}

/** Forgets windows that ended before `before`. */
export async function pruneRateWindows(db: DbOrTx, before: Date): Promise<void> {
  await db.deleteFrom('rate_windows').where('window_start', '<', before.toISOString()).execute();
}

/** A number of hits on one key in fixed windows of `windowMs`. */
export interface Hit {
  key: string;
  windowMs: number;
  count: number;
}

/**
 * Like countHits, for keys counted in windows of different lengths (a burst and a sustained
 * window), still in one statement. Keys must name their window: the count is per key and window start.
 */
export async function countHitsIn(db: DbOrTx, hits: readonly Hit[], now: Date): Promise<Map<string, number>> {
  if (hits.length === 0) return new Map();
  const rows = await db
    .insertInto('rate_windows')
    .values(hits.map((h) => ({ key: h.key, window_start: new Date(Math.floor(now.getTime() / h.windowMs) * h.windowMs).toISOString(), count: h.count })))
    .onConflict((oc) => oc.columns(['key', 'window_start']).doUpdateSet((eb) => ({ count: eb('rate_windows.count', '+', eb.ref('excluded.count')) })))
    .returning(['key', 'count'])
    .execute();
  return new Map(rows.map((r) => [r.key, Number(r.count)]));
}
