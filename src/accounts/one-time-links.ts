import type { DbOrTx } from '../db/database.ts';
import { hashSecret, newSecret } from '../shared/ids.ts';

/**
 * 'setup' creates the first coordinator; 'sign-in' signs an existing one in; 'password-reset'
 * lets one choose a new password (emailed); 'second-factor' is the short wait between a right
 * password and the code of an account with a second factor (held in a cookie).
 */
export type LinkPurpose = 'setup' | 'sign-in' | 'password-reset' | 'second-factor';

const TTL_HOURS: Record<LinkPurpose, number> = { setup: 24 * 7, 'sign-in': 1, 'password-reset': 1, 'second-factor': 1 / 6 };

export async function createOneTimeLink(db: DbOrTx, opts: { purpose: LinkPurpose; coordinatorId: string | null; now: Date }): Promise<string> {
  const token = newSecret();
  await db
    .insertInto('one_time_links')
    .values({
      token_hash: hashSecret(token),
      purpose: opts.purpose,
      coordinator_id: opts.coordinatorId,
      created_at: opts.now.toISOString(),
      expires_at: new Date(opts.now.getTime() + TTL_HOURS[opts.purpose] * 3_600_000).toISOString(),
      used_at: null,
    })
    .execute();
  return token;
}

/** Whether a link is still usable, without using it (for the GET page). */
export async function peekOneTimeLink(db: DbOrTx, opts: { token: string; purpose: LinkPurpose; now: Date }) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(opts.token)) return null;
  const row = await db
    .selectFrom('one_time_links')
    .selectAll()
    .where('token_hash', '=', hashSecret(opts.token))
    .where('purpose', '=', opts.purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', opts.now.toISOString())
    .executeTakeFirst();
  return row ? { coordinatorId: row.coordinator_id } : null;
}

/** Uses a link exactly once; a second use (or a race) gets null. */
export async function consumeOneTimeLink(db: DbOrTx, opts: { token: string; purpose: LinkPurpose; now: Date }) {
  const link = await peekOneTimeLink(db, opts);
  if (!link) return null;
  const res = await db
    .updateTable('one_time_links')
    .set({ used_at: opts.now.toISOString() })
    .where('token_hash', '=', hashSecret(opts.token))
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1 ? link : null;
}
