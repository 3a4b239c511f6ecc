// Row types of who signs in: coordinators, their roles per statement, invitations, tokens, sessions, second factors and one-time links. See schema.ts for how rows are stored.

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
