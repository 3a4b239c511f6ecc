import type { Coordinator } from './coordinator.ts';

/**
 * Who may do what (docs/decisions/roles-and-permissions.md). An instance admin may do
 * everything; everyone else holds a role per statement. An instance "coordinator" may also
 * create statements (and coordinates those they create); a "member" only has statement roles.
 */
export const INSTANCE_ROLES = ['admin', 'coordinator', 'member'] as const;
export type InstanceRole = (typeof INSTANCE_ROLES)[number];

export const STATEMENT_ROLES = ['viewer', 'moderator', 'coordinator'] as const;
export type StatementRole = (typeof STATEMENT_ROLES)[number];

/** The roles an invitation or a token can carry. */
export const GRANTABLE_ROLES = ['admin', 'coordinator', 'moderator', 'viewer'] as const;
export type GrantableRole = (typeof GRANTABLE_ROLES)[number];

const RANK: Record<StatementRole, number> = { viewer: 1, moderator: 2, coordinator: 3 };
export const atLeast = (role: StatementRole | null, needed: StatementRole) => role !== null && RANK[role] >= RANK[needed];
const lower = (a: StatementRole | null, b: StatementRole | null) => (a === null || b === null ? null : RANK[a] <= RANK[b] ? a : b);

/** What a request may use: the signed-in person, and the limits of the token it came with. */
export interface Caller {
  coordinator: Coordinator;
  /** Null for a web session (the person's full rights). */
  token: { role: GrantableRole | null; statementId: string | null } | null;
}

/** An instance admin, through a session or a token that keeps admin rights. */
export const actsAsAdmin = (caller: Caller) =>
  caller.coordinator.role === 'admin' && (!caller.token || (caller.token.statementId === null && (caller.token.role === null || caller.token.role === 'admin')));

/** Whether the caller may create statements (and so coordinate them). */
export const mayCreateStatements = (caller: Caller) =>
  (caller.coordinator.role === 'admin' || caller.coordinator.role === 'coordinator') &&
  (!caller.token || (caller.token.statementId === null && caller.token.role !== 'moderator' && caller.token.role !== 'viewer'));

/**
 * The role the caller acts with on a statement: what the person holds (an admin holds every
 * statement as coordinator), never more than their token allows. Null: the statement is not theirs.
 */
export function effectiveRole(caller: Caller, statementId: string, held: StatementRole | null): StatementRole | null {
  let role: StatementRole | null = caller.coordinator.role === 'admin' ? 'coordinator' : held;
  const token = caller.token;
  if (token) {
    if (token.statementId !== null && token.statementId !== statementId) return null;
    if (token.role !== null && token.role !== 'admin') role = lower(role, token.role);
  }
  return role;
}
