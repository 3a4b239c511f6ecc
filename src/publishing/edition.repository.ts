import type { Selectable } from 'kysely';
import type { DbOrTx } from '../db/database.ts';
import type { EditionsTable } from '../db/schema.ts';
import { notFound } from '../errors.ts';
import type { DocumentFormat, Edition, EditionState, FrozenEntry, FrozenIndividual } from './edition.ts';

type Row = Selectable<EditionsTable>;
const num = (v: number | null) => (v === null ? null : Number(v));

export function rowToEdition(r: Row): Edition {
  return {
    id: r.id,
    statementId: r.statement_id,
    number: Number(r.number),
    state: r.state as EditionState,
    publishAt: new Date(r.publish_at),
    publishedAt: r.published_at ? new Date(r.published_at) : null,
    textVersion: num(r.text_version),
    language: r.language,
    title: r.title,
    headline: r.headline,
    body: r.body,
    placeAndDate: r.place_and_date,
    count: num(r.count),
    confidentialCount: num(r.confidential_count),
    list: r.list_json ? (JSON.parse(r.list_json) as FrozenEntry[]) : [],
    individuals: r.individuals_json ? (JSON.parse(r.individuals_json) as FrozenIndividual[]) : [],
    languages: r.languages ? (JSON.parse(r.languages) as string[]) : r.language ? [r.language] : [],
    lastError: r.last_error,
  };
}

export async function listEditions(db: DbOrTx, statementId: string): Promise<Edition[]> {
  const rows = await db.selectFrom('editions').selectAll().where('statement_id', '=', statementId).orderBy('number').execute();
  return rows.map(rowToEdition);
}

export async function getEdition(db: DbOrTx, statementId: string, number: number): Promise<Edition> {
  const row = await db.selectFrom('editions').selectAll().where('statement_id', '=', statementId).where('number', '=', number).executeTakeFirst();
  if (!row) throw notFound(`Edition ${number}`);
  return rowToEdition(row);
}

/** The newest published edition, or null before the first publication. */
export async function latestPublishedEdition(db: DbOrTx, statementId: string): Promise<Edition | null> {
  const row = await db
    .selectFrom('editions')
    .selectAll()
    .where('statement_id', '=', statementId)
    .where('state', '=', 'published')
    .orderBy('number', 'desc')
    .executeTakeFirst();
  return row ? rowToEdition(row) : null;
}

export async function nextEditionNumber(db: DbOrTx, statementId: string): Promise<number> {
  const row = await db
    .selectFrom('editions')
    .select((eb) => eb.fn.max<number | null>('number').as('n'))
    .where('statement_id', '=', statementId)
    .executeTakeFirst();
  return Number(row?.n ?? 0) + 1;
}

/** A stored document of a published edition in one of its languages: the exact bytes published. */
export async function getEditionDocument(
  db: DbOrTx,
  edition: Pick<Edition, 'id' | 'language'>,
  format: DocumentFormat,
  language?: string | null,
): Promise<{ content: Buffer; sha256: string } | null> {
  const row = await db
    .selectFrom('edition_documents')
    .select(['content', 'sha256'])
    .where('edition_id', '=', edition.id)
    .where('format', '=', format)
    .where('language', '=', language ?? edition.language ?? 'en')
    .executeTakeFirst();
  return row ? { content: Buffer.from(row.content), sha256: row.sha256 } : null;
}
