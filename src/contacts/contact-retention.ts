import type { DbOrTx } from '../db/database.ts';
import { signatureIdsWithContact } from './contact.repository.ts';
import { eraseContacts } from './erase-contacts.ts';

/** The moment `months` calendar months before `now` (a 31st falls back to the month's last day). */
export function monthsBefore(now: Date, months: number): Date {
  const d = new Date(now);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

/**
 * When a statement stopped taking signatures: its closing time once passed, or, for one closed
 * by hand, the last time it was closed (from the audit trail; its last change if none). Null
 * while it is open or a draft.
 */
async function closedStatements(db: DbOrTx, now: Date): Promise<{ id: string; closedAt: Date }[]> {
  const rows = await db.selectFrom('statements').select(['id', 'state', 'closes_at', 'updated_at']).where('state', '!=', 'draft').execute();
  const out: { id: string; closedAt: Date }[] = [];
  for (const r of rows) {
    const candidates: Date[] = [];
    if (r.closes_at && new Date(r.closes_at) <= now) candidates.push(new Date(r.closes_at));
    if (r.state === 'closed') {
      const closed = await db
        .selectFrom('audit_events')
        .select('at')
        .where('subject_type', '=', 'statement')
        .where('subject_id', '=', r.id)
        .where('action', '=', 'statement.closed')
        .orderBy('at', 'desc')
        .executeTakeFirst();
      candidates.push(new Date(closed?.at ?? r.updated_at));
    }
    if (candidates.length) out.push({ id: r.id, closedAt: new Date(Math.min(...candidates.map((d) => d.getTime()))) });
  }
  return out;
}

/**
 * Erases the contacts of every statement closed at least `months` months ago (0: keep them).
 * The public entries stay. Idempotent: a second run finds nothing left to erase.
 */
export async function eraseExpiredContacts(db: DbOrTx, opts: { months: number; now: Date }): Promise<{ statements: number; contacts: number }> {
  if (opts.months <= 0) return { statements: 0, contacts: 0 };
  const cutoff = monthsBefore(opts.now, opts.months);
  const due = (await closedStatements(db, opts.now)).filter((s) => s.closedAt <= cutoff).map((s) => s.id);
  const ids = await signatureIdsWithContact(db, due);
  if (ids.length === 0) return { statements: 0, contacts: 0 };
  const done = await eraseContacts(db, { signatureIds: ids, withdraw: false, reason: 'retention', actor: 'system', now: opts.now });
  return { statements: due.length, contacts: done.contacts };
}
