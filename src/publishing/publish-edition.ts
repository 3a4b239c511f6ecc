import { createHash } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { localisedError } from '../errors.ts';
import { recordAudit } from '../shared/audit.ts';
import { newId } from '../shared/ids.ts';
import { loadIndividuals, loadPublicList } from '../signatures/public-list.ts';
import { bumpList, getStatementById, getStatementBySlug } from '../statements/statement.repository.ts';
import { headlineText, type Statement } from '../statements/statement.ts';
import { documentIn, readyTexts } from './language-document.ts';
import type { Edition, FrozenEntry } from './edition.ts';
import { getEdition, nextEditionNumber, rowToEdition } from './edition.repository.ts';
import { render, type Renderers } from './renderers.ts';
import { enqueueJob } from '../jobs/job.repository.ts';
import { PermanentJobError } from '../jobs/job.ts';
import { publishScheduledEditionJob } from './publish-scheduled-edition.job.ts';

/**
 * Publishes an edition now, or schedules it for `at`. Publishing freezes the text, the numbering
 * and the count, renders the PDF and DOCX and stores their bytes; they are served unchanged
 * afterwards. Documents are rendered before the transaction, so a failed render stores nothing.
 */
export async function publishEdition(
  db: Db,
  opts: { slug: string; at?: Date | null; coordinatorId: string; now: Date; renderers: Renderers },
): Promise<Edition> {
  const statement = await getStatementBySlug(db, opts.slug);
  if (statement.state === 'draft') throw localisedError('illegal_transition', 'error.publishDraft', { slug: statement.slug });
  const number = await nextEditionNumber(db, statement.id);
  if (statement.twoPersonPublishing) {
    // One coordinator prepares; a second releases it (releaseEdition), at its moment or now.
    const id = newId();
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('editions')
        .values({ ...emptyEdition(), id, statement_id: statement.id, number, state: 'prepared', publish_at: (opts.at ?? opts.now).toISOString(), created_by: opts.coordinatorId, created_at: opts.now.toISOString() })
        .execute();
      await recordAudit(trx, { at: opts.now, actor: opts.coordinatorId, action: 'edition.prepared', subjectType: 'statement', subjectId: statement.id, detail: { number } });
    });
    return getEdition(db, statement.id, number);
  }
  const scheduled = opts.at && opts.at.getTime() > opts.now.getTime();
  if (scheduled) {
    const id = newId();
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('editions')
        .values({ ...emptyEdition(), id, statement_id: statement.id, number, state: 'scheduled', publish_at: opts.at!.toISOString(), created_by: opts.coordinatorId, created_at: opts.now.toISOString() })
        .execute();
      await recordAudit(trx, { at: opts.now, actor: opts.coordinatorId, action: 'edition.scheduled', subjectType: 'statement', subjectId: statement.id, detail: { number, at: opts.at } });
      await enqueueJob(trx, publishScheduledEditionJob, { editionId: id }, { now: opts.now, runAt: opts.at!, key: `edition:${id}` });
    });
    return getEdition(db, statement.id, number);
  }
  return freezeEdition(db, { statement, number, editionId: null, coordinatorId: opts.coordinatorId, now: opts.now, renderers: opts.renderers });
}

/**
 * Releases an edition prepared under two-person publishing: only a coordinator other than the
 * one who prepared it may; it is then scheduled for its moment, or frozen and published now.
 */
export async function releaseEdition(db: Db, opts: { slug: string; number: number; coordinatorId: string; now: Date; renderers: Renderers }): Promise<Edition> {
  const statement = await getStatementBySlug(db, opts.slug);
  const row = await db.selectFrom('editions').selectAll().where('statement_id', '=', statement.id).where('number', '=', opts.number).executeTakeFirst();
  if (!row || row.state !== 'prepared') throw localisedError('conflict', 'team.error.notPrepared', { number: String(opts.number) });
  if (row.created_by === opts.coordinatorId) throw localisedError('forbidden', 'team.error.samePerson');
  const publishAt = new Date(row.publish_at);
  const claim = await db.transaction().execute(async (trx) => {
    const res = await trx.updateTable('editions').set({ state: publishAt > opts.now ? 'scheduled' : 'publishing' }).where('id', '=', row.id).where('state', '=', 'prepared').executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) return false;
    await recordAudit(trx, { at: opts.now, actor: opts.coordinatorId, action: 'edition.released', subjectType: 'statement', subjectId: statement.id, detail: { number: opts.number, preparedBy: row.created_by } });
    if (publishAt > opts.now) await enqueueJob(trx, publishScheduledEditionJob, { editionId: row.id }, { now: opts.now, runAt: publishAt, key: `edition:${row.id}` });
    return true;
  });
  if (!claim) throw localisedError('conflict', 'team.error.notPrepared', { number: String(opts.number) });
  if (publishAt > opts.now) return getEdition(db, statement.id, opts.number);
  try {
    return await freezeEdition(db, { statement, number: opts.number, editionId: row.id, coordinatorId: opts.coordinatorId, now: opts.now, renderers: opts.renderers });
  } catch (err) {
    // A failed render puts it back, to be released again.
    await db.updateTable('editions').set({ state: 'prepared' }).where('id', '=', row.id).execute();
    throw err;
  }
}

const emptyEdition = () => ({
  text_version: null,
  language: null,
  title: null,
  headline: null,
  body: null,
  place_and_date: null,
  count: null,
  confidential_count: null,
  list_json: null,
  individuals_json: null,
  languages: null,
  published_at: null,
  last_error: null,
});

/** Freezes the statement as it is now into edition `number` (a new row, or a claimed scheduled one). */
export async function freezeEdition(
  db: Db,
  opts: { statement: Statement; number: number; editionId: string | null; coordinatorId: string; now: Date; renderers: Renderers },
): Promise<Edition> {
  const statement = await getStatementById(db, opts.statement.id); // fresh count and text
  const [live, { individuals }] = await Promise.all([loadPublicList(db, statement), loadIndividuals(db, statement)]);
  const list: FrozenEntry[] = live.signatories.map((e) => ({ signatureId: e.signatureId, number: e.number, name: e.name, country: e.country, international: e.international, type: e.type }));
  const count = statement.approvedCount;
  const title = headlineText(statement, count);
  // One PDF and one DOCX for the original and for each ready translation, all rendered before anything is stored.
  const documents: { language: string; format: 'pdf' | 'docx'; content: Buffer }[] = [];
  for (const text of await readyTexts(db, statement)) {
    const doc = await documentIn(db, {
      statement,
      text,
      signatories: list,
      addendum: [],
      confidentialCount: live.confidentialCount,
      individuals,
      count,
      edition: { number: opts.number, publishedAt: opts.now },
    });
    const [pdf, docx] = await Promise.all([render(opts.renderers, 'pdf', doc), render(opts.renderers, 'docx', doc)]);
    documents.push({ language: text.language, format: 'pdf', content: pdf }, { language: text.language, format: 'docx', content: docx });
  }
  const languages = [...new Set(documents.map((d) => d.language))];
  const at = opts.now.toISOString();
  const id = opts.editionId ?? newId();
  const values = {
    state: 'published',
    text_version: statement.textVersion,
    language: statement.language,
    title: statement.title,
    headline: title,
    body: statement.body,
    place_and_date: statement.placeAndDate,
    count,
    confidential_count: live.confidentialCount,
    list_json: JSON.stringify(list),
    individuals_json: JSON.stringify(individuals),
    languages: JSON.stringify(languages),
    published_at: at,
    last_error: null,
  };
  await db.transaction().execute(async (trx) => {
    if (opts.editionId) {
      await trx.updateTable('editions').set(values).where('id', '=', id).execute();
    } else {
      await trx
        .insertInto('editions')
        .values({ ...values, id, statement_id: statement.id, number: opts.number, publish_at: at, created_by: opts.coordinatorId, created_at: at })
        .execute();
    }
    for (const { language, format, content } of documents) {
      await trx
        .insertInto('edition_documents')
        .values({ edition_id: id, format, language, content, sha256: createHash('sha256').update(content).digest('hex'), size: content.length, created_at: at })
        .execute();
    }
    await bumpList(trx, statement.id, 0, opts.now); // the public list now follows this edition's numbering
    await recordAudit(trx, { at: opts.now, actor: opts.coordinatorId, action: 'edition.published', subjectType: 'statement', subjectId: statement.id, detail: { number: opts.number, count } });
  });
  const row = await db.selectFrom('editions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return rowToEdition(row);
}

/**
 * Publishes one scheduled edition (the job queued when it was scheduled). An edition left
 * "publishing" by a crashed worker is taken up again; one already published is left alone.
 * A failed render marks the edition failed, with the reason, for the coordinator to see.
 */
export async function publishScheduledEdition(db: Db, opts: { editionId: string; now: Date; renderers: Renderers }): Promise<Edition | null> {
  const claim = await db.updateTable('editions').set({ state: 'publishing' }).where('id', '=', opts.editionId).where('state', 'in', ['scheduled', 'publishing']).executeTakeFirst();
  if (Number(claim.numUpdatedRows) !== 1) return null;
  const row = await db.selectFrom('editions').selectAll().where('id', '=', opts.editionId).executeTakeFirstOrThrow();
  try {
    const statement = await getStatementById(db, row.statement_id);
    return await freezeEdition(db, { statement, number: Number(row.number), editionId: row.id, coordinatorId: row.created_by ?? 'system', now: opts.now, renderers: opts.renderers });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    await db.updateTable('editions').set({ state: 'failed', last_error: message.slice(0, 1000) }).where('id', '=', row.id).execute();
    throw new PermanentJobError(message);
  }
}

/** Publishes every scheduled edition whose moment has come (the job queue does this on its own; kept for the CLI and tests). */
export async function publishDueEditions(db: Db, opts: { now: Date; renderers: Renderers }): Promise<Edition[]> {
  const due = await db.selectFrom('editions').select('id').where('state', '=', 'scheduled').where('publish_at', '<=', opts.now.toISOString()).execute();
  const out: Edition[] = [];
  for (const { id } of due) {
    const e = await publishScheduledEdition(db, { editionId: id, now: opts.now, renderers: opts.renderers }).catch(() => null);
    if (e) out.push(e);
  }
  return out;
}
