import type { CurrentList } from '../publishing/current-list.ts';
import type { Signature } from '../signatures/signature.ts';
import { headlineText, type Statement } from '../statements/statement.ts';

/** Statement fields anyone may see. */
export function statementJson(s: Statement) {
  return {
    slug: s.slug,
    title: s.title,
    language: s.language,
    status: s.state,
    headline: headlineText(s, s.approvedCount),
    count: s.approvedCount,
    opens_at: s.opensAt?.toISOString() ?? null,
    closes_at: s.closesAt?.toISOString() ?? null,
  };
}

/** The public view: approved signatories only, in published order, never contact data. */
export function publicStatementJson(s: Statement, list: CurrentList) {
  const entry = (e: { number: number; name: string; country: string | null }) => ({ number: e.number, name: e.name, country: e.country });
  return {
    ...statementJson(s),
    signatories: [...list.signatories, ...list.addendum].map(entry),
    confidential_count: list.confidentialCount,
    edition: list.edition ? { number: list.edition.number, published_at: list.edition.publishedAt?.toISOString() ?? null, count: list.edition.count } : null,
    signed_after_publication: list.addendum.length,
  };
}

/** For coordinators only. */
export function signatureJson(s: Signature & { contact?: { name: string; email: string } | null }) {
  return {
    id: s.id,
    name: s.name,
    country: s.country,
    type: s.type,
    website: s.website,
    status: s.state,
    initiator: s.initiator,
    confidential: s.confidential,
    source: s.source,
    created_at: s.createdAt.toISOString(),
    confirmed_at: s.confirmedAt?.toISOString() ?? null,
    decided_at: s.decidedAt?.toISOString() ?? null,
    ...(s.contact !== undefined ? { contact: s.contact } : {}),
  };
}
