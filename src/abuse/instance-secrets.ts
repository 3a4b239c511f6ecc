import { createHmac } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { newSecret } from '../shared/ids.ts';

/**
 * One secret per purpose (client-address hashes, sign-on challenges), the same on every instance:
 * derived from the configured root (CLIENT_HASH_SECRET, else SESSION_SECRET) when there is one,
 * else made at random by the first instance that needs it and kept in the database, so that
 * `npm start` needs nothing. The configured root is stronger: the database alone then gives no
 * key to test guessed addresses with.
 */
export class InstanceSecrets {
  private cache = new Map<string, Promise<string>>();

  constructor(private readonly deps: { db: Db; root?: string | undefined }) {}

  /** Where the secrets come from, for the start-up log. */
  get source(): 'configured' | 'database' {
    return this.deps.root ? 'configured' : 'database';
  }

  /** The secret for `purpose`, as base64url. */
  get(purpose: string): Promise<string> {
    let p = this.cache.get(purpose);
    if (!p) {
      p = this.load(purpose);
      // A database error is not remembered: the next request tries again.
      p.catch(() => this.cache.delete(purpose));
      this.cache.set(purpose, p);
    }
    return p;
  }

  private async load(purpose: string): Promise<string> {
    if (this.deps.root) return createHmac('sha256', this.deps.root).update(`undersigned|${purpose}`).digest('base64url');
    const { db } = this.deps;
    await db.insertInto('instance_secrets').values({ name: purpose, value: newSecret(), created_at: new Date().toISOString() }).onConflict((oc) => oc.column('name').doNothing()).execute();
    const row = await db.selectFrom('instance_secrets').select('value').where('name', '=', purpose).executeTakeFirstOrThrow();
    return row.value;
  }
}
