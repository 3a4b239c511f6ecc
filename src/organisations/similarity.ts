/**
 * Whether two signatories are the same organisation. Rules, not a learned
 * model: each "same" comes with a reason a coordinator can check before
 * merging, and each rule that keeps two names apart names the difference.
 */
import { countryCode, lookupLocation, nationalityCountry } from './countries.ts';
import { organisationEmailDomain, organisationWebsiteDomain } from './domains.ts';
import { conceptTokens, foldText, isRareToken, nameTokens, tokenClass } from './normalise.ts';
import { acronymsWrittenAsWords, analyseName, type NameAnalysis } from './name-analysis.ts';
import { NON_LATIN } from './transliterate.ts';
import { memoised } from '../shared/memo.ts';
import { compareTokens, countryWord, hasWord, levelOf, type NameResult, placeLike, sameMultiset, sameWords, tokensMatch } from './name-words.ts';
import { acronymContradicts, compareAcronymInside, compareAcronyms } from './name-acronyms.ts';
import { worthALook } from './worth-a-look.ts';

export interface OrgFacts {
  name: string;
  /** ISO code or a country name as written. */
  country?: string | null;
  website?: string | null;
  /** Domain of the contact e-mail, or the address itself. */
  emailDomain?: string | null;
}

/**
 * How sure a flag is: "likely" the same organisation (merged with one click), or "possible" —
 * worth a look by a person (a chapter or the organisation itself, a translation, a loose acronym).
 */
export const DUPLICATE_LEVELS = ['likely', 'possible'] as const;
export type DuplicateLevel = (typeof DUPLICATE_LEVELS)[number];

export interface Comparison {
  /** 0..1; pairs at or above 0.8 are treated as the same organisation. */
  score: number;
  /** The same organisation with high confidence: level "likely". */
  same: boolean;
  /** "likely", "possible", or null when the pair is not worth showing. */
  level: DuplicateLevel | null;
  reason: string;
  /**
   * Set when the names are the same but a place is written into one of them only ("X" / "X, Canada"),
   * which the rules leave to a person: the place, and whether it follows a comma, dash or bracket.
   */
  placeQuestion?: { place: string; separated: boolean };
}

function compareSegments(a: NameAnalysis, b: NameAnalysis): NameResult | null {
  const crossScript = NON_LATIN.test(a.original) !== NON_LATIN.test(b.original);
  for (const [parts, whole] of [
    [a.segments, b.tokens],
    [b.segments, a.tokens],
  ] as const) {
    if (!hasWord(whole)) continue;
    // "Human Rights Movement: Bir Duino-Kyrgyzstan" / "Бир Дуйно Кыргызстан": a part written in the other script.
    const heard = crossScript ? parts.find((segment) => segment.length >= 2 && segment.some(isRareToken) && compareTokens(segment, whole, true).same) : undefined;
    if (heard) return { score: 0.85, same: true, reason: 'one name is part of the other, written in another script' };
    // Exactly, or word for word in another language ("Union générale tunisienne du travail" / "Tunisian General Labour Union"),
    // or with the other name's place ("The Dutch Council for Refugees (VluchtelingenWerk Nederland)" / "VluchtelingenWerk Nederland (VWN)").
    const otherName = whole === b.tokens ? b : a;
    const wholeWithPlace = otherName.location ? [...whole, ...conceptTokens(nameTokens(otherName.location.text))] : whole;
    const part = parts.find((segment) => sameMultiset(segment, whole) || wordForWord(segment, whole) || (wholeWithPlace !== whole && sameMultiset(segment, wholeWithPlace)));
    // "Conselho Indigenista Missionário – Amazônia Ocidental": the other part is a region, so perhaps a regional office.
    const region = part && parts.find((x) => x !== part && x.length > 0 && x.every(placeLike));
    if (region) return { score: 0.75, same: false, possible: true, reason: `one name is part of the other, which adds the region "${region.join(' ')}"` };
    if (part) {
      return { score: 0.9, same: true, reason: 'one name is part of the other (before or after a dash, colon, slash or in brackets)' };
    }
  }
  for (const segA of a.segments) {
    for (const segB of b.segments) {
      if (!hasWord(segA) || !sameMultiset(segA, segB)) continue;
      // "IGTN - Asia" and "IGTN - Secretariat, Washington, DC": the same network, other parts of it.
      const restA = a.segments.filter((x) => x !== segA && !sameMultiset(x, segA));
      const restB = b.segments.filter((x) => x !== segB && !sameMultiset(x, segB));
      // "CENSAT" and "CENSAT Agua Viva" beside the same expansion: one other part inside the other is no difference.
      const inside = (x: string[], y: string[]) => x.some(isRareToken) && x.every((t) => y.includes(t));
      if (restA.length && restB.length && !restA.some((x) => restB.some((y) => sameMultiset(x, y) || inside(x, y) || inside(y, x)))) {
        return { score: 0.75, same: false, possible: true, reason: 'both names share a full part, but their other parts differ' };
      }
      return { score: 0.88, same: true, reason: 'both names share a full part' };
    }
  }
  for (const [parts, whole] of [
    [a.segments, b.tokens],
    [b.segments, a.tokens],
  ] as const) {
    if (!hasWord(whole)) continue;
    const close = parts.map((segment) => compareTokens(segment, whole)).find((r) => r.same);
    if (close) return { score: 0.8, same: false, possible: true, reason: `one name is close to a part of the other (${close.reason})` };
  }
  return null;
}

/** Every word of each name matched by a word of the other, as written, translated or as a cognate (no typos). */
function wordForWord(a: string[], b: string[]): boolean {
  if (a.length !== b.length || a.length < 2 || !a.some((t) => tokenClass(t) === 'distinctive')) return false;
  const used = new Set<number>();
  return a.every((t) => {
    const j = b.findIndex((u, k) => !used.has(k) && tokensMatch(t, u, false));
    if (j === -1) return false;
    used.add(j);
    return true;
  });
}

/** Compare names only; location and domain evidence are weighed by the caller. */
export function compareNames(nameA: string, nameB: string, opts: CompareOptions = {}): NameResult {
  const a = analyseName(nameA);
  const b = analyseName(nameB);
  if (a.compact && a.compact === b.compact) {
    return { score: 1, same: true, reason: 'same name once case, accents, punctuation, spacing and legal form are ignored', wholeNameEqual: true };
  }
  // One name in Cyrillic or Greek, the other in Latin letters: allow spellings by ear.
  const crossScript = NON_LATIN.test(nameA) !== NON_LATIN.test(nameB);
  // Round 5: a word one name writes in capitals, as its acronym, and the other as a word ("SOS Villaggi dei Bambini" /
  // "SOS VILLAGI DEI BAMBINI", "DAMJ for Justice…" / "Damj, l'Association…") is a word of both.
  const byTokens = compareTokens(
    [...a.tokens, ...acronymsWrittenAsWords(a, b)],
    [...b.tokens, ...acronymsWrittenAsWords(b, a)],
    crossScript,
    new Set([...a.coined, ...b.coined]),
  );
  if (byTokens.same && !acronymContradicts(a, b) && !acronymContradicts(b, a)) return byTokens;
  if (byTokens.same) {
    return {
      score: 0.7,
      same: false,
      possible: true,
      reason: `${byTokens.reason}, but the acronyms differ ("Internet Society (ISOC)" is not "Centre for Internet and Society")`,
    };
  }
  const byAcronyms = compareAcronyms(a, b) ?? compareAcronymInside(a, b);
  if (byAcronyms?.same) return byAcronyms;
  const bySegments = compareSegments(a, b);
  if (bySegments?.same) return bySegments;
  return [byAcronyms, bySegments, byTokens].find((r) => r?.possible) ?? (opts.loose === false ? null : worthALook(a, b)) ?? byTokens;
}

function effectiveCountry(facts: OrgFacts, analysis: NameAnalysis): { iso: string | null; fromName: boolean } {
  const given = facts.country ? countryCode(facts.country) : null;
  if (given) return { iso: given, fromName: false };
  return { iso: analysis.location?.iso ?? null, fromName: analysis.location !== null };
}

/**
 * A place written into one name only that says nothing the names do not: the other name has it
 * among its words ("Caribbean Assembly of Peoples, Caribbean" / "Asamblea de los Pueblos del Caribe",
 * "Réseau Foi et Justice Afrique-Europe"), or the name itself already gives the country ("Brazilian
 * Network … (REBRIP), Brazil"). Then the names are compared as if the place were a word of the name.
 */
function placeRestated(withPlace: NameAnalysis, other: NameAnalysis): NameResult | null {
  const location = withPlace.location;
  if (!location) return null;
  const placeTokens = conceptTokens(nameTokens(location.text));
  if (placeTokens.length && placeTokens.every((t) => other.tokens.includes(t))) {
    const names = compareTokens([...withPlace.tokens, ...placeTokens.filter((t) => !withPlace.tokens.includes(t))], other.tokens);
    return names.same ? { ...names, reason: `${names.reason} (the place "${location.text}" is in both names)` } : null;
  }
  // "Kenya Human Rights Comission" / "Kenyan Human Rights Commission": the other name says the country as a nationality.
  const nationality = location.kind === 'country' && location.iso ? other.tokens.find((t) => countryWord(t) === location.iso) : undefined;
  if (nationality) {
    const names = compareTokens([...withPlace.tokens, nationality], other.tokens);
    if (names.same) return { ...names, reason: `${names.reason} ("${location.text}" and "${nationality}" say the same country)` };
  }
  if (location.kind === 'country' && location.iso && withPlace.tokens.some((t) => countryWord(t) === location.iso)) {
    const names = compareNames(withPlace.original.replace(location.text, ' '), other.original);
    return names.same ? { ...names, reason: `${names.reason} (the name already says "${location.text}")` } : null;
  }
  return null;
}

/** Whether two signatories are the same organisation, with a score, a level and the reason. */
export interface CompareOptions {
  /**
   * The generous "worth a look" routes (loose acronyms, words alike, a name inside another; round 3).
   * On by default; the registry look-up on every sign-on turns them off to stay within its time budget.
   */
  loose?: boolean;
}

export function compareOrganisations(a: OrgFacts, b: OrgFacts, opts: CompareOptions = {}): Comparison {
  const analysisA = analyseName(a.name);
  const analysisB = analyseName(b.name);
  const names = compareNames(a.name, b.name, opts);
  const countryA = effectiveCountry(a, analysisA);
  const countryB = effectiveCountry(b, analysisB);
  const countriesDiffer = countryA.iso !== null && countryB.iso !== null && countryA.iso !== countryB.iso;
  const result = (score: number, level: DuplicateLevel | null, reason: string): Comparison => ({
    score: Math.round(score * 1000) / 1000,
    same: level === 'likely',
    level,
    reason,
  });

  const domainsA = [organisationWebsiteDomain(a.website), organisationEmailDomain(a.emailDomain)].filter(Boolean);
  const domainsB = new Set([organisationWebsiteDomain(b.website), organisationEmailDomain(b.emailDomain)].filter(Boolean));
  const sharedDomain = domainsA.find((d) => domainsB.has(d));
  if (sharedDomain) {
    if (countriesDiffer) return result(0.6, 'possible', `same domain ${sharedDomain} but different countries (national sections?)`);
    return result(Math.max(0.95, names.score), 'likely', `same domain ${sharedDomain}`);
  }
  // Identical names in two countries are national chapters more often than typing slips.
  const wordCountryDiffers = names.addedCountry !== undefined && [countryA.iso, countryB.iso].some((c) => c !== null && c !== names.addedCountry);
  // "Ligue Togolaise …" / "Ligue Tunisienne …": each name says its own country, and they are not the same one.
  const ownA = countriesInName(analysisA);
  const ownB = countriesInName(analysisB);
  const namedCountriesDiffer = ownA.size > 0 && ownB.size > 0 && ![...ownA].some((c) => ownB.has(c));
  if (namedCountriesDiffer && !countriesDiffer && !wordCountryDiffers) {
    return result(Math.min(names.score, 0.5), names.same || names.possible ? 'possible' : null, `${names.reason}, but the names say different countries (${[...ownA].join(', ')} vs ${[...ownB].join(', ')})`);
  }
  if (countriesDiffer || wordCountryDiffers) {
    if (!countriesDiffer) return result(Math.min(names.score, 0.5), null, `different countries (${names.addedCountry} written in one name)`);
    return result(Math.min(names.score, 0.5), null, `different countries (${countryA.iso} vs ${countryB.iso})`);
  }
  // Round 5: "ILGA-Europe" / "ILGA World", "ILGA-Asia" / "ILGA-Europe": each name says its own region. A person looks.
  const regionA = analysisA.location;
  const regionB = analysisB.location;
  if (names.same && regionA && regionB && (regionA.iso === null || regionB.iso === null) && foldText(regionA.text) !== foldText(regionB.text)) {
    return result(Math.min(names.score, 0.7), 'possible', `${names.reason}, but one says "${regionA.text}" and the other "${regionB.text}"`);
  }
  if ((names.same || names.possible) && !names.wholeNameEqual) {
    // "Amnesty International Sénégal" / "Amnesty Sénégal": the same place in both, and only a scope word apart.
    const samePlace = analysisA.location && analysisB.location && analysisA.location.iso !== null && analysisA.location.iso === analysisB.location.iso;
    if (samePlace && !names.same && onlyScopeWordsApart(analysisA.tokens, analysisB.tokens)) {
      return result(0.85, 'likely', `${names.reason}, and both say "${analysisA.location!.text}"`);
    }
    // "LEAP" vs "LEAP UK", "Students for Sensible Drug Policy" vs "…, Sierra Leone", "IGTN" vs "IGTN - Asia":
    // a country or region written into one name only may be a chapter or the organisation itself,
    // unless the other organisation is known to be in that country. A person decides.
    const locA = analysisA.location;
    const locB = analysisB.location;
    // …unless the other name says that country as a word ("… branche togolaise (ACAT-TOGO)" / "ACAT-Togo").
    const oneSided = (loc: typeof locA, otherLoc: typeof locA, otherCountry: string | null) =>
      loc !== null && !otherLoc && (loc.kind !== 'country' || otherCountry === null);
    const [withPlace, other] = locA ? [analysisA, analysisB] : [analysisB, analysisA];
    // The other name's acronym spells the country too ("MUCD" for "México Unido Contra la Delincuencia"): it is part of the name.
    const placeSpelled = [...other.acronyms, other.shortForm ?? ''].some((x) => withPlace.placeInitials.includes(x));
    if (!placeSpelled && (oneSided(locA, locB, countryB.iso) || oneSided(locB, locA, countryA.iso))) {
      const restated = placeRestated(withPlace, other);
      if (restated) return result(restated.score, levelOf(restated), restated.reason);
      const place = (locA ?? locB)!.text;
      const iso = (locA ?? locB)!.iso;
      if (iso && (locA ? ownB : ownA).has(iso)) return result(names.score, levelOf(names), `${names.reason} (both names say "${place}")`);
      if (names.generic) return result(0.5, null, `${names.reason}, and one adds "${place}"`);
      const flagged = result(0.75, 'possible', `${names.reason}, but one adds "${place}" (a national chapter or branch?)`);
      if (!names.same) return flagged;
      const escaped = place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const separated = new RegExp(`(?:[,(/–—]|\\s-)\\s*(?:the\\s+)?${escaped}`, 'iu').test(withPlace.original);
      return { ...flagged, placeQuestion: { place, separated } };
    }
  }
  return result(names.score, levelOf(names), names.reason);
}

/** The countries a name says: its place, and nationality words among its words ("Kenyan", "Togolaise"). */
function countriesInName(x: NameAnalysis): Set<string> {
  return countriesOfName(x.original);
}

const countriesOfName = memoised(200_000, (name: string): Set<string> => {
  const x = analyseName(name);
  const found = new Set<string>();
  if (x.location?.kind === 'country' && x.location.iso) found.add(x.location.iso);
  for (const w of [...x.tokens, ...x.words]) {
    // A plural of a place word ("Islands" of "Marshall Islands") is no nationality ("Island" is Iceland in German).
    if (w.endsWith('s') && lookupLocation(w.slice(0, -1))) continue;
    // Round 5: a country named inside the name too ("Family Planning Association of Pakistan (FPAP)").
    const iso = nationalityCountry(w) ?? (w.length >= 4 ? countryCodeOfWord(w) : null);
    if (iso) found.add(iso);
  }
  return found;
});

/** A word that is a country's name ("pakistan", "philippines"), not a region or a city. */
function countryCodeOfWord(w: string): string | null {
  const place = lookupLocation(w);
  return place?.kind === 'country' ? place.iso : null;
}

/** The two names' words are the same apart from scope words ("International", "Global") on one side. */
function onlyScopeWordsApart(a: string[], b: string[]): boolean {
  const strip = (xs: string[]) => xs.filter((t) => tokenClass(t) !== 'qualifier');
  const [sa, sb] = [strip(a), strip(b)];
  return sa.length >= 1 && sa.some((t) => tokenClass(t) === 'distinctive') && sameWords(sa, sb) && (sa.length < a.length) !== (sb.length < b.length);
}
