import { actsAsAdmin, atLeast, effectiveRole, mayCreateStatements, type Caller, type StatementRole } from './roles.ts';

/**
 * The permissions a route can need. Every route of the app names one of these in the route
 * table (src/web/route-permissions.ts); nothing else grants access.
 */
export const NEEDS = {
  public: 'anyone, signed in or not',
  signOn: 'anyone; a signed-in caller adds a signatory as a moderator of the statement',
  signedIn: 'any signed-in person (their own tokens, the statements they have a role on)',
  'instance.admin': 'an instance admin: people, settings, every statement, the outbox',
  'statement.create': 'an instance admin or an instance coordinator',
  'statement.read': 'viewer, moderator or coordinator of the statement: its lists and exports',
  'statement.contacts': "contacts of the statement's signatories: moderator or coordinator, a viewer only if allowed",
  'statement.moderate': 'moderator or coordinator of the statement: approve, reject, restore, merge, import, edit signatories',
  'statement.coordinate': 'coordinator of the statement: edit, publish, invite, settings',
} as const;
export type Need = keyof typeof NEEDS;

/** What a caller gets: in, sent to sign in (401), refused (403) or told the statement does not exist (404). */
export type Outcome = 'allow' | 'signIn' | 'forbidden' | 'hidden';

export interface StatementAccess {
  id: string;
  viewersSeeContacts: boolean;
  /** The role the person holds on it (before any token limit). */
  held: StatementRole | null;
}

const STATEMENT_NEED: Partial<Record<Need, StatementRole>> = {
  'statement.read': 'viewer',
  'statement.moderate': 'moderator',
  'statement.coordinate': 'coordinator',
  signOn: 'moderator',
};

export const isStatementNeed = (need: Need) => need === 'statement.contacts' || need in STATEMENT_NEED;

/** The one decision: may this caller do what this need names (on this statement)? */
export function decide(need: Need, caller: Caller | null, statement?: StatementAccess | null): Outcome {
  if (need === 'public') return 'allow';
  if (need === 'signOn' && !caller) return 'allow';
  if (!caller) return 'signIn';
  switch (need) {
    case 'signedIn':
      return 'allow';
    case 'instance.admin':
      return actsAsAdmin(caller) ? 'allow' : 'forbidden';
    case 'statement.create':
      return mayCreateStatements(caller) ? 'allow' : 'forbidden';
    default: {
      if (!statement) return 'hidden';
      const role = effectiveRole(caller, statement.id, statement.held);
      if (role === null) return 'hidden';
      const needed: StatementRole = need === 'statement.contacts' ? (statement.viewersSeeContacts ? 'viewer' : 'moderator') : STATEMENT_NEED[need]!;
      return atLeast(role, needed) ? 'allow' : 'forbidden';
    }
  }
}
