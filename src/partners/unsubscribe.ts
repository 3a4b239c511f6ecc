import type { DbOrTx } from '../db/database.ts';
import { hashSecret } from '../shared/ids.ts';
import { getStatementById } from '../statements/statement.repository.ts';
import { invitationByLink, recordUnsubscribe, unsubscribed } from './partner-contacts.ts';

export interface UnsubscribeView {
  /** The language the invitation was written in: the page speaks it. */
  language: string;
  statementTitle: string;
  done: boolean;
}

const WELL_FORMED = /^[A-Za-z0-9_-]{43}$/;

/** What an unsubscribe link opens, or null for an unknown link. Looking changes nothing. */
export async function lookUpUnsubscribe(db: DbOrTx, token: string): Promise<UnsubscribeView | null> {
  if (!WELL_FORMED.test(token)) return null;
  const inv = await invitationByLink(db, hashSecret(token), 'unsubscribe');
  if (!inv) return null;
  const statement = await getStatementById(db, inv.statement_id);
  return { language: inv.language, statementTitle: statement.title, done: (await unsubscribed(db, [inv.email_hash])).has(inv.email_hash) };
}

/** Unsubscribes the link's address from every invitation on this site; repeating it is harmless. */
export async function unsubscribe(db: DbOrTx, opts: { token: string; now: Date }): Promise<UnsubscribeView | null> {
  if (!WELL_FORMED.test(opts.token)) return null;
  const inv = await invitationByLink(db, hashSecret(opts.token), 'unsubscribe');
  if (!inv) return null;
  await recordUnsubscribe(db, inv.email_hash, opts.now);
  const statement = await getStatementById(db, inv.statement_id);
  return { language: inv.language, statementTitle: statement.title, done: true };
}
