import type { DbOrTx } from '../db/database.ts';
import type { VersionedCache } from '../shared/versioned-cache.ts';
import { loadIndividuals, loadPublicList, type PublicIndividual } from '../signatures/public-list.ts';
import { publicOrder } from '../signatures/public-order.ts';
import type { Statement } from '../statements/statement.ts';
import type { Edition, FrozenEntry } from './edition.ts';
import { latestPublishedEdition } from './edition.repository.ts';

/** The list as it stands: the last edition's numbering (if any), later sign-ons as an addendum. */
export interface CurrentList {
  edition: Edition | null;
  signatories: FrozenEntry[];
  addendum: FrozenEntry[];
  confidentialCount: number;
  /** Individuals where the statement allows them: a live list of their own, not frozen in editions. */
  individuals: PublicIndividual[];
  /** Signature ids shown with the verified mark (only when the statement shows it). */
  verified: ReadonlySet<string>;
}

/**
 * Before publication: the live, collated list. After: the latest edition's frozen numbering
 * (entries no longer approved drop out, their numbers stay unused; corrected names show as corrected) and an addendum of later
 * approved signatories, collated and numbered on from the edition's last number.
 */
export async function currentList(db: DbOrTx, statement: Statement): Promise<CurrentList> {
  const [live, edition, { individuals }] = await Promise.all([loadPublicList(db, statement), latestPublishedEdition(db, statement.id), loadIndividuals(db, statement)]);
  const toFrozen = (e: (typeof live.signatories)[number], number = e.number): FrozenEntry => ({
    signatureId: e.signatureId,
    number,
    name: e.name,
    country: e.country,
    international: e.international,
    type: e.type,
  });
  if (!edition) return { edition: null, signatories: live.signatories.map((e) => toFrozen(e)), addendum: [], confidentialCount: live.confidentialCount, individuals, verified: live.verified };

  // The edition fixes the numbers; names and countries are the live ones, so a correction shows
  // at once (the edition's stored documents keep what was published).
  const liveById = new Map(live.signatories.map((e) => [e.signatureId, e]));
  const frozenIds = new Set(edition.list.map((e) => e.signatureId));
  const signatories = edition.list.flatMap((e) => {
    const now = liveById.get(e.signatureId);
    return now ? [{ ...e, name: now.name, country: now.country, international: now.international, type: now.type }] : [];
  });
  const later = live.signatories.filter((e) => !frozenIds.has(e.signatureId));
  // Re-collate the newcomers on their own (initiators added late are not moved to the top).
  const ordered = publicOrder(
    later.map((e) => ({ id: e.signatureId, name: e.name, country: e.country, international: e.international, type: e.type, initiator: false, confidential: false, createdAt: new Date(0) })),
    statement.language,
  ).list;
  const last = edition.list.reduce((m, e) => Math.max(m, e.number), 0);
  const addendum = ordered.map((e, i) => ({ signatureId: e.signatureId, number: last + i + 1, name: e.name, country: e.country, international: e.international, type: e.type }));
  return { edition, signatories, addendum, confidentialCount: live.confidentialCount, individuals, verified: live.verified };
}

/** currentList through the cache; publishing an edition bumps list_version, so it refreshes too. */
export function cachedCurrentList(cache: VersionedCache<CurrentList>, db: DbOrTx, statement: Statement): Promise<CurrentList> {
  return cache.get(statement.id, statement.listVersion, () => currentList(db, statement));
}
