import type { ColumnType, Generated } from 'kysely';
import type { CoordinatorsTable, StatementRolesTable, InvitationsTable, ApiTokensTable, SessionsTable, RecoveryCodesTable, OneTimeLinksTable } from './schema-accounts.ts';
import type { OrganisationsTable, OrganisationAliasesTable, OrganisationKeysTable, OrganisationKeyCountsTable, DuplicateFlagsTable, DistinctPairsTable, PendingImportsTable } from './schema-organisations.ts';
import type { PartnerInvitationsTable, PartnerInvitationLinksTable, MailUnsubscribesTable, AddresseesTable, DeliveriesTable, DeliveryMessagesTable, AddresseeResponsesTable, PartnerLinksTable } from './schema-reach.ts';
import type { SignOnOriginsTable, UsedChallengesTable, InstanceSecretsTable } from './schema-abuse.ts';

export type { CoordinatorsTable, StatementRolesTable, InvitationsTable, ApiTokensTable, SessionsTable, RecoveryCodesTable, OneTimeLinksTable } from './schema-accounts.ts';
export type { OrganisationsTable, OrganisationAliasesTable, OrganisationKeysTable, OrganisationKeyCountsTable, DuplicateFlagsTable, DistinctPairsTable, PendingImportsTable } from './schema-organisations.ts';
export type { PartnerInvitationsTable, PartnerInvitationLinksTable, MailUnsubscribesTable, AddresseesTable, DeliveriesTable, DeliveryMessagesTable, AddresseeResponsesTable, PartnerLinksTable } from './schema-reach.ts';
export type { SignOnOriginsTable, UsedChallengesTable, InstanceSecretsTable } from './schema-abuse.ts';

/**
 * Row types as stored. Timestamps are ISO-8601 UTC text and flags are 0/1 integers on both
 * SQLite and PostgreSQL (docs/decisions/0002-portable-columns.md); repositories convert rows
 * to domain types, so nothing outside a repository sees these.
 */

export interface StatementsTable {
  id: string;
  slug: string;
  language: string;
  title: string;
  body: string;
  headline: string | null;
  headline_rounding: number | null;
  place_and_date: string | null;
  authoritative_language: string | null;
  state: string;
  opens_at: string | null;
  closes_at: string | null;
  text_version: number;
  /** 1 when individuals may sign besides organisations (listed and counted apart). */
  allow_individuals: number;
  /** 1 when the statement's viewers may read contact data (names and emails of contacts). */
  viewers_see_contacts: number;
  /** 1 when an edition prepared by one coordinator must be released by a second. */
  two_person_publishing: number;
  /** 1 when the public list shows a mark beside verified organisations. */
  show_verified: Generated<number>;
  approved_count: number;
  list_version: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface SignaturesTable {
  id: string;
  statement_id: string;
  organisation_id: string | null;
  kind: string;
  name: string;
  country: string | null;
  /** 1: an international or regional organisation (no country by choice, not by omission). */
  international: number;
  org_type: string | null;
  website: string | null;
  state: string;
  initiator: number;
  confidential: number;
  source: string;
  text_version: number;
  identity_key: string | null;
  confirm_token_hash: string | null;
  merged_into: string | null;
  /** The language of the text the signatory read and signed. */
  language: string | null;
  /** An individual's organisation or role, as they gave it; null for organisations. */
  affiliation: string | null;
  /** JSON of the facts a signatory asked to correct on an approved signature, awaiting review. */
  pending_correction: string | null;
  /** 1 when the organisation is verified (see docs/decisions/verified-organisations.md). */
  verified: Generated<number>;
  /** 'domain' (the contact email's domain is the website's) or 'coordinator' (decided by hand); null when never decided. */
  verified_by: string | null;
  /** The partner link (partner_links.id) the sign-on came through; null when none. */
  partner_link_id: string | null;
  created_at: string;
  confirmed_at: string | null;
  decided_at: string | null;
  updated_at: string;
}

export interface StatementTranslationsTable {
  statement_id: string;
  language: string;
  title: string;
  headline: string | null;
  body: string;
  place_and_date: string | null;
  ready: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** A kept text of a statement: each change of title, headline or body is a new version. */
export interface StatementVersionsTable {
  statement_id: string;
  version: number;
  title: string;
  headline: string | null;
  body: string;
  /** 1 when the coordinator called the change material (signatories of earlier versions were told). */
  material: number;
  created_by: string | null;
  created_at: string;
}

/** A signatory's private manage link, hashed; one per email that carried it. */
export interface ManageTokensTable {
  token_hash: string;
  signature_id: string;
  created_at: string;
}

/** A signatory's private contact. Name and email are sealed (AES-256-GCM, see src/contacts/contact-keys.ts). */
export interface ContactsTable {
  signature_id: string;
  /** Sealed. */
  name: string;
  /** Sealed. */
  email: string;
  /** Keyed hash (HMAC) of the normalised email: how a contact is found. */
  email_hash: string | null;
  /** The email's lower-cased domain, in clear (free-mail checks, duplicate hints). */
  email_domain: string | null;
  /** The key that sealed name and email. */
  key_id: string | null;
  language: string;
  /** 1 when the contact ticked "tell us about future statements on this site". */
  updates_consent: ColumnType<number, number | undefined, number>;
  created_at: string;
}

export interface MessagesTable {
  id: string;
  /** Sealed, like subject and text. */
  to_address: string;
  subject: string;
  text: string;
  /** Keyed hash of the recipient's normalised email. */
  to_hash: string | null;
  key_id: string | null;
  status: string;
  attempts: number;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
  job_id: string | null;
  kind: string;
  next_attempt_at: string | null;
  /** JSON object of extra headers (List-Unsubscribe…), or null. */
  headers: string | null;
  /** JSON array of references to stored files to attach when sending, or null. */
  attachments: string | null;
}

export interface JobsTable {
  id: string;
  name: string;
  /** JSON, checked by the job's schema when it runs. */
  payload: string;
  /** Deduplication key while pending; cleared when the job ends. */
  key: string | null;
  state: string;
  priority: number;
  attempts: number;
  run_at: string;
  locked_until: string | null;
  locked_by: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}

export interface RateWindowsTable {
  key: string;
  window_start: string;
  count: number;
}

export interface AuditEventsTable {
  id: string;
  at: string;
  actor: string;
  action: string;
  subject_type: string;
  subject_id: string;
  /** The statement the event belongs to, if any (a statement's page lists these). */
  statement_id: string | null;
  detail: string | null;
}

export interface EditionsTable {
  id: string;
  statement_id: string;
  number: number;
  state: string;
  text_version: number | null;
  language: string | null;
  title: string | null;
  headline: string | null;
  body: string | null;
  place_and_date: string | null;
  count: number | null;
  confidential_count: number | null;
  list_json: string | null;
  /** JSON of the individuals' list as published (number, name, affiliation); null before it was recorded. */
  individuals_json: string | null;
  /** JSON array of the languages whose documents the edition stores, the original first. */
  languages: string | null;
  publish_at: string;
  published_at: string | null;
  last_error: string | null;
  created_by: string | null;
  created_at: string;
}

export interface EditionDocumentsTable {
  edition_id: string;
  format: string;
  language: string;
  content: Buffer | Uint8Array;
  sha256: string;
  size: number;
  created_at: string;
}

export interface Database {
  statements: StatementsTable;
  statement_translations: StatementTranslationsTable;
  statement_versions: StatementVersionsTable;
  signatures: SignaturesTable;
  contacts: ContactsTable;
  manage_tokens: ManageTokensTable;
  coordinators: CoordinatorsTable;
  statement_roles: StatementRolesTable;
  invitations: InvitationsTable;
  api_tokens: ApiTokensTable;
  sessions: SessionsTable;
  one_time_links: OneTimeLinksTable;
  messages: MessagesTable;
  audit_events: AuditEventsTable;
  editions: EditionsTable;
  edition_documents: EditionDocumentsTable;
  organisations: OrganisationsTable;
  organisation_aliases: OrganisationAliasesTable;
  organisation_keys: OrganisationKeysTable;
  organisation_key_counts: OrganisationKeyCountsTable;
  duplicate_flags: DuplicateFlagsTable;
  distinct_pairs: DistinctPairsTable;
  pending_imports: PendingImportsTable;
  partner_links: PartnerLinksTable;
  jobs: JobsTable;
  rate_windows: RateWindowsTable;
  partner_invitations: PartnerInvitationsTable;
  partner_invitation_links: PartnerInvitationLinksTable;
  mail_unsubscribes: MailUnsubscribesTable;
  addressees: AddresseesTable;
  deliveries: DeliveriesTable;
  delivery_messages: DeliveryMessagesTable;
  addressee_responses: AddresseeResponsesTable;
  recovery_codes: RecoveryCodesTable;
  sign_on_origins: SignOnOriginsTable;
  used_challenges: UsedChallengesTable;
  instance_secrets: InstanceSecretsTable;
}

