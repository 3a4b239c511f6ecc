import type { Generated } from 'kysely';

// Row types of the organisation registry and duplicate review: organisations, their other names and blocking keys, flags, pairs called distinct, staged imports. See schema.ts for how rows are stored.

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
