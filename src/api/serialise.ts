import type { CurrentList } from '../publishing/current-list.ts';
import type { Signature } from '../signatures/signature.ts';
import type { ManagedSignature } from '../signatures/manage-signature.ts';
import type { StatementVersion } from '../statements/statement-version.repository.ts';
import { headlineText, type Statement } from '../statements/statement.ts';
import { authoritativeLanguage, withText, type StatementText, type StatementTranslation } from '../statements/translation.ts';

/** Statement fields anyone may see. */
export function statementJson(s: Statement) {
  return {
    slug: s.slug,
    title: s.title,
    language: s.language,
    status: s.state,
    authoritative_language: authoritativeLanguage(s),
    headline: headlineText(s, s.approvedCount),
    count: s.approvedCount,
    text_version: s.textVersion,
    allow_individuals: s.allowIndividuals,
    show_verified: s.showVerified,
    opens_at: s.opensAt?.toISOString() ?? null,
    closes_at: s.closesAt?.toISOString() ?? null,
  };
}

/**
 * The public view in the language served (`language`; the original is `original_language`):
 * approved signatories only, in published order, never contact data.
 */
export function publicStatementJson(s: Statement, list: CurrentList, text: StatementText, bodyHtml: string) {
  // `country: null` with `international: true` for an international or regional organisation; both absent of meaning when the list gave no country.
  // `verified: true` only when the statement shows the mark and the organisation is verified.
  const entry = (e: { signatureId: string; number: number; name: string; country: string | null; international?: boolean }) => {
    const base = { number: e.number, name: e.name, country: e.country, international: e.international ?? false };
    return list.verified.has(e.signatureId) ? { ...base, verified: true } : base;
  };
  return {
    ...statementJson(withText(s, text)),
    original_language: s.language,
    authoritative_language: text.authoritativeLanguage,
    translated: text.translated,
    languages: text.available,
    place_and_date: text.placeAndDate,
    body_html: bodyHtml,
    signatories: [...list.signatories, ...list.addendum].map(entry),
    confidential_count: list.confidentialCount,
    individuals: list.individuals.map((e) => ({ number: e.number, name: e.name, affiliation: e.affiliation })),
    edition: list.edition ? { number: list.edition.number, published_at: list.edition.publishedAt?.toISOString() ?? null, count: list.edition.count } : null,
    signed_after_publication: list.addendum.length,
  };
}

/** A kept text version with how many signatures were given on it (coordinators). */
export function versionJson(v: StatementVersion, signatures: number) {
  return { version: v.version, created_at: v.createdAt.toISOString(), material: v.material, title: v.title, headline: v.headline, body: v.body, signatures };
}

/** A translation as coordinators manage it. */
export function translationJson(t: StatementTranslation) {
  return {
    language: t.language,
    title: t.title,
    headline: t.headline,
    body: t.body,
    place_and_date: t.placeAndDate,
    ready: t.ready,
    updated_at: t.updatedAt.toISOString(),
  };
}

/** For coordinators only. */
export function signatureJson(s: Signature & { contact?: { name: string; email: string } | null }) {
  return {
    id: s.id,
    name: s.name,
    country: s.country,
    international: s.international,
    type: s.type,
    website: s.website,
    kind: s.kind,
    affiliation: s.affiliation,
    status: s.state,
    initiator: s.initiator,
    confidential: s.confidential,
    source: s.source,
    language: s.language,
    text_version: s.textVersion,
    pending_correction: s.pendingCorrection,
    verified: s.verified,
    verified_by: s.verifiedBy,
    created_at: s.createdAt.toISOString(),
    confirmed_at: s.confirmedAt?.toISOString() ?? null,
    decided_at: s.decidedAt?.toISOString() ?? null,
    ...(s.contact !== undefined ? { contact: s.contact } : {}),
  };
}

/** What a signatory sees of their own signature through the manage link; never the contact. */
export function managedJson(v: ManagedSignature) {
  const s = v.signature;
  return {
    statement: { slug: v.statement.slug, title: v.title },
    status: s.state,
    name: s.name,
    country: s.country,
    international: s.international,
    type: s.type,
    website: s.website,
    confidential: s.confidential,
    pending_correction: s.pendingCorrection,
  };
}
