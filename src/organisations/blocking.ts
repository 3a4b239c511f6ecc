/**
 * Keys for finding duplicate candidates through an index instead of
 * comparing a new name with every organisation in the registry. The database
 * stores one row per (organisation, key); a new name is compared only with
 * organisations that share a key with it.
 */
import { organisationEmailDomain, organisationWebsiteDomain } from './domains.ts';
import { normaliseName, tokenClass } from './normalise.ts';
import { analyseName } from './name-analysis.ts';
import type { OrgFacts } from './similarity.ts';

/** Character trigrams of the normalised name, padded at word edges (as pg_trgm does). */
export function trigrams(name: string): string[] {
  const grams = new Set<string>();
  for (const token of normaliseName(name).split(' ').filter(Boolean)) {
    const padded = `  ${token} `;
    for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  }
  return [...grams];
}

/**
 * Blocking keys of a name, prefixed by kind:
 * - `n:` the normalised words, sorted (same name written differently),
 * - `c:` the name without spaces ("InternetBolivia" / "Internet Bolivia"),
 * - `a:` an acronym written in the name, or the initials of a long name,
 * - `w:` each distinctive word (catches partial names, word order, another word misspelt),
 * - `s:` each long word's first five letters (catches a typo late in the word).
 */
export function blockingKeys(name: string): string[] {
  const analysis = analyseName(name);
  const keys = new Set<string>();
  if (analysis.tokens.length) keys.add(`n:${[...analysis.tokens].sort().join(' ')}`);
  if (analysis.compact) keys.add(`c:${analysis.compact}`);
  for (const acronym of analysis.acronyms) keys.add(`a:${acronym}`);
  if (analysis.shortForm) keys.add(`a:${analysis.shortForm}`);
  // "OKFN" / "Open Knowledge Foundation" (OKF): an acronym is also found by its letters but the last.
  if (analysis.acronymOnly && analysis.acronymOnly.length >= 4) keys.add(`a:${analysis.acronymOnly.slice(0, -1)}`);
  if (analysis.tokens.length >= 3) for (const initials of analysis.initials) if (initials.length >= 3) keys.add(`a:${initials}`);
  // "MUCD" / "México Unido Contra la Delincuencia": initials taking in a country written into the name.
  for (const initials of analysis.placeInitials) if (initials.length >= 4) keys.add(`a:${initials}`);
  // "IUF" for "International Union of Food, Agricultural, Hotel…": long names are also found by their first initials.
  if (analysis.tokens.length >= 5) for (const initials of analysis.initials) if (initials.length >= 5) keys.add(`a:${initials.slice(0, 3)}`);
  const distinctive = analysis.tokens.filter((t) => tokenClass(t) !== 'type');
  for (const token of distinctive) {
    keys.add(`w:${token}`);
    if (token.length >= 7) keys.add(`s:${token.slice(0, 5)}`);
  }
  for (const segment of analysis.segments) if (segment.length) keys.add(`n:${[...segment].sort().join(' ')}`);
  return [...keys];
}

/** Blocking keys of a signatory's name plus its website and e-mail domains (`d:`). */
export function blockingKeysForFacts(facts: OrgFacts): string[] {
  const keys = blockingKeys(facts.name);
  for (const domain of [organisationWebsiteDomain(facts.website), organisationEmailDomain(facts.emailDomain)]) {
    if (domain) keys.push(`d:${domain}`);
  }
  return keys;
}
