import type { ColumnType, Generated } from 'kysely';

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

export interface CoordinatorsTable {
  id: string;
  email: string;
  name: string | null;
  role: string;
  password_hash: string | null;
  /** Base32 TOTP secret; set while enrolling, in force once totp_enabled_at is set. */
  totp_secret: string | null;
  totp_enabled_at: string | null;
  totp_last_step: number | null;
  created_at: string;
  /** Set when the person was removed: they can no longer sign in, and their sessions and tokens are gone. */
  removed_at: string | null;
}

/** A person's role on one statement: coordinator, moderator or viewer. */
export interface StatementRolesTable {
  statement_id: string;
  coordinator_id: string;
  role: string;
  created_by: string | null;
  created_at: string;
}

/** An emailed invitation to the instance or to one statement; the link's secret is stored hashed. */
export interface InvitationsTable {
  id: string;
  token_hash: string;
  email: string;
  role: string;
  statement_id: string | null;
  invited_by: string;
  language: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
}

export interface ApiTokensTable {
  id: string;
  coordinator_id: string;
  token_hash: string;
  label: string | null;
  created_at: string;
  last_used_at: string | null;
  /** The most the token may do ('admin', 'coordinator', 'moderator', 'viewer'); null: all its owner may. */
  role: string | null;
  /** The one statement the token is for; null: every statement its owner has a role on. */
  statement_id: string | null;
}

export interface SessionsTable {
  id_hash: string;
  coordinator_id: string;
  created_at: string;
  expires_at: string;
  /** The browser's User-Agent when the session started, cut short; shown in "Your sessions". */
  user_agent: string | null;
  last_seen_at: string | null;
}

/** A second-factor recovery code, hashed; each works once. */
export interface RecoveryCodesTable {
  code_hash: string;
  coordinator_id: string;
  created_at: string;
  used_at: string | null;
}

export interface OneTimeLinksTable {
  token_hash: string;
  purpose: string;
  coordinator_id: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
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

export interface OrganisationsTable {
  id: string;
  name: string;
  country: string | null;
  org_type: string | null;
  website_domain: string | null;
  email_domain: string | null;
  created_at: string;
  updated_at: string;
  /** The KEYS_VERSION its organisation_keys rows were built with; older ones are rebuilt by a job. */
  keys_version: Generated<number>;
}

export interface OrganisationAliasesTable {
  id: string;
  organisation_id: string;
  name: string;
  created_at: string;
}

export interface OrganisationKeysTable {
  key: string;
  organisation_id: string;
}

export interface OrganisationKeyCountsTable {
  key: string;
  organisations: number;
}

export interface DuplicateFlagsTable {
  id: string;
  statement_id: string;
  signature_a: string;
  signature_b: string;
  score: number;
  /** 'likely' or 'possible'. */
  level: string;
  reason: string;
  status: string;
  created_at: string;
  resolved_by: string | null;
  resolved_at: string | null;
}

export interface DistinctPairsTable {
  name_a: string;
  name_b: string;
  created_by: string | null;
  created_at: string;
}

export interface PendingImportsTable {
  id: string;
  statement_id: string;
  source_name: string | null;
  format: string;
  table_json: string | null;
  mapping_json: string | null;
  entries_json: string;
  created_by: string | null;
  created_at: string;
  /** pending (a preview), importing (a job is creating the signatories), done. */
  state: string;
  done_count: number;
  total_count: number | null;
  leave_out_json: string | null;
  result_json: string | null;
  confirmed_by: string | null;
}

/** A personal invitation to sign a statement; at most one per address per statement. */
export interface PartnerInvitationsTable {
  id: string;
  statement_id: string;
  organisation_id: string | null;
  email: string;
  email_hash: string;
  language: string;
  message_id: string | null;
  reminder_message_id: string | null;
  created_by: string | null;
  created_at: string;
  reminded_at: string | null;
}

export interface PartnerInvitationLinksTable {
  token_hash: string;
  invitation_id: string;
  /** 'sign' (the pre-filled form) or 'unsubscribe'. */
  purpose: string;
}

/** Addresses that asked for no more invitations, on any statement. */
export interface MailUnsubscribesTable {
  email_hash: string;
  created_at: string;
}

/** Whom a statement addresses (a minister, a UN agency), with a private email. */
export interface AddresseesTable {
  id: string;
  statement_id: string;
  name: string;
  email: string;
  organisation: string | null;
  title: string | null;
  created_at: string;
  updated_at: string;
}

export interface DeliveriesTable {
  id: string;
  statement_id: string;
  edition_number: number;
  message: string;
  created_by: string | null;
  created_at: string;
}

export interface DeliveryMessagesTable {
  delivery_id: string;
  message_id: string;
  addressee_id: string | null;
  addressee_name: string;
}

export interface AddresseeResponsesTable {
  id: string;
  statement_id: string;
  responder: string;
  received_on: string;
  body: string | null;
  link: string | null;
  published: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** A co-convener's referral link for one statement: `?ref=<code>` on its pages. */
export interface PartnerLinksTable {
  id: string;
  statement_id: string;
  code: string;
  name: string;
  created_by: string | null;
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

/** Where a public sign-on came from: hashes only, never an address (see docs/decisions/client-address-hashing.md). */
export interface SignOnOriginsTable {
  signature_id: string;
  statement_id: string;
  /** Keyed hash of the client address, with that day's key. */
  client_hash: string | null;
  /** Keyed hash of the client's network (IPv4 /24, IPv6 /48), with that day's key. */
  network_hash: string | null;
  /** The contact email's domain, lower-cased. */
  email_domain: string;
  /** Why the sign-on was held for review (address_burst, domain_sustained, honeypot…); null: not held. */
  hold_reason: string | null;
  created_at: string;
}

/** A solved sign-on challenge or confirmed fallback token, refused if sent again before it expires. */
export interface UsedChallengesTable {
  key: string;
  expires_at: string;
}

/** Secrets an instance made for itself and shares with the others through the database. */
export interface InstanceSecretsTable {
  name: string;
  value: string;
  created_at: string;
}
