import type { DbOrTx } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { recordAudit } from '../shared/audit.ts';
import { countDelta, signatureTransition, type Signature } from '../signatures/signature.ts';
import { bumpList } from '../statements/statement.repository.ts';
import type { DuplicateFlag, FlaggedSignature } from './duplicate-flag.ts';
import { flagExistsBetween, getDuplicateFlag, openFlagsInvolving, repointFlag, resolveFlag } from './duplicate-flag.repository.ts';
import { registryKeys, type Organisation } from './organisation.ts';
import { addAlias, addKeys, deleteOrganisation, getOrganisation } from './organisation.repository.ts';
import { createOrganisationFor } from './register-signatory.ts';

export interface MergeResult {
  flag: DuplicateFlag;
  kept: Signature;
  merged: Signature;
  /** The registry organisation that now carries both names. */
  organisation: Organisation;
}

async function organisationOf(db: DbOrTx, s: FlaggedSignature, now: Date): Promise<Organisation> {
  if (s.organisationId) return getOrganisation(db, s.organisationId);
  // Signatures from before the registry existed have none; give them one now.
  const o = await createOrganisationFor(db, { name: s.name, country: s.country, type: s.type, website: s.website, contactEmail: s.contactEmail }, now);
  await db.updateTable('signatures').set({ organisation_id: o.id }).where('id', '=', s.id).execute();
  return o;
}

/**
 * Merges a flagged pair: the coordinator keeps one signature; the other becomes 'merged' (it
 * leaves the public list and the count if it was approved), its name becomes an alias of the
 * kept organisation in the registry (so the next sign-on under that name is recognised), and an
 * audit row records who merged what. Other open flags on the merged signature move to the kept one.
 */
export async function mergeDuplicate(
  db: DbOrTx,
  opts: { flagId: string; keep: 'a' | 'b'; coordinatorId: string; now: Date; statementId?: string },
): Promise<MergeResult> {
  const flag = await getDuplicateFlag(db, opts.flagId);
  if (opts.statementId && flag.statementId !== opts.statementId) throw new AppError('not_found', 'Likely duplicate was not found in this statement.');
  if (flag.status !== 'open') throw new AppError('conflict', `This pair was already ${flag.status === 'merged' ? 'merged' : 'marked as not the same'}.`);
  const [kept, other] = opts.keep === 'a' ? [flag.a, flag.b] : [flag.b, flag.a];
  if (kept.state === 'withdrawn' || kept.state === 'rejected' || kept.state === 'merged') {
    throw new AppError('illegal_transition', `Cannot keep "${kept.name}": it is ${kept.state}. Keep the other one or mark them as not the same.`);
  }
  const to = signatureTransition(other.state, 'merge');
  const at = opts.now.toISOString();

  const res = await db
    .updateTable('signatures')
    .set({ state: to, merged_into: kept.id, updated_at: at })
    .where('id', '=', other.id)
    .where('state', '=', other.state)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw new AppError('conflict', `The signature of "${other.name}" changed meanwhile; reload and try again.`);
  const delta = countDelta(other.state, to);
  if (delta !== 0) await bumpList(db, flag.statementId, delta, opts.now);

  // The registry learns that both names are one organisation.
  const organisation = await organisationOf(db, kept, opts.now);
  const otherOrganisationId = other.organisationId && other.organisationId !== organisation.id ? other.organisationId : null;
  const aliases: string[] = [];
  if (await addAlias(db, organisation, other.name, opts.now)) aliases.push(other.name);
  if (otherOrganisationId) {
    // The other record was this same organisation all along: fold it in, names, domains and signatures.
    const folded = await getOrganisation(db, otherOrganisationId);
    for (const name of [folded.name, ...folded.aliases]) if (await addAlias(db, organisation, name, opts.now)) aliases.push(name);
    await db.updateTable('signatures').set({ organisation_id: organisation.id }).where('organisation_id', '=', folded.id).execute();
    await deleteOrganisation(db, folded.id);
    await addKeys(db, organisation.id, registryKeys({ names: [], websiteDomain: folded.websiteDomain, emailDomain: folded.emailDomain }));
  }
  await db.updateTable('signatures').set({ organisation_id: organisation.id }).where('id', '=', other.id).execute();

  if (!(await resolveFlag(db, flag.id, 'merged', opts.coordinatorId, opts.now))) throw new AppError('conflict', 'This pair was resolved meanwhile; reload the page.');
  for (const f of await openFlagsInvolving(db, other.id, flag.id)) {
    const counterpart = f.signature_a === other.id ? f.signature_b : f.signature_a;
    if (counterpart === kept.id || (await flagExistsBetween(db, counterpart, kept.id))) {
      await resolveFlag(db, f.id, 'merged', opts.coordinatorId, opts.now);
    } else {
      await repointFlag(db, f.id, f.signature_a === other.id ? { signature_a: kept.id } : { signature_b: kept.id });
    }
  }

  await recordAudit(db, {
    at: opts.now,
    actor: opts.coordinatorId,
    action: 'signature.merged',
    subjectType: 'signature',
    subjectId: other.id,
    detail: { into: kept.id, flag: flag.id, from: other.state, name: other.name, kept_name: kept.name, organisation: organisation.id, aliases_added: aliases },
  });
  const after = await getDuplicateFlag(db, flag.id);
  const strip = ({ contactEmail: _e, organisationId: _o, ...s }: FlaggedSignature): Signature => s;
  const [keptNow, mergedNow] = opts.keep === 'a' ? [after.a, after.b] : [after.b, after.a];
  return { flag: after, kept: strip(keptNow), merged: strip(mergedNow), organisation };
}
