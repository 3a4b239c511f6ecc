import type { Db, DbOrTx } from '../db/database.ts';
import type { Logger } from '../logger.ts';
import { GroupCommit } from '../shared/group-commit.ts';
import { localisedError, statementNotFound, type AppError } from '../errors.ts';
import { enqueueJobs, type EnqueueRequest } from '../jobs/job.repository.ts';
import { registerJobKey, registerSignatoryJob } from '../organisations/register-signatory.job.ts';
import { partnerLinkIds } from '../reach/partner-link.repository.ts';
import { countHits } from '../shared/rate-windows.ts';
import { hashSecret, newId } from '../shared/ids.ts';
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
  /** The client's network, for the per-minute limit; null for coordinators (not limited). */
  rateKey: string | null;
  /** The partner link's code the signatory came through (`?ref=`), if any; an unknown one is ignored. */
  ref?: string | null;
}

/** Always the same, whether the signature is new or repeated, so the answer reveals nothing. */
export interface SignOnAccepted {
  accepted: true;
}

/** Checks a public sign-on's fields; throws validation_failed with every field's problem. */
export const validateSignOn = (input: unknown): PublicSignOnInput => validate(PublicSignOnInput, input);

/** The key that makes one signature per organisation name and email per statement. */
export const identityKeyOf = (input: Pick<PublicSignOnInput, 'name' | 'contact_email'>) => hashSecret(`${identityName(input.name)}|${input.contact_email}`);

/**
 * Writes a batch of public sign-ons in the caller's transaction: only what the answer needs.
 * Each becomes (or finds) one unconfirmed signature with its private contact, an audit row, and
 * two jobs: the confirmation email and the registry look-up with duplicate flags. A repeat of
 * an existing signature takes exactly the same statements as a new one (an upsert on the unique
 * identity), so neither the answer nor its timing tells whether the organisation signed before;
 * the email job, keyed per signature while pending, makes a burst of repeats one email.
 */
export async function writeSignOns(trx: DbOrTx, requests: readonly SignOnRequest[], opts: { perMinute: number; now: Date }): Promise<(SignOnAccepted | AppError)[]> {
  const out: (SignOnAccepted | AppError | undefined)[] = new Array(requests.length).fill(undefined);
  const slugs = [...new Set(requests.map((r) => r.slug))];
  const statements = new Map((await trx.selectFrom('statements').selectAll().where('slug', 'in', slugs).execute()).map((r) => [r.slug, rowToStatement(r)]));

  // Per-network limit, counted in the database for all instances at once.
  const hits = new Map<string, number>();
  for (const r of requests) if (r.rateKey) hits.set(r.rateKey, (hits.get(r.rateKey) ?? 0) + 1);
  const counts = await countHits(trx, hits, { now: opts.now, windowMs: 60_000 });
  const seen = new Map<string, number>();

  interface Row {
    index: number;
    id: string;
    statementId: string;
    identityKey: string;
    textVersion: number;
    individual: boolean;
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
    if (r.rateKey) {
      const position = (seen.get(r.rateKey) ?? 0) + 1;
      seen.set(r.rateKey, position);
      const before = (counts.get(r.rateKey) ?? 0) - (hits.get(r.rateKey) ?? 0);
      if (before + position > opts.perMinute) {
        out[index] = localisedError('rate_limited', 'error.rateLimited');
        return;
      }
    }
    out[index] = { accepted: true };
    const identityKey = identityKeyOf(r.input);
    const k = `${statement.id}|${identityKey}`;
    // Identical sign-ons in one batch are one signature.
    if (byIdentity.has(k)) return;
    const row = { index, id: newId(), statementId: statement.id, identityKey, textVersion: statement.textVersion, individual: r.input.kind === 'individual' };
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
          org_type: input.type,
          website: input.website,
          state: 'unconfirmed',
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
  await trx
    .insertInto('contacts')
    .values(
      rows.map((row, i) => {
        const r = requests[row.index]!;
        return { signature_id: signatureIds[i]!, name: r.input.contact_name, email: r.input.contact_email, language: r.language, created_at: at };
      }),
    )
    .onConflict((oc) => oc.column('signature_id').doNothing())
    .execute();
  await trx
    .insertInto('audit_events')
    .values(
      rows.map((row, i) => ({
        id: newId(),
        at,
        actor: 'public',
        action: signatureIds[i] === row.id ? 'signature.submitted' : 'signature.confirmation_requested',
        subject_type: 'signature',
        subject_id: signatureIds[i]!,
        detail: null,
      })),
    )
    .execute();
  // Individuals are not organisations: they are not looked up in the registry.
  const jobs: EnqueueRequest<{ signatureId: string }>[] = signatureIds.flatMap((signatureId, i) => [
    { definition: confirmationEmailJob, payload: { signatureId }, key: confirmationJobKey(signatureId) },
    ...(rows[i]!.individual ? [] : [{ definition: registerSignatoryJob, payload: { signatureId }, key: registerJobKey(signatureId) }]),
  ]);
  await enqueueJobs(trx, jobs, opts.now);
  return out as (SignOnAccepted | AppError)[];
}

/** Public sign-ons of this process, written together (see GroupCommit). */
export function signOnWriter(deps: { db: Db; perMinute: number; clock: () => Date; logger: Logger; onWritten?: (results: readonly (SignOnAccepted | AppError)[]) => void }): SignOnWriter {
  return new GroupCommit<SignOnRequest, SignOnAccepted>(async (items) => {
    let results: (SignOnAccepted | AppError)[];
    try {
      results = await deps.db.transaction().execute((trx) => writeSignOns(trx, items, { perMinute: deps.perMinute, now: deps.clock() }));
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
