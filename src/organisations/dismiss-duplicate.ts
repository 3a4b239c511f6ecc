import type { DbOrTx } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { recordAudit } from '../shared/audit.ts';
import { identityName } from '../signatures/signature-input.ts';
import type { DuplicateFlag } from './duplicate-flag.ts';
import { getDuplicateFlag, resolveFlag } from './duplicate-flag.repository.ts';
import { orderedPair } from './organisation.ts';
import { getOrganisation, rememberDistinct } from './organisation.repository.ts';
import { createOrganisationFor } from './register-signatory.ts';

/**
 * A coordinator says a flagged pair are two different organisations. The pair of names is
 * remembered (in any statement, however either is typed, they are never flagged again), and if
 * the registry had put both under one organisation, the newer one gets its own.
 */
export async function dismissDuplicate(
  db: DbOrTx,
  opts: { flagId: string; coordinatorId: string; now: Date; statementId?: string },
): Promise<DuplicateFlag> {
  const flag = await getDuplicateFlag(db, opts.flagId);
  if (opts.statementId && flag.statementId !== opts.statementId) throw new AppError('not_found', 'Likely duplicate was not found in this statement.');
  if (flag.status !== 'open') throw new AppError('conflict', `This pair was already ${flag.status === 'merged' ? 'merged' : 'marked as not the same'}.`);
  if (!(await resolveFlag(db, flag.id, 'dismissed', opts.coordinatorId, opts.now))) throw new AppError('conflict', 'This pair was resolved meanwhile; reload the page.');
  await rememberDistinct(db, orderedPair(flag.a.name, flag.b.name), opts.coordinatorId, opts.now);

  let split: string | null = null;
  if (flag.a.organisationId && flag.a.organisationId === flag.b.organisationId) {
    const shared = await getOrganisation(db, flag.a.organisationId);
    // The one whose name is not the registry's canonical name was matched into it; it leaves.
    const leaving = identityName(flag.b.name) !== identityName(shared.name) ? flag.b : flag.a;
    const own = await createOrganisationFor(
      db,
      { name: leaving.name, country: leaving.country, type: leaving.type, website: leaving.website, contactEmail: leaving.contactEmail },
      opts.now,
    );
    await db.updateTable('signatures').set({ organisation_id: own.id }).where('id', '=', leaving.id).execute();
    split = leaving.id;
  }

  await recordAudit(db, {
    at: opts.now,
    actor: opts.coordinatorId,
    action: 'duplicate.dismissed',
    subjectType: 'duplicate_flag',
    subjectId: flag.id,
    detail: { a: flag.a.id, b: flag.b.id, names: [flag.a.name, flag.b.name], registry_split: split },
  });
  return getDuplicateFlag(db, flag.id);
}
