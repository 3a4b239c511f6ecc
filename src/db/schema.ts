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

export interface ContactsTable {
  signature_id: string;
  name: string;
  email: string;
  language: string;
  created_at: string;
}

export interface CoordinatorsTable {
  id: string;
  email: string;
  name: string | null;
  role: string;
  password_hash: string | null;
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
  to_address: string;
  subject: string;
  text: string;
  status: string;
  attempts: number;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
  job_id: string | null;
  kind: string;
  next_attempt_at: string | null;
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
  jobs: JobsTable;
  rate_windows: RateWindowsTable;
}
