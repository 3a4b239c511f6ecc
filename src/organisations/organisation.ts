import { blockingKeys } from './blocking.ts';
import { normaliseName } from './normalise.ts';
import { identityName } from '../signatures/signature-input.ts';
import type { OrgFacts } from './similarity.ts';

/** One real organisation on the instance, across statements: a canonical name and the other names it is known by. */
export interface Organisation {
  id: string;
  name: string;
  aliases: string[];
  country: string | null;
  type: string | null;
  /** Registrable domain of its website ("hri.global"), never a shared host's. */
  websiteDomain: string | null;
  /** Its own mail domain, never a free-mail provider's. */
  emailDomain: string | null;
  createdAt: Date;
}

/** Every name an organisation is known by, canonical first. */
export const namesOf = (o: Organisation): string[] => [o.name, ...o.aliases];

/** What the similarity rules know about one of an organisation's names. */
export const factsForName = (o: Organisation, name: string): OrgFacts => ({
  name,
  country: o.country,
  website: o.websiteDomain,
  emailDomain: o.emailDomain,
});

/**
 * The version of the rules behind `blockingKeys` (normalise.ts, lexicon.ts, blocking.ts). Raise it
 * whenever a change gives a name other keys: each organisation stores the version its keys were
 * built with, and the registry re-key job (rekey-registry.ts) rebuilds every older one, so names
 * keyed under the old rules are found under the new ones.
 * 1: issue 13, first round (concept tokens, initials keys). 2: issue 13, second round (lexicon
 * additions, countries in their own languages, acronym-but-last-letter keys). 3: issue 13, third
 * round (kinds of body and lexicon words with a slip, words cut short with a full stop, a country
 * before a legal form or misspelt at the end, "PEN South Africa" not read as an acronym and a place).
 * 5: round 5 (the lexicon in more languages, irregular nationality words, French plurals in -aux,
 * spaced legal forms, two slips from a lexicon word only after the same first three letters).
 */
export const KEYS_VERSION = 5;

/**
 * The blocking keys stored for an organisation: the keys of each of its names and its domains.
 * One table row per (key, organisation), so a lookup reads an index, never the registry.
 */
export function registryKeys(o: { names: string[]; websiteDomain: string | null; emailDomain: string | null }): string[] {
  const keys = new Set<string>();
  for (const name of o.names) for (const key of blockingKeys(name)) keys.add(key);
  for (const domain of [o.websiteDomain, o.emailDomain]) if (domain) keys.add(`d:${domain}`);
  return [...keys];
}

/**
 * How a name is remembered in "not the same" pairs: its content words once spelling noise is
 * removed, so "LEAP" / "LEAP UK" stays dismissed however either is typed next time.
 */
export function pairName(name: string): string {
  return normaliseName(name) || identityName(name);
}

/** The two names of a pair in a fixed order, as distinct_pairs stores them. */
export function orderedPair(nameA: string, nameB: string): [string, string] {
  const a = pairName(nameA);
  const b = pairName(nameB);
  return a <= b ? [a, b] : [b, a];
}
