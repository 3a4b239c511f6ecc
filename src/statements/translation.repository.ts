import type { Selectable } from 'kysely';
import type { DbOrTx } from '../db/database.ts';
import type { StatementTranslationsTable } from '../db/schema.ts';
import type { Statement } from './statement.ts';
import type { StatementTranslation } from './translation.ts';

type Row = Selectable<StatementTranslationsTable>;

export function rowToTranslation(r: Row): StatementTranslation {
  return {
    statementId: r.statement_id,
    language: r.language,
    title: r.title,
    headline: r.headline,
    body: r.body,
    placeAndDate: r.place_and_date,
    ready: Number(r.ready) === 1,
    updatedAt: new Date(r.updated_at),
  };
}

/** All translations of a statement (ready or not), by language. */
export async function listTranslations(db: DbOrTx, statementId: string): Promise<StatementTranslation[]> {
  const rows = await db.selectFrom('statement_translations').selectAll().where('statement_id', '=', statementId).orderBy('language').execute();
  return rows.map(rowToTranslation);
}

export async function findTranslation(db: DbOrTx, statementId: string, language: string): Promise<StatementTranslation | null> {
  const row = await db.selectFrom('statement_translations').selectAll().where('statement_id', '=', statementId).where('language', '=', language).executeTakeFirst();
  return row ? rowToTranslation(row) : null;
}

// Every change to a translation moves the statement's text_version, so this cache (and the page
// caches keyed on it) refresh on every instance.
const cache = new Map<string, { version: string; list: StatementTranslation[] }>();

/** The translations of a statement as of its text version; read once per change, not per request. */
export async function cachedTranslations(db: DbOrTx, s: Statement): Promise<StatementTranslation[]> {
  const hit = cache.get(s.id);
  const version = `${s.textVersion}|${s.updatedAt.getTime()}`;
  if (hit && hit.version === version) return hit.list;
  const list = await listTranslations(db, s.id);
  if (cache.size > 1000) cache.clear();
  cache.set(s.id, { version, list });
  return list;
}
