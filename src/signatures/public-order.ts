/** One line of the public list. */
export interface PublicSignatory {
  /** Internal: lets an edition remember who it lists; never serialised publicly. */
  signatureId: string;
  number: number;
  name: string;
  country: string | null;
  international: boolean;
  type: string | null;
  initiator: boolean;
}

export interface ListCandidate {
  id: string;
  name: string;
  type: string | null;
  country: string | null;
  international?: boolean;
  initiator: boolean;
  confidential: boolean;
  createdAt: Date;
}

/**
 * The published order: initiators first in the order they were added, then everyone else by
 * the statement language's collation (ties by arrival). Confidential signatories are counted
 * but not named.
 */
export function publicOrder(candidates: readonly ListCandidate[], language: string): { list: PublicSignatory[]; confidentialCount: number } {
  const collator = new Intl.Collator(language);
  const named = candidates.filter((c) => !c.confidential);
  const byArrival = (a: ListCandidate, b: ListCandidate) => a.createdAt.getTime() - b.createdAt.getTime();
  const initiators = named.filter((c) => c.initiator).sort(byArrival);
  const others = named.filter((c) => !c.initiator).sort((a, b) => collator.compare(a.name, b.name) || byArrival(a, b));
  const list = [...initiators, ...others].map((c, i) => ({ signatureId: c.id, number: i + 1, name: c.name, country: c.country, international: c.international ?? false, type: c.type, initiator: c.initiator }));
  return { list, confidentialCount: candidates.length - named.length };
}
