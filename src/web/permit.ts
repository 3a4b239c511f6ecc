import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import { decide, isStatementNeed, type Need, type Outcome, type StatementAccess } from '../accounts/permissions.ts';
import { actsAsAdmin, effectiveRole, type Caller, type StatementRole } from '../accounts/roles.ts';
import { roleOnStatement, rolesOf } from '../accounts/statement-roles.ts';
import { localisedError, notFound, statementNotFound } from '../errors.ts';
import type { Statement } from '../statements/statement.ts';
import type { AppEnv } from './env.ts';
import { MIDDLEWARE, ROUTE_PERMISSIONS, type RouteRule, type Via } from './route-permissions.ts';

/** The route that will answer a request (the first matched one that is not middleware), and its rule. */
export function answeringRoute(routes: readonly { method: string; path: string }[]): { key: string; path: string; rule: RouteRule | undefined } | null {
  for (const r of routes) {
    const key = `${r.method} ${r.path}`;
    const rule = ROUTE_PERMISSIONS[key];
    if (rule === MIDDLEWARE) continue;
    return { key, path: r.path, rule };
  }
  return null;
}

/** The values of a Hono pattern's :params in a path (`:name` or `:name{regex}`). */
export function paramsFor(pattern: string, path: string): Record<string, string> {
  const names: string[] = [];
  const source = pattern
    .split('/')
    .map((seg) => {
      const m = /^:(\w+)(?:\{(.+)\})?$/.exec(seg);
      if (m) {
        names.push(m[1]!);
        return `(${m[2] ?? '[^/]+'})`;
      }
      if (seg === '*') return '.*';
      return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  const found = new RegExp(`^${source}$`).exec(path);
  const out: Record<string, string> = {};
  names.forEach((n, i) => {
    const v = found?.[i + 1];
    if (v !== undefined) {
      try {
        out[n] = decodeURIComponent(v);
      } catch {
        out[n] = v;
      }
    }
  });
  return out;
}

async function statementAccess(c: Context<AppEnv>, via: Via, params: Record<string, string>, caller: Caller): Promise<StatementAccess | null> {
  const { db } = c.get('deps');
  let statementId: string | undefined;
  if (via === 'slug') {
    const slug = params.slug;
    if (!slug || slug.length > 200) return null;
    statementId = (await db.selectFrom('statements').select('id').where('slug', '=', slug).executeTakeFirst())?.id;
  } else {
    const id = params.id;
    if (!id || id.length > 100) return null;
    const table = via === 'signature' ? 'signatures' : via === 'duplicate' ? 'duplicate_flags' : 'pending_imports';
    statementId = (await db.selectFrom(table).select('statement_id').where('id', '=', id).executeTakeFirst())?.statement_id;
  }
  if (!statementId) return null;
  const s = await db.selectFrom('statements').select(['id', 'viewers_see_contacts']).where('id', '=', statementId).executeTakeFirstOrThrow();
  const held = caller.coordinator.role === 'admin' ? null : await roleOnStatement(db, caller.coordinator.id, s.id);
  return { id: s.id, viewersSeeContacts: Number(s.viewers_see_contacts) === 1, held };
}

/** Turns a refusal into the one answer for it: 401 or the sign-in page, 403, or 404. */
function refuse(c: Context<AppEnv>, outcome: Exclude<Outcome, 'allow'>, slug?: string) {
  if (outcome === 'signIn') {
    if (c.req.path.startsWith('/api/')) throw localisedError('unauthorised', 'error.signInRequired');
    return c.redirect(`/sign-in?next=${encodeURIComponent(c.req.path)}`, 303);
  }
  if (outcome === 'forbidden') throw localisedError('forbidden', 'team.forbidden');
  throw slug ? statementNotFound(slug.slice(0, 200)) : notFound('This');
}

/**
 * Deny by default: before any handler runs, the answering route's rule in ROUTE_PERMISSIONS is
 * looked up and decided for the caller. A route without a rule is refused to everyone.
 */
export const enforcePermissions: MiddlewareHandler<AppEnv> = async (c, next) => {
  const route = answeringRoute(matchedRoutes(c));
  if (!route) return next(); // nothing answers this path: the not-found page
  if (!route.rule) {
    c.get('deps').logger.error('route without a permission rule', { route: route.key });
    throw localisedError('forbidden', 'team.forbidden');
  }
  const { need, via = 'slug' } = route.rule;
  const caller = c.get('caller');
  const params = paramsFor(route.path, c.req.path);
  let access: StatementAccess | null = null;
  if (caller && isStatementNeed(need)) access = await statementAccess(c, via, params, caller);
  const outcome = decide(need, caller, access);
  if (outcome !== 'allow') return refuse(c, outcome, params.slug);
  await next();
};

/** The signed-in caller with their token's limits, or null. */
export const callerOf = (c: Context<AppEnv>): Caller | null => c.get('caller') ?? null;

/** The role the caller acts with on a statement (null: none, the statement is not theirs to see). */
export async function statementRoleFor(c: Context<AppEnv>, statement: Pick<Statement, 'id'>): Promise<StatementRole | null> {
  const caller = callerOf(c);
  if (!caller) return null;
  const held = caller.coordinator.role === 'admin' ? null : await roleOnStatement(c.get('deps').db, caller.coordinator.id, statement.id);
  return effectiveRole(caller, statement.id, held);
}

/** Checks a need inside a handler, where it depends on the request (a query or a body); same decision, same answers. */
export async function demand(c: Context<AppEnv>, need: Need, statement: Pick<Statement, 'id' | 'slug' | 'viewersSeeContacts'> | null): Promise<void> {
  const caller = callerOf(c);
  let access: StatementAccess | null = null;
  if (caller && statement) {
    const held = caller.coordinator.role === 'admin' ? null : await roleOnStatement(c.get('deps').db, caller.coordinator.id, statement.id);
    access = { id: statement.id, viewersSeeContacts: statement.viewersSeeContacts, held };
  }
  const outcome = decide(need, caller, access);
  if (outcome === 'signIn') throw localisedError('unauthorised', 'error.signInRequired');
  if (outcome !== 'allow') refuse(c, outcome, statement?.slug);
}

/** Whether the caller may read the contacts of this statement's signatories. */
export async function maySeeContacts(c: Context<AppEnv>, statement: Pick<Statement, 'id' | 'viewersSeeContacts'>): Promise<boolean> {
  const caller = callerOf(c);
  if (!caller) return false;
  const held = caller.coordinator.role === 'admin' ? null : await roleOnStatement(c.get('deps').db, caller.coordinator.id, statement.id);
  return decide('statement.contacts', caller, { id: statement.id, viewersSeeContacts: statement.viewersSeeContacts, held }) === 'allow';
}

/** The statements of a list the caller has a role on (an admin: all of them). */
export async function visibleStatements<S extends Pick<Statement, 'id'>>(c: Context<AppEnv>, list: S[]): Promise<S[]> {
  const caller = callerOf(c);
  if (!caller) return [];
  if (actsAsAdmin(caller)) return list;
  const held = caller.coordinator.role === 'admin' ? new Map<string, StatementRole>() : await rolesOf(c.get('deps').db, caller.coordinator.id);
  return list.filter((s) => effectiveRole(caller, s.id, held.get(s.id) ?? null) !== null);
}
