import { sql } from 'kysely';
import type { DbOrTx } from '../db/database.ts';
import { SIGNATURE_STATES, type SignatureState } from '../signatures/signature.ts';
import { listPartnerLinks } from './partner-link.repository.ts';
import { regionOf } from './regions.ts';

/** How many sign-ons (every state but merged) and how many of them are approved. */
export interface Tally {
  signed: number;
  approved: number;
  byState: Record<SignatureState, number>;
}

export interface DayTally extends Tally {
  /** YYYY-MM-DD, UTC, the day the sign-on arrived. */
  date: string;
}

export interface StatementStats {
  totals: Tally;
  byDay: DayTally[];
  byCountry: (Tally & { country: string | null })[];
  /** Continents as UN M49 codes ("002" Africa); null for no country. */
  byRegion: (Tally & { region: string | null })[];
  byType: (Tally & { type: string | null })[];
  byLanguage: (Tally & { language: string | null })[];
  byTextVersion: (Tally & { version: number })[];
  /** Every partner link of the statement (with nought when none came through it), then sign-ons without one (code null). */
  byReferrer: (Tally & { code: string | null; name: string | null })[];
}

const emptyTally = (): Tally => ({ signed: 0, approved: 0, byState: Object.fromEntries(SIGNATURE_STATES.map((s) => [s, 0])) as Record<SignatureState, number> });

function add(t: Tally, state: string, n: number) {
  if (!(SIGNATURE_STATES as readonly string[]).includes(state)) return;
  t.byState[state as SignatureState] += n;
  if (state !== 'merged') t.signed += n;
  if (state === 'approved') t.approved += n;
}

/** Most approved first, then most sign-ons, then by key: the order bars and tables show. */
const byWeight = <T extends Tally>(rows: T[], key: (r: T) => string) =>
  rows.sort((a, b) => b.approved - a.approved || b.signed - a.signed || key(a).localeCompare(key(b)));

/**
 * A statement's figures for its coordinators: a handful of GROUP BY queries over its signatures
 * (each one pass over the statement's rows on its index), folded into tallies here. The same
 * SQL runs on SQLite and PostgreSQL: `substr` of the ISO timestamp is the UTC day on both.
 */
export async function statementStats(db: DbOrTx, statementId: string): Promise<StatementStats> {
  const grouped = <C extends 'country' | 'org_type' | 'language' | 'text_version' | 'partner_link_id'>(column: C) =>
    db
      .selectFrom('signatures')
      .select([column, 'state'])
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('statement_id', '=', statementId)
      .groupBy([column, 'state'])
      .execute();
  const day = sql<string>`substr(created_at, 1, 10)`;
  const [days, countries, types, languages, versions, referrers, links] = await Promise.all([
    db
      .selectFrom('signatures')
      .select([day.as('day'), 'state'])
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('statement_id', '=', statementId)
      .groupBy([day, 'state'])
      .execute(),
    grouped('country'),
    grouped('org_type'),
    grouped('language'),
    grouped('text_version'),
    grouped('partner_link_id'),
    listPartnerLinks(db, statementId),
  ]);

  const fold = <K>(rows: { state: string; n: string | number }[], keyOf: (r: any) => K) => {
    const m = new Map<K, Tally>();
    for (const r of rows) {
      const k = keyOf(r);
      let t = m.get(k);
      if (!t) m.set(k, (t = emptyTally()));
      add(t, r.state, Number(r.n));
    }
    return m;
  };

  const totals = emptyTally();
  const byDay = [...fold(days, (r) => String(r.day)).entries()]
    .map(([date, t]) => ({ date, ...t }))
    .sort((a, b) => a.date.localeCompare(b.date));
  for (const d of byDay) for (const s of SIGNATURE_STATES) add(totals, s, d.byState[s]);

  const countryTallies = fold(countries, (r) => (r.country as string | null) ?? null);
  const byCountry = byWeight([...countryTallies.entries()].map(([country, t]) => ({ country, ...t })), (r) => r.country ?? '~');
  const regions = new Map<string | null, Tally>();
  for (const [country, t] of countryTallies) {
    const region = regionOf(country);
    let r = regions.get(region);
    if (!r) regions.set(region, (r = emptyTally()));
    for (const s of SIGNATURE_STATES) add(r, s, t.byState[s]);
  }
  const byRegion = byWeight([...regions.entries()].map(([region, t]) => ({ region, ...t })), (r) => r.region ?? '~');
  const byType = byWeight([...fold(types, (r) => (r.org_type as string | null) ?? null).entries()].map(([type, t]) => ({ type, ...t })), (r) => r.type ?? '~');
  const byLanguage = byWeight([...fold(languages, (r) => (r.language as string | null) ?? null).entries()].map(([language, t]) => ({ language, ...t })), (r) => r.language ?? '~');
  const byTextVersion = [...fold(versions, (r) => Number(r.text_version)).entries()].map(([version, t]) => ({ version, ...t })).sort((a, b) => a.version - b.version);

  const referred = fold(referrers, (r) => (r.partner_link_id as string | null) ?? null);
  const byReferrer: StatementStats['byReferrer'] = byWeight(
    links.map((l) => ({ code: l.code, name: l.name, ...(referred.get(l.id) ?? emptyTally()) })),
    (r) => r.code ?? '',
  );
  const direct = referred.get(null);
  if (direct) byReferrer.push({ code: null, name: null, ...direct });
  return { totals, byDay, byCountry, byRegion, byType, byLanguage, byTextVersion, byReferrer };
}

/** Running totals of sign-ons and approved signatories, day by day. */
export function cumulative(byDay: readonly DayTally[]): { date: string; signed: number; approved: number }[] {
  let signed = 0;
  let approved = 0;
  return byDay.map((d) => ({ date: d.date, signed: (signed += d.signed), approved: (approved += d.approved) }));
}
