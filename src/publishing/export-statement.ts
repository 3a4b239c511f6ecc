import type { Readable } from 'node:stream';
import type { DbOrTx } from '../db/database.ts';
import { AppError, localisedError } from '../errors.ts';
import { placeName } from '../i18n/place-name.ts';
import { getStatementBySlug } from '../statements/statement.repository.ts';
import type { Statement } from '../statements/statement.ts';
import { documentIn, requireTextIn } from './language-document.ts';
import { currentList } from './current-list.ts';
import { signatoriesCsv, signatoriesJson, type ExportColumn, type ExportRow } from './documents/csv.ts';
import type { Edition, FrozenEntry } from './edition.ts';
import { getEdition, getEditionDocument } from './edition.repository.ts';
import { render, type Renderers } from './renderers.ts';
import { fullColumns, fullRows } from './signature-export-rows.ts';

export const EXPORT_FORMATS = ['pdf', 'docx', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportedFile {
  contentType: string;
  filename: string;
  body: Buffer | Readable;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** The public columns: no contact, no status, nothing private. */
export const publicColumns: ExportColumn[] = [
  { key: 'number', header: 'Number' },
  { key: 'name', header: 'Name' },
  { key: 'country', header: 'Country' },
  { key: 'country_code', header: 'Country code' },
  { key: 'type', header: 'Type' },
];

function* publicRows(entries: FrozenEntry[], language: string): Generator<ExportRow> {
  for (const e of entries) {
    yield { number: e.number, name: e.name, country: placeName(e, language), country_code: e.country, type: e.type };
  }
}

function publishedEdition(e: Edition): Edition {
  if (e.state !== 'published') throw new AppError('not_found', `Edition ${e.number} is ${e.state === 'scheduled' ? 'scheduled and not published yet' : 'not published'}.`);
  return e;
}

/**
 * A statement as a file. With an edition: exactly what was published (stored bytes, frozen
 * list). Without: the statement as it stands, rendered now. `full` (coordinators only) lists
 * every signature with its status and contact.
 */
export async function exportStatement(
  db: DbOrTx,
  opts: { slug: string; format: ExportFormat; edition?: number | null; full?: boolean; renderers: Renderers; language?: string | null },
): Promise<ExportedFile> {
  const statement = await getStatementBySlug(db, opts.slug);
  const edition = opts.edition ? publishedEdition(await getEdition(db, statement.id, opts.edition)) : null;
  const language = opts.language && opts.language.toLowerCase() !== statement.language.toLowerCase() ? opts.language : null;
  const stem = `${edition ? `${statement.slug}-edition-${edition.number}` : statement.slug}${language ? `-${language.toLowerCase()}` : ''}`;
  const file = (body: Buffer | Readable, suffix = ''): ExportedFile => ({ contentType: CONTENT_TYPES[opts.format], filename: `${stem}${suffix}.${opts.format}`, body });

  if (opts.format === 'csv' || opts.format === 'json') {
    const write = opts.format === 'csv' ? signatoriesCsv : signatoriesJson;
    if (opts.full) return file(write(fullRows(db, statement.id), fullColumns), '-full');
    // Country names in the language asked for; numbering stays the statement's own.
    const names = language ?? statement.language;
    if (edition) return file(write(publicRows(edition.list, names), publicColumns));
    const list = await currentList(db, statement);
    return file(write(publicRows([...list.signatories, ...list.addendum], names), publicColumns));
  }

  if (edition) {
    const wanted = language ?? edition.language ?? statement.language;
    const stored = edition.languages.find((l) => l.toLowerCase() === wanted.toLowerCase() || l.toLowerCase().split('-')[0] === wanted.toLowerCase());
    const doc = stored ? await getEditionDocument(db, edition, opts.format, stored) : null;
    if (!doc) throw localisedError('not_found', 'error.editionNoLanguage', { number: String(edition.number), language: wanted.slice(0, 35) });
    return file(doc.content);
  }
  const doc = await liveDocument(db, statement, language);
  return file(await render(opts.renderers, opts.format, doc));
}

/** The statement as it stands now in `language` (default: its own), for a preview or an unpublished export. */
export async function liveDocument(db: DbOrTx, statement: Statement, language?: string | null) {
  const text = await requireTextIn(db, statement, language);
  const list = await currentList(db, statement);
  return documentIn(db, {
    statement,
    text,
    signatories: list.signatories,
    addendum: list.addendum,
    confidentialCount: list.confidentialCount,
    individuals: list.individuals,
    count: statement.approvedCount,
    edition: list.edition?.publishedAt ? { number: list.edition.number, publishedAt: list.edition.publishedAt } : null,
  });
}
