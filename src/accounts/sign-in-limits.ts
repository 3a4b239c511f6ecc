import type { DbOrTx } from '../db/database.ts';
import { countHits } from '../shared/rate-windows.ts';
import { hashSecret } from '../shared/ids.ts';

/**
 * Sign-in attempts (passwords, second-factor codes, reset requests) are counted per account and
 * per client in windows kept in the database, so the limits hold across instances and restarts.
 * An unknown email is counted exactly like a known one: the limit tells nothing about accounts.
 */
export const SIGN_IN_WINDOW_MS = 15 * 60_000;
export const SIGN_IN_LIMITS = { account: 10, client: 50 } as const;

export type AttemptKind = 'password' | 'code' | 'reset';

/** Counts one attempt; true while both the account's and the client's counts are within the limits. */
export async function allowSignInAttempt(db: DbOrTx, opts: { kind: AttemptKind; account: string; clientKey: string; now: Date }): Promise<boolean> {
  const account = `sign-in:${opts.kind}:acct:${hashSecret(opts.account.trim().toLowerCase()).slice(0, 32)}`;
  const client = `sign-in:${opts.kind}:${opts.clientKey}`;
  const counts = await countHits(db, new Map([[account, 1], [client, 1]]), { now: opts.now, windowMs: SIGN_IN_WINDOW_MS });
  return (counts.get(account) ?? 0) <= SIGN_IN_LIMITS.account && (counts.get(client) ?? 0) <= SIGN_IN_LIMITS.client;
}
