import type { Need } from '../accounts/permissions.ts';

/**
 * Where a statement-scoped route finds its statement: the :slug in the path (the default), or
 * the statement of the signature, duplicate flag or import whose :id is in the path.
 */
export type Via = 'slug' | 'signature' | 'duplicate' | 'import';

export interface RouteRule {
  need: Need;
  via?: Via;
  /** Why a route checks more inside (e.g. a query that asks for contacts); shown in the decision record. */
  note?: string;
}

/** Middleware registered for every path; it answers nothing itself. */
export const MIDDLEWARE = 'middleware' as const;

/**
 * THE table of who may call what: every route of the web app and the API, keyed by
 * "METHOD pattern" exactly as Hono registers it (app.routes). The permission middleware
 * (src/web/permit.ts) enforces it before any handler runs; a route missing here is refused to
 * everyone, and test/http/role-matrix.test.ts fails for it. See docs/decisions/roles-and-permissions.md.
 */
export const ROUTE_PERMISSIONS: Record<string, RouteRule | typeof MIDDLEWARE> = {
  'ALL /*': MIDDLEWARE,
  'ALL /coordinator/*': MIDDLEWARE,

  // Operations and assets (/metrics has its own token or address check).
  'GET /healthz': { need: 'public' },
  'GET /readyz': { need: 'public' },
  'GET /metrics': { need: 'public' },
  'GET /assets/app.css': { need: 'public' },

  // Public pages; a draft is shown only to people with a role on it (readableStatement).
  'GET /': { need: 'public' },
  'GET /statements/:slug': { need: 'public' },
  'GET /statements/:slug/sign': { need: 'public' },
  'POST /statements/:slug/sign': { need: 'public' },
  'GET /statements/:slug/signed': { need: 'public' },
  'GET /confirm/:token': { need: 'public' },
  'POST /confirm/:token': { need: 'public' },
  'GET /manage/:token': { need: 'public' },
  'POST /manage/:token': { need: 'public' },
  'POST /manage/:token/withdraw': { need: 'public' },
  'GET /statements/:slug/editions/:number/:file{statement\\.(?:pdf|docx)}': { need: 'public' },
  'GET /statements/:slug/:file{signatories\\.(?:csv|json)}': { need: 'public' },

  // Signing in; invitations are opened with the secret in their link.
  'GET /sign-in': { need: 'public' },
  'POST /sign-in': { need: 'public' },
  'POST /sign-out': { need: 'public' },
  'GET /setup/:token': { need: 'public' },
  'POST /setup/:token': { need: 'public' },
  'GET /sign-in/link/:token': { need: 'public' },
  'POST /sign-in/link/:token': { need: 'public' },
  'GET /invitations/:token': { need: 'public' },
  'POST /invitations/:token': { need: 'public' },

  // Coordinator pages.
  'GET /coordinator': { need: 'signedIn', note: 'lists only the statements the person has a role on' },
  'GET /coordinator/statements/new': { need: 'statement.create' },
  'POST /coordinator/statements': { need: 'statement.create' },
  'GET /coordinator/statements/:slug': { need: 'statement.read' },
  'POST /coordinator/statements/:slug/open': { need: 'statement.coordinate' },
  'POST /coordinator/statements/:slug/close': { need: 'statement.coordinate' },
  'GET /coordinator/statements/:slug/edit': { need: 'statement.coordinate' },
  'POST /coordinator/statements/:slug/edit': { need: 'statement.coordinate' },
  'POST /coordinator/statements/:slug/translations': { need: 'statement.coordinate' },
  'POST /coordinator/statements/:slug/authoritative-language': { need: 'statement.coordinate' },
  'POST /coordinator/statements/:slug/settings': { need: 'statement.coordinate' },
  'GET /coordinator/statements/:slug/team': { need: 'statement.coordinate' },
  'POST /coordinator/statements/:slug/team/invitations': { need: 'statement.coordinate' },
  'POST /coordinator/statements/:slug/team/:id/remove': { need: 'statement.coordinate' },
  'POST /coordinator/statements/:slug/editions': { need: 'statement.coordinate' },
  'POST /coordinator/statements/:slug/editions/:number/release': { need: 'statement.coordinate' },
  'GET /coordinator/statements/:slug/:file{export\\.(?:pdf|docx|csv|json)}': { need: 'statement.read', note: 'csv and json carry contacts: statement.contacts' },
  'POST /coordinator/statements/:slug/moderate': { need: 'statement.moderate' },
  'GET /coordinator/statements/:slug/signatories': { need: 'statement.read', note: 'contacts shown only with statement.contacts' },
  'POST /coordinator/statements/:slug/signatories': { need: 'statement.moderate' },
  'GET /coordinator/signatures/:id': { need: 'statement.moderate', via: 'signature' },
  'POST /coordinator/signatures/:id/edit': { need: 'statement.moderate', via: 'signature' },
  'POST /coordinator/signatures/:id/correction/approve': { need: 'statement.moderate', via: 'signature' },
  'POST /coordinator/signatures/:id/correction/dismiss': { need: 'statement.moderate', via: 'signature' },
  'GET /coordinator/statements/:slug/import': { need: 'statement.moderate' },
  'POST /coordinator/statements/:slug/import': { need: 'statement.moderate' },
  'GET /coordinator/statements/:slug/import/:id': { need: 'statement.moderate' },
  'POST /coordinator/statements/:slug/import/:id/mapping': { need: 'statement.moderate' },
  'POST /coordinator/statements/:slug/import/:id/confirm': { need: 'statement.moderate' },
  'POST /coordinator/statements/:slug/import/:id/discard': { need: 'statement.moderate' },
  'GET /coordinator/statements/:slug/duplicates': { need: 'statement.moderate' },
  'POST /coordinator/statements/:slug/duplicates/:id/merge': { need: 'statement.moderate' },
  'POST /coordinator/statements/:slug/duplicates/:id/dismiss': { need: 'statement.moderate' },
  'GET /coordinator/outbox': { need: 'instance.admin' },
  'POST /coordinator/outbox/:id/retry': { need: 'instance.admin' },
  'GET /coordinator/people': { need: 'instance.admin' },
  'POST /coordinator/people/invitations': { need: 'instance.admin' },
  'POST /coordinator/people/:id/remove': { need: 'instance.admin' },
  'GET /coordinator/tokens': { need: 'signedIn' },
  'POST /coordinator/tokens': { need: 'signedIn', note: 'a token never carries more than its maker may do' },
  'POST /coordinator/tokens/:id/revoke': { need: 'signedIn', note: "the person's own tokens only" },

  // The JSON API.
  'GET /api/v1/statements': { need: 'signedIn', note: 'lists only the statements the caller has a role on' },
  'POST /api/v1/statements': { need: 'statement.create' },
  'GET /api/v1/statements/:slug': { need: 'public' },
  'GET /api/v1/statements/:slug/count': { need: 'public' },
  'PATCH /api/v1/statements/:slug': { need: 'statement.coordinate' },
  'GET /api/v1/statements/:slug/versions': { need: 'statement.read' },
  'POST /api/v1/statements/:slug/open': { need: 'statement.coordinate' },
  'POST /api/v1/statements/:slug/close': { need: 'statement.coordinate' },
  'POST /api/v1/statements/:slug/signatures': { need: 'signOn' },
  'GET /api/v1/statements/:slug/signatures': { need: 'statement.read', note: 'contacts only with statement.contacts' },
  'POST /api/v1/signatures/:id/approve': { need: 'statement.moderate', via: 'signature' },
  'POST /api/v1/signatures/:id/reject': { need: 'statement.moderate', via: 'signature' },
  'PATCH /api/v1/signatures/:id': { need: 'statement.moderate', via: 'signature' },
  'POST /api/v1/signatures/:id/restore': { need: 'statement.moderate', via: 'signature' },
  'POST /api/v1/signatures/:id/correction/approve': { need: 'statement.moderate', via: 'signature' },
  'POST /api/v1/signatures/:id/correction/dismiss': { need: 'statement.moderate', via: 'signature' },
  'GET /api/v1/manage/:token': { need: 'public' },
  'PATCH /api/v1/manage/:token': { need: 'public' },
  'POST /api/v1/manage/:token/withdraw': { need: 'public' },
  'GET /api/v1/outbox': { need: 'instance.admin' },
  'GET /api/v1/messages': { need: 'instance.admin' },
  'POST /api/v1/messages/:id/retry': { need: 'instance.admin' },
  'POST /api/v1/statements/:slug/imports': { need: 'statement.moderate' },
  'GET /api/v1/imports/:id': { need: 'statement.moderate', via: 'import' },
  'POST /api/v1/imports/:id/mapping': { need: 'statement.moderate', via: 'import' },
  'POST /api/v1/imports/:id/confirm': { need: 'statement.moderate', via: 'import' },
  'DELETE /api/v1/imports/:id': { need: 'statement.moderate', via: 'import' },
  'GET /api/v1/statements/:slug/duplicates': { need: 'statement.moderate' },
  'POST /api/v1/duplicates/:id/merge': { need: 'statement.moderate', via: 'duplicate' },
  'POST /api/v1/duplicates/:id/dismiss': { need: 'statement.moderate', via: 'duplicate' },
  'POST /api/v1/statements/:slug/editions': { need: 'statement.coordinate' },
  'POST /api/v1/statements/:slug/editions/:number/release': { need: 'statement.coordinate' },
  'GET /api/v1/statements/:slug/editions': { need: 'public', note: 'unpublished editions only for people with a role on the statement' },
  'GET /api/v1/statements/:slug/editions/:number': { need: 'public', note: 'unpublished editions only for people with a role on the statement' },
  'GET /api/v1/statements/:slug/export': { need: 'public', note: 'full=true carries contacts: statement.contacts' },
  'GET /api/v1/statements/:slug/translations': { need: 'statement.read' },
  'POST /api/v1/statements/:slug/translations': { need: 'statement.coordinate' },
  'PUT /api/v1/statements/:slug/translations/:language': { need: 'statement.coordinate' },
  'PUT /api/v1/statements/:slug/authoritative-language': { need: 'statement.coordinate' },
  'GET /api/v1/statements/:slug/team': { need: 'statement.coordinate' },
  'DELETE /api/v1/statements/:slug/team/:id': { need: 'statement.coordinate' },
  'PATCH /api/v1/statements/:slug/settings': { need: 'statement.coordinate' },
  'POST /api/v1/invitations': { need: 'signedIn', note: 'an admin invites to the instance, a coordinator of the statement to it (checked on the body)' },
  'GET /api/v1/people': { need: 'instance.admin' },
  'DELETE /api/v1/people/:id': { need: 'instance.admin' },
  'POST /api/v1/tokens': { need: 'signedIn', note: 'a token never carries more than its maker may do' },
  'GET /api/v1/tokens': { need: 'signedIn' },
  'DELETE /api/v1/tokens/:id': { need: 'signedIn', note: "the caller's own tokens only" },
  'ALL /api/v1/*': { need: 'public', note: 'the API\'s "no such endpoint"' },
};
