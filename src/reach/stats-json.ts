import type { PartnerLink } from './partner-link.ts';
import { partnerUrl } from './partner-link.ts';
import type { StatementStats, Tally } from './statement-stats.ts';

// `count` is approved signatories (what the published list will count); `signed` every sign-on
// in any state but merged, so a partner sees both what came in and what was kept.
const tally = (t: Tally) => ({ count: t.approved, signed: t.signed, approved: t.approved });

/** The dashboard's figures as the API answers them (README: GET /api/v1/statements/:slug/stats). */
export function statsJson(s: StatementStats) {
  return {
    totals: { signed: s.totals.signed, approved: s.totals.approved, by_state: s.totals.byState },
    backlog: { confirmed: s.totals.byState.confirmed, unconfirmed: s.totals.byState.unconfirmed },
    by_day: s.byDay.map((d) => ({
      date: d.date,
      signed: d.signed,
      approved: d.approved,
      confirmed: d.byState.confirmed,
      unconfirmed: d.byState.unconfirmed,
      rejected: d.byState.rejected,
      withdrawn: d.byState.withdrawn,
    })),
    by_country: s.byCountry.map((r) => ({ country: r.country, ...tally(r) })),
    by_region: s.byRegion.map((r) => ({ region: r.region, ...tally(r) })),
    by_type: s.byType.map((r) => ({ type: r.type, ...tally(r) })),
    by_language: s.byLanguage.map((r) => ({ language: r.language, ...tally(r) })),
    by_text_version: s.byTextVersion.map((r) => ({ version: r.version, ...tally(r) })),
    by_referrer: s.byReferrer.map((r) => ({ code: r.code, name: r.name, ...tally(r) })),
  };
}

export const partnerLinkJson = (l: PartnerLink, publicUrl: string, slug: string) => ({
  code: l.code,
  name: l.name,
  url: partnerUrl(publicUrl, slug, l.code),
  created_at: l.createdAt.toISOString(),
});
