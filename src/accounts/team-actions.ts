import type { Context } from 'hono';
import { z } from 'zod';
import { localisedError } from '../errors.ts';
import { validate } from '../shared/validate.ts';
import { findStatementBySlug } from '../statements/statement.repository.ts';
import type { Statement } from '../statements/statement.ts';
import type { AppEnv } from '../web/env.ts';
import { callerOf, demand, statementRoleFor } from '../web/permit.ts';
import { issueApiToken } from './api-tokens.ts';
import { createInvitation, invitationRequest } from './invitations.ts';
import { actsAsAdmin, atLeast, GRANTABLE_ROLES } from './roles.ts';
import { rolesOf } from './statement-roles.ts';

/** The statement a request names by slug, as the caller may see it (404 when it is not theirs). */
async function namedStatement(c: Context<AppEnv>, slug: string): Promise<Statement> {
  const s = await findStatementBySlug(c.get('deps').db, slug.slice(0, 200));
  if (!s || !(await statementRoleFor(c, s))) throw localisedError('not_found', 'error.statementNotFound', { slug: slug.slice(0, 200) });
  return s;
}

/**
 * An invitation as asked (API or form): an admin invites to the instance; a coordinator of a
 * statement (or an admin) invites to that statement. Mail goes in the inviter's language.
 */
export async function inviteFromRequest(c: Context<AppEnv>, input: unknown): Promise<{ id: string; email: string }> {
  const { db, clock, mailer, publicUrl, jobs } = c.get('deps');
  const caller = callerOf(c);
  if (!caller) throw localisedError('unauthorised', 'error.signInRequired');
  const req = invitationRequest(input);
  let statement: Statement | null = null;
  if (req.statement) {
    statement = await namedStatement(c, req.statement);
    await demand(c, 'statement.coordinate', statement);
  } else if (!actsAsAdmin(caller)) {
    throw localisedError('forbidden', 'team.forbidden');
  }
  const inv = await db.transaction().execute((trx) =>
    createInvitation(trx, {
      email: req.email,
      role: req.role,
      statementId: statement?.id ?? null,
      statementTitle: statement?.title ?? null,
      inviter: caller.coordinator,
      language: c.get('locale'),
      now: clock(),
      mailer,
      publicUrl,
    }),
  );
  jobs.nudge();
  return { id: inv.id, email: req.email };
}

const TokenInput = z.object({
  name: z.string().trim().min(1).max(100),
  role: z.enum(GRANTABLE_ROLES).nullish(),
  statement: z.string().max(200).nullish(),
});

/** A new token for the caller, never with more than the caller may do now. */
export async function tokenFromRequest(c: Context<AppEnv>, input: unknown): Promise<{ id: string; token: string }> {
  const { db, clock } = c.get('deps');
  const caller = callerOf(c);
  if (!caller) throw localisedError('unauthorised', 'error.signInRequired');
  const v = validate(TokenInput, input);
  const role = v.role ?? null;
  let statementId: string | null = null;
  if (v.statement) {
    const s = await namedStatement(c, v.statement);
    if (role === 'admin') throw localisedError('validation_failed', 'team.error.adminNoStatement', undefined, { role: { key: 'team.error.adminNoStatement' } });
    const held = await statementRoleFor(c, s);
    if (role && !atLeast(held, role)) throw localisedError('forbidden', 'team.error.tooStrong');
    statementId = s.id;
  } else if (role === 'admin' && !actsAsAdmin(caller)) {
    throw localisedError('forbidden', 'team.error.tooStrong');
  } else if (role && role !== 'admin' && caller.coordinator.role === 'member') {
    // For every statement, a person with statement roles only must hold at least that role somewhere.
    const held = [...(await rolesOf(db, caller.coordinator.id)).values()];
    if (!held.some((h) => atLeast(h, role))) throw localisedError('forbidden', 'team.error.tooStrong');
  }
  // A token made with a token keeps within that token's limits.
  if (caller.token) {
    if (caller.token.statementId && caller.token.statementId !== statementId) throw localisedError('forbidden', 'team.error.tooStrong');
    const cap = caller.token.role;
    if (cap && cap !== 'admin' && (role === null || role === 'admin' || !atLeast(cap, role))) throw localisedError('forbidden', 'team.error.tooStrong');
  }
  return db.transaction().execute((trx) => issueApiToken(trx, { coordinatorId: caller.coordinator.id, label: v.name, role, statementId, now: clock() }));
}
