import { verificationColumns } from '../organisations/verification.ts';
import type { Db, DbOrTx } from '../db/database.ts';
import type { Logger } from '../logger.ts';
import { GroupCommit } from '../shared/group-commit.ts';
import { localisedError, statementNotFound, type AppError } from '../errors.ts';
import { enqueueJobs, type EnqueueRequest } from '../jobs/job.repository.ts';
import { registerJobKey, registerSignatoryJob } from '../organisations/register-signatory.job.ts';
import { countHitsIn, pruneRateWindows } from '../shared/rate-windows.ts';
import type { ClientOrigin } from '../abuse/client-hash.ts';
import { emailDomain } from '../abuse/email-domain.ts';
import type { PassedCheck } from '../abuse/sign-on-challenge.ts';
import { LimitTally, windowsOf, type HoldReason, type SignOnLimits } from '../abuse/sign-on-limits.ts';
import { partnerLinkIds } from '../reach/partner-link.repository.ts';
import { hashSecret, newId } from '../shared/ids.ts';
import { keyedHash } from '../contacts/contact-keys.ts';
import { insertContacts } from '../contacts/contact.repository.ts';
import { validate } from '../shared/validate.ts';
import { rowToStatement } from '../statements/statement.repository.ts';
import { acceptsSignatures } from '../statements/statement.ts';
import { confirmationEmailJob, confirmationJobKey } from './confirmation-email.job.ts';
import { identityName, PublicSignOnInput } from './signature-input.ts';

/** One public sign-on, validated, waiting for its batch. */
export interface SignOnRequest {
  slug: string;
  input: PublicSignOnInput;
  /** The language the signatory used; emails to them are written in it. */
  language: string;
  /** The language of the text they read and signed (a ready translation's, or the original's). */
  textLanguage: string;
  now: Date;
  /** Where the sign-on came from, as keyed hashes; null for a coordinator (no address limit). */
  origin: ClientOrigin | null;
  /** The hidden field that people never see was filled in: the sign-on is held. */
  honeypot?: boolean;
  /** The solved challenge or confirm-page token it passed, used once; null when the check is off. */
  check: PassedCheck | null;
  /** The partner link's code the signatory came through (`?ref=`), if any; an unknown one is ignored. */
  ref?: string | null;
}

/** Always the same, whether the signature is new or repeated, so the answer reveals nothing. */
export interface SignOnAccepted {
  accepted: true;
}

/** Checks a public sign-on's fields; throws validation_failed with every field's problem. */
export const validateSignOn = (input: unknown): PublicSignOnInput => validate(PublicSignOnInput, input);

/**
 * The key that makes one signature per organisation name and email per statement: a keyed
 * hash (HMAC with the contact key), so the stored value cannot be tested against guessed emails.
 */
export const identityKeyOf = (input: { name: string; contact_email: string }) => keyedHash(`identity|${hashSecret(`${identityName(input.name)}|${input.contact_email}`)}`);

/**
 * Writes a batch of public sign-ons in the caller's transaction: only what the answer needs.
 * Each becomes (or finds) one unconfirmed signature with its private contact, an audit row, and
 * two jobs: the confirmation email and the registry look-up with duplicate flags. A repeat of
 * an existing signature takes exactly the same statements as a new one (an upsert on the unique
 * identity), so neither the answer nor its timing tells whether the organisation signed before;
 * the email job, keyed per signature while pending, makes a burst of repeats one email.
 */
export async function writeSignOns(trx: DbOrTx, requests: readonly SignOnRequest[], opts: SignOnLimits & { now: Date }): Promise<(SignOnAccepted | AppError)[]> {
  const out: (SignOnAccepted | AppError | undefined)[] = new Array(requests.length).fill(undefined);
  const slugs = [...new Set(requests.map((r) => r.slug))];
  const statements = new Map((await trx.selectFrom('statements').selectAll().where('slug', 'in', slugs).execute()).map((r) => [r.slug, rowToStatement(r)]));

  // A solved challenge works once, on every instance: the first to store its key wins.
  const checks = [...new Map(requests.filter((r) => r.check).map((r) => [r.check!.key, r.check!])).values()];
  const fresh = new Set(
    checks.length === 0
      ? []
      : (
          await trx
            .insertInto('used_challenges')
            .values(checks.map((c) => ({ key: c.key, expires_at: c.expiresAt.toISOString() })))
            .onConflict((oc) => oc.column('key').doNothing())
            .returning('key')
            .execute()
        ).map((r) => r.key),
  );

  // Limits per address and per email domain, counted in the database for all instances at once.
  const tally = new LimitTally(requests.map((r) => windowsOf({ clientHash: r.origin?.clientHash ?? null, email: r.input.contact_email }, opts)));
  const counts = await countHitsIn(trx, tally.toCount, opts.now);

  interface Row {
    index: number;
    id: string;
    statementId: string;
    identityKey: string;
    textVersion: number;
    individual: boolean;
    held: HoldReason | null;
  }
  const rows: Row[] = [];
  const byIdentity = new Map<string, Row>();
  requests.forEach((r, index) => {
    const statement = statements.get(r.slug);
    if (!statement || statement.state === 'draft') {
      out[index] = statementNotFound(r.slug);
      return;
    }
    if (!acceptsSignatures(statement, r.now)) {
      out[index] = localisedError('statement_not_open', 'statement.notOpen');
      return;
    }
    if (r.input.kind === 'individual' && !statement.allowIndividuals) {
      out[index] = localisedError('validation_failed', 'error.individualsNotAllowed', undefined, { kind: { key: 'error.individualsNotAllowed' } });
      return;
    }
    if (r.check) {
      if (!fresh.delete(r.check.key)) {
        out[index] = challengeUsed();
        return;
      }
    }
    // Over a limit, a sign-on is held for review, with the same answer as any other: a flood learns nothing.
    const over = tally.over(index, counts);
    const held = r.honeypot ? 'honeypot' : over;
    out[index] = { accepted: true };
    const identityKey = identityKeyOf(r.input);
    const k = `${statement.id}|${identityKey}`;
    // Identical sign-ons in one batch are one signature.
    if (byIdentity.has(k)) return;
    const row = { index, id: newId(), statementId: statement.id, identityKey, textVersion: statement.textVersion, individual: r.input.kind === 'individual', held };
    byIdentity.set(k, row);
    rows.push(row);
  });
  if (rows.length === 0) return out as (SignOnAccepted | AppError)[];
  // Partner links of the batch in one query, only when a sign-on came through one.
  const refs = rows.flatMap((row) => requests[row.index]!.ref ?? []);
  const linkIds = await partnerLinkIds(trx, refs);
  const linkOf = (row: Row) => {
    const ref = requests[row.index]!.ref;
    return ref ? (linkIds.get(`${row.statementId}|${ref}`) ?? null) : null;
  };

  const at = opts.now.toISOString();
  const stored = await trx
    .insertInto('signatures')
    .values(
      rows.map((row) => {
        const input = requests[row.index]!.input;
        return {
          id: row.id,
          statement_id: row.statementId,
          organisation_id: null,
          kind: input.kind,
          name: input.name,
          affiliation: input.affiliation,
          country: input.country,
          international: input.international ? 1 : 0,
          org_type: input.type,
          website: input.website,
          state: row.held ? 'held' : 'unconfirmed',
          ...verificationColumns({ kind: input.kind, emailDomain: input.contact_email, website: input.website }),
          initiator: 0,
          confidential: input.confidential ? 1 : 0,
          source: 'form',
          text_version: row.textVersion,
          language: requests[row.index]!.textLanguage,
          identity_key: row.identityKey,
          confirm_token_hash: null,
          merged_into: null,
          partner_link_id: linkOf(row),
          created_at: at,
          confirmed_at: null,
          decided_at: null,
          updated_at: at,
        };
      }),
    )
    .onConflict((oc) => oc.columns(['statement_id', 'identity_key']).doUpdateSet({ updated_at: at }))
    .returning(['id', 'statement_id', 'identity_key'])
    .execute();
  const idOf = new Map(stored.map((s) => [`${s.statement_id}|${s.identity_key}`, s.id]));

  const signatureIds = rows.map((row) => idOf.get(`${row.statementId}|${row.identityKey}`)!);
  // Where each new signature came from: the coordinator's view of floods, and what a hold is reviewed by.
  const origins = rows.flatMap((row, i) => {
    const r = requests[row.index]!;
    if (signatureIds[i] !== row.id || (!r.origin && !row.held)) return [];
    return [{ signature_id: row.id, statement_id: row.statementId, client_hash: r.origin?.clientHash ?? null, network_hash: r.origin?.networkHash ?? null, email_domain: emailDomain(r.input.contact_email), hold_reason: row.held, created_at: at }];
  });
  if (origins.length) await trx.insertInto('sign_on_origins').values(origins).onConflict((oc) => oc.column('signature_id').doNothing()).execute();
  await insertContacts(
    trx,
    rows.map((row, i) => {
      const r = requests[row.index]!;
      return { signatureId: signatureIds[i]!, name: r.input.contact_name, email: r.input.contact_email, language: r.language, createdAt: opts.now, updatesConsent: r.input.updates_consent };
    }),
  );
  await trx
    .insertInto('audit_events')
    .values(
      rows.map((row, i) => ({
        id: newId(),
        at,
        actor: 'public',
        action: signatureIds[i] === row.id ? (row.held ? 'signature.held' : 'signature.submitted') : 'signature.confirmation_requested',
        subject_type: 'signature',
        subject_id: signatureIds[i]!,
        statement_id: row.statementId,
        detail: row.held ? JSON.stringify({ reason: row.held }) : null,
      })),
    )
    .execute();
  // Individuals are not organisations: they are not looked up in the registry. A held sign-on
  // sends no email (a flood must not mail strangers) and waits for a coordinator to release it.
  const jobs: EnqueueRequest<{ signatureId: string }>[] = signatureIds.flatMap((signatureId, i) => (rows[i]!.held ? [] : signOnJobs(signatureId, rows[i]!.individual)));
  await enqueueJobs(trx, jobs, opts.now);
  return out as (SignOnAccepted | AppError)[];
}

/** The jobs a sign-on starts: its confirmation email and, for an organisation, the registry look-up. */
export const signOnJobs = (signatureId: string, individual: boolean): EnqueueRequest<{ signatureId: string }>[] => [
  { definition: confirmationEmailJob, payload: { signatureId }, key: confirmationJobKey(signatureId) },
  ...(individual ? [] : [{ definition: registerSignatoryJob, payload: { signatureId }, key: registerJobKey(signatureId) }]),
];

/** The same answer as a check that failed (a replayed challenge): fetch or solve a new one. */
export const challengeUsed = () => localisedError('validation_failed', 'abuse.challengeUsed', undefined, { altcha: { key: 'abuse.challengeUsed' } });

const PRUNE_EVERY_MS = 10 * 60_000;

/** Public sign-ons of this process, written together (see GroupCommit). */
export function signOnWriter(deps: { db: Db; limits: SignOnLimits; clock: () => Date; logger: Logger; onWritten?: (results: readonly (SignOnAccepted | AppError)[]) => void }): SignOnWriter {
  let prunedAt = 0;
  return new GroupCommit<SignOnRequest, SignOnAccepted>(async (items) => {
    let results: (SignOnAccepted | AppError)[];
    try {
      const now = deps.clock();
      results = await deps.db.transaction().execute(async (trx) => {
        // Windows and used challenges are forgotten once they can no longer matter.
        if (Math.abs(now.getTime() - prunedAt) > PRUNE_EVERY_MS) {
          prunedAt = now.getTime();
          await pruneRateWindows(trx, new Date(now.getTime() - 2 * 3_600_000));
          await trx.deleteFrom('used_challenges').where('expires_at', '<', now.toISOString()).execute();
        }
        return writeSignOns(trx, items, { ...deps.limits, now });
      });
    } catch (err) {
      // Nothing of the batch was stored; each signatory is told to try again.
      deps.logger.error('sign-on batch not stored', { signOns: items.length, error: err instanceof Error ? err.message : String(err) });
      throw localisedError('unavailable', 'error.signOnUnavailable');
    }
    deps.onWritten?.(results);
    return results;
  });
}

export type SignOnWriter = GroupCommit<SignOnRequest, SignOnAccepted>;
