import type { DbOrTx } from '../db/database.ts';
import { blockingKeysForFacts } from './blocking.ts';
import { factsForName, namesOf, pairName, type Organisation } from './organisation.ts';
import { organisationsSharingKeys } from './organisation.repository.ts';
import { compareOrganisations, type Comparison, type OrgFacts } from './similarity.ts';

/** Keys shared by more organisations than this select nothing ("w:drug", "w:network"). */
export const MAX_POSTINGS = 2_000;
/** About this many key→organisation rows are read for one look-up at most; the rarest keys go first. */
export const POSTINGS_BUDGET = 1_000;
export const MAX_CANDIDATES = 30;
/**
 * A website or email domain shared by more registry organisations than this no longer finds
 * candidates (a network's national sections, a coalition's branches): each sign-on from it would
 * otherwise be compared with all of them. Candidates found by name are still settled by the
 * domain. See docs/decisions/sign-ons-from-one-domain.md.
 */
export const MAX_DOMAIN_ORGANISATIONS = 20;

export interface CandidateMatch extends Comparison {
  organisation: Organisation;
  /** Which of the organisation's names (canonical or alias) compared best. */
  matchedName: string;
}

/**
 * Registry organisations that may be the one described by `facts`, each compared (on its
 * canonical name and every alias) with the similarity rules, best first. Candidates come from
 * the organisation_keys index; the registry is never scanned.
 */
export async function findCandidates(
  db: DbOrTx,
  facts: OrgFacts,
  opts: { limit?: number; distinctNames?: Set<string> } = {},
): Promise<CandidateMatch[]> {
  const found = await organisationsSharingKeys(db, blockingKeysForFacts(facts), {
    limit: opts.limit ?? MAX_CANDIDATES,
    budget: POSTINGS_BUDGET,
    maxPostings: MAX_POSTINGS,
    maxDomainOrganisations: MAX_DOMAIN_ORGANISATIONS,
  });
  const matches: CandidateMatch[] = [];
  for (const { organisation } of found) {
    let best: CandidateMatch | null = null;
    for (const name of namesOf(organisation)) {
      // A name a coordinator said is another organisation is never evidence.
      if (opts.distinctNames?.has(pairName(name))) continue;
      // The loose "worth a look" routes are for reviewing one list; a sign-on's look-up keeps to 5 ms.
      const c = compareOrganisations(facts, factsForName(organisation, name), { loose: false });
      if (!best || c.score > best.score || (c.same && !best.same)) best = { ...c, organisation, matchedName: name };
    }
    if (best) matches.push(best);
  }
  return matches.sort((x, y) => Number(y.same) - Number(x.same) || y.score - x.score);
}
