import type { DbOrTx } from '../db/database.ts';
import { recordAudit } from '../shared/audit.ts';
import { getStatementBySlug } from './statement.repository.ts';
import type { Statement } from './statement.ts';

/** Changes a statement's team settings: whether viewers see contacts; whether two people publish. */
export async function saveStatementSettings(
  db: DbOrTx,
  opts: { slug: string; viewersSeeContacts?: boolean | undefined; twoPersonPublishing?: boolean | undefined; coordinatorId: string; now: Date },
): Promise<Statement> {
  const s = await getStatementBySlug(db, opts.slug);
  const set: { viewers_see_contacts?: number; two_person_publishing?: number; updated_at: string } = { updated_at: opts.now.toISOString() };
  if (opts.viewersSeeContacts !== undefined) set.viewers_see_contacts = opts.viewersSeeContacts ? 1 : 0;
  if (opts.twoPersonPublishing !== undefined) set.two_person_publishing = opts.twoPersonPublishing ? 1 : 0;
  await db.updateTable('statements').set(set).where('id', '=', s.id).execute();
  await recordAudit(db, { at: opts.now, actor: opts.coordinatorId, action: 'statement.settings_changed', subjectType: 'statement', subjectId: s.id, detail: { viewersSeeContacts: opts.viewersSeeContacts, twoPersonPublishing: opts.twoPersonPublishing } });
  return getStatementBySlug(db, opts.slug);
}
