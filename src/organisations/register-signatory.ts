import { sql } from 'kysely';
import { emailDomainsOf } from '../contacts/contact.repository.ts';
import type { DbOrTx } from '../db/database.ts';
import { ACTIVE_STATES } from '../signatures/signature.ts';
import { organisationEmailDomain, organisationWebsiteDomain } from './domains.ts';
import { flaggedWith, insertDuplicateFlags, type NewDuplicateFlag } from './duplicate-flag.repository.ts';
import { findCandidates, type CandidateMatch } from './find-candidates.ts';
import { pairName, type Organisation } from './organisation.ts';
import { distinctNamesOf, fillOrganisationGaps, insertOrganisation, linkSignature } from './organisation.repository.ts';
import { compareOrganisations, type OrgFacts } from './similarity.ts';

export interface SignatoryFacts {
  name: string;
  country: string | null;
  type?: string | null;
  website: string | null;
  contactEmail: string | null;
}

export interface RegisterResult {
  organisationId: string;
  /** Whether the organisation was already in the registry (signed before, or known by an alias). */
  recognised: boolean;
  /** Duplicates flagged in the statement by this signature (likely and possible). */
  flagged: number;
  /** Of those, the likely ones. */
  flaggedLikely: number;
  /** How many of the statement's earlier signatures it was compared with (bounded, see below). */
  compared: number;
}

/**
 * A new signature is compared with at most this many signatures of each candidate organisation in
 * its statement: that organisation's earliest. Without it, sign-ons that are all one registry
 * organisation (many branches on one email domain, or a flood from one domain: "same domain" makes
 * them one) each met every earlier one, and the statement's flags grew as the square of their
 * number. Merging moves a merged signature's flags to the one kept, so flags with the earliest
 * few still gather the whole group (docs/decisions/sign-ons-from-one-domain.md).
 */
export const COMPARED_PER_ORGANISATION = 10;
/** And with at most this many signatures in all. */
export const MAX_COMPARED = 200;

const toFacts = (f: SignatoryFacts): OrgFacts => ({ name: f.name, country: f.country, website: f.website, emailDomain: f.contactEmail });

/** A new registry organisation made from one signatory's facts. */
export function createOrganisationFor(db: DbOrTx, f: SignatoryFacts, now: Date): Promise<Organisation> {
  return insertOrganisation(db, {
    name: f.name,
    country: f.country,
    type: f.type ?? null,
    websiteDomain: organisationWebsiteDomain(f.website),
    emailDomain: organisationEmailDomain(f.contactEmail),
    now,
  });
}

/**
 * Places a newly arrived signatory in the registry and flags duplicates in its statement, each
 * "likely" or "possible". Only a likely match links the signature to an existing registry
 * organisation: a possible one is for a person to judge, so the registry never drifts on it.
 * Finds the organisation among registry candidates (names and aliases, same website or mail
 * domain) or creates it, links the signature to it, then compares the signatory with the
 * statement's other live signatures that belong to any candidate organisation (the earliest
 * COMPARED_PER_ORGANISATION of each, MAX_COMPARED in all). Pairs a
 * coordinator called "not the same" are neither matched nor flagged. Runs inside the caller's
 * transaction and writes nothing the signatory can observe.
 */
export async function registerSignatory(
  db: DbOrTx,
  opts: SignatoryFacts & { signatureId: string; statementId: string; now: Date },
): Promise<RegisterResult> {
  const facts = toFacts(opts);
  const distinct = await distinctNamesOf(db, pairName(opts.name));
  const candidates = await findCandidates(db, facts, { distinctNames: distinct });
  const match: CandidateMatch | undefined = candidates.find((c) => c.same);

  let organisation: Organisation;
  if (match) {
    organisation = match.organisation;
    await fillOrganisationGaps(db, organisation, {
      country: opts.country,
      type: opts.type ?? null,
      websiteDomain: organisationWebsiteDomain(opts.website),
      emailDomain: organisationEmailDomain(opts.contactEmail),
      now: opts.now,
    });
  } else {
    organisation = await createOrganisationFor(db, opts, opts.now);
  }
  await linkSignature(db, opts.signatureId, organisation.id);

  const organisationIds = [...new Set([organisation.id, ...candidates.map((c) => c.organisation.id)])];
  // Each candidate organisation's earliest signatures in the statement, numbered by a window.
  const ranked = db
    .selectFrom('signatures')
    .select(['signatures.id', 'signatures.name', 'signatures.country', 'signatures.website', 'signatures.organisation_id', 'signatures.created_at'])
    .select(sql<number>`row_number() over (partition by signatures.organisation_id order by signatures.created_at, signatures.id)`.as('place'))
    .where('signatures.statement_id', '=', opts.statementId)
    .where('signatures.id', '!=', opts.signatureId)
    .where('signatures.state', 'in', [...ACTIVE_STATES])
    .where('signatures.organisation_id', 'in', organisationIds)
    .as('ranked');
  const others = await db
    .selectFrom(ranked)
    .select(['ranked.id', 'ranked.name', 'ranked.country', 'ranked.website', 'ranked.organisation_id'])
    .where('ranked.place', '<=', COMPARED_PER_ORGANISATION)
    .orderBy('ranked.created_at')
    .orderBy('ranked.id')
    .limit(MAX_COMPARED)
    .execute();

  const domains = await emailDomainsOf(db, others.map((o) => o.id));
  const found: NewDuplicateFlag[] = [];
  for (const other of others) {
    if (distinct.has(pairName(other.name))) continue;
    let verdict = compareOrganisations(facts, { name: other.name, country: other.country, website: other.website, emailDomain: domains.get(other.id) ?? null });
    if (!verdict.same && match && other.organisation_id === organisation.id) {
      // Both are one registry organisation, e.g. one under an alias recorded by an earlier merge.
      verdict = { score: match.score, same: true, level: 'likely', reason: `both are "${organisation.name}" in the registry (${match.reason})` };
    }
    if (verdict.level === null) continue;
    found.push({ statementId: opts.statementId, older: other.id, newer: opts.signatureId, score: verdict.score, level: verdict.level, reason: verdict.reason, now: opts.now });
  }
  const already = await flaggedWith(db, opts.signatureId, found.map((f) => f.older));
  const fresh = found.filter((f) => !already.has(f.older));
  await insertDuplicateFlags(db, fresh);
  const flaggedLikely = fresh.filter((f) => f.level === 'likely').length;
  return { organisationId: organisation.id, recognised: match !== undefined, flagged: fresh.length, flaggedLikely, compared: others.length };
}
