import type { DbOrTx } from '../db/database.ts';
import { notFound } from '../errors.ts';
import { recordAudit } from '../shared/audit.ts';
import { newId } from '../shared/ids.ts';
import { validate } from '../shared/validate.ts';
import { VersionedCache } from '../shared/versioned-cache.ts';
import type { Statement } from '../statements/statement.ts';
import { getStatementBySlug } from '../statements/statement.repository.ts';
import { ResponseInput } from './delivery-input.ts';

/** A response from an addressee, recorded by the coordinator; shown publicly only once published. */
export interface AddresseeResponse {
  id: string;
  responder: string;
  receivedOn: string;
  text: string | null;
  link: string | null;
  published: boolean;
  createdAt: Date;
}

type Row = { id: string; responder: string; received_on: string; body: string | null; link: string | null; published: number; created_at: string };
const toResponse = (r: Row): AddresseeResponse => ({
  id: r.id,
  responder: r.responder,
  receivedOn: r.received_on,
  text: r.body,
  link: r.link,
  published: Number(r.published) === 1,
  createdAt: new Date(r.created_at),
});

export async function recordResponse(trx: DbOrTx, opts: { slug: string; input: unknown; coordinatorId: string; now: Date }): Promise<AddresseeResponse> {
  const input = validate(ResponseInput, opts.input);
  const statement = await getStatementBySlug(trx, opts.slug);
  const id = newId();
  const at = opts.now.toISOString();
  const row = { id, responder: input.responder, received_on: input.received_on, body: input.text, link: input.link, published: 0, created_at: at };
  await trx.insertInto('addressee_responses').values({ ...row, statement_id: statement.id, created_by: opts.coordinatorId, updated_at: at }).execute();
  await recordAudit(trx, { at: opts.now, actor: opts.coordinatorId, action: 'response.recorded', subjectType: 'statement', subjectId: statement.id, detail: { response: id } });
  return toResponse(row);
}

/**
 * Shows a response on the statement's public page, or takes it off. The statement's updated_at
 * moves, so the cached public page is rebuilt with its "Responses" section.
 */
export async function setResponsePublished(trx: DbOrTx, opts: { slug: string; id: string; published: boolean; coordinatorId: string; now: Date }): Promise<void> {
  const statement = await getStatementBySlug(trx, opts.slug);
  const at = opts.now.toISOString();
  const r = /^[0-9a-f-]{36}$/.test(opts.id)
    ? await trx.updateTable('addressee_responses').set({ published: opts.published ? 1 : 0, updated_at: at }).where('id', '=', opts.id).where('statement_id', '=', statement.id).executeTakeFirst()
    : null;
  if (!r || Number(r.numUpdatedRows) === 0) throw notFound('Response');
  // Always later than before, even within one millisecond (or a test's clock standing still): the page's cache version must move.
  const moved = new Date(Math.max(opts.now.getTime(), statement.updatedAt.getTime() + 1)).toISOString();
  await trx.updateTable('statements').set({ updated_at: moved }).where('id', '=', statement.id).execute();
  await recordAudit(trx, { at: opts.now, actor: opts.coordinatorId, action: opts.published ? 'response.published' : 'response.unpublished', subjectType: 'statement', subjectId: statement.id, detail: { response: opts.id } });
}

/** A statement's responses, newest received first; `publishedOnly` for the public page. */
export async function listResponses(db: DbOrTx, statementId: string, opts: { publishedOnly?: boolean } = {}): Promise<AddresseeResponse[]> {
  let q = db.selectFrom('addressee_responses').select(['id', 'responder', 'received_on', 'body', 'link', 'published', 'created_at']).where('statement_id', '=', statementId);
  if (opts.publishedOnly) q = q.where('published', '=', 1);
  return (await q.orderBy('received_on', 'desc').orderBy('created_at', 'desc').execute()).map(toResponse);
}

const published = new VersionedCache<AddresseeResponse[]>();

/** The published responses of a statement, read once per change of the statement (publishing one moves updated_at). */
export const publishedResponses = (db: DbOrTx, s: Pick<Statement, 'id' | 'updatedAt'>) => published.get(s.id, s.updatedAt.getTime(), () => listResponses(db, s.id, { publishedOnly: true }));
