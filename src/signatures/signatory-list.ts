import type { DbOrTx } from '../db/database.ts';
import { currentList } from '../publishing/current-list.ts';
import type { Statement } from '../statements/statement.ts';
import { identityName } from './signature-input.ts';
import { listSignaturesWithContacts } from './signature.repository.ts';
import { SIGNATURE_STATES, type Signature, type SignatureState } from './signature.ts';

export const SIGNATORY_SORTS = ['number', 'name', 'newest'] as const;
export type SignatorySort = (typeof SIGNATORY_SORTS)[number];

export interface SignatoryQuery {
  /** Part of the name, folded like identities (case, accents, punctuation). */
  q?: string | undefined;
  state?: SignatureState | undefined;
  /** A country code, or "international" for none. */
  country?: string | undefined;
  type?: string | undefined;
  textVersion?: number | undefined;
  sort?: SignatorySort | undefined;
  page?: number | undefined;
  perPage?: number | undefined;
}

export type ListedSignatory = Signature & { contact: { name: string; email: string } | null; number: number | null };

/** Reads the coordinator's list filters from a query string, ignoring what is not understood. */
export function parseSignatoryQuery(q: Record<string, string | undefined>): SignatoryQuery {
  const state = SIGNATURE_STATES.find((s) => s === q.state);
  const sort = SIGNATORY_SORTS.find((s) => s === q.sort);
  const num = (s: string | undefined) => (s && /^\d{1,9}$/.test(s) ? Number(s) : undefined);
  return {
    q: q.q?.trim().slice(0, 200) || undefined,
    state,
    country: q.country && /^([A-Za-z]{2}|international)$/.test(q.country) ? (q.country === 'international' ? q.country : q.country.toUpperCase()) : undefined,
    type: q.type?.slice(0, 20) || undefined,
    textVersion: num(q.version),
    sort,
    page: num(q.page),
  };
}

/**
 * The coordinator's list of a statement's signatories: each with its number as published (the
 * public list's, so the coordinator and the PDF agree), searchable, filterable by state, country,
 * type and text version, sorted by number, name or arrival, and paged. Filtering happens in
 * memory over the statement's signatures (a few thousand rows), so name search folds accents and
 * case the same way on both databases.
 */
export async function listSignatories(db: DbOrTx, statement: Statement, query: SignatoryQuery): Promise<{ rows: ListedSignatory[]; total: number; page: number; pages: number; versions: number[] }> {
  const [all, list] = await Promise.all([listSignaturesWithContacts(db, statement.id), currentList(db, statement)]);
  const numbers = new Map([...list.signatories, ...list.addendum].map((e) => [e.signatureId, e.number]));
  const needle = query.q ? identityName(query.q) : '';
  // A search of punctuation only ("%", "_", "#") folds to nothing: it is looked for as typed.
  const literal = query.q && !needle ? query.q.toLocaleLowerCase('und') : '';
  const rows = all
    .map((s) => ({ ...s, number: numbers.get(s.id) ?? null }))
    .filter((s) => (query.state ? s.state === query.state : s.state !== 'merged'))
    .filter((s) => !query.country || (query.country === 'international' ? s.international : s.country === query.country))
    .filter((s) => !query.type || s.type === query.type)
    .filter((s) => query.textVersion === undefined || s.textVersion === query.textVersion)
    .filter((s) => !needle || identityName(s.name).includes(needle))
    .filter((s) => !literal || s.name.toLocaleLowerCase('und').includes(literal));
  const collator = new Intl.Collator(statement.language);
  const sort = query.sort ?? 'number';
  rows.sort((a, b) => {
    if (sort === 'newest') return b.createdAt.getTime() - a.createdAt.getTime() || a.id.localeCompare(b.id);
    if (sort === 'number' && (a.number !== null || b.number !== null)) {
      if (a.number === null) return 1;
      if (b.number === null) return -1;
      if (a.number !== b.number) return a.number - b.number;
    }
    return collator.compare(a.name, b.name) || a.createdAt.getTime() - b.createdAt.getTime();
  });
  const perPage = query.perPage ?? 100;
  const pages = Math.max(1, Math.ceil(rows.length / perPage));
  const page = Math.min(Math.max(1, query.page ?? 1), pages);
  const versions = [...new Set(all.map((s) => s.textVersion))].sort((a, b) => a - b);
  return { rows: rows.slice((page - 1) * perPage, page * perPage), total: rows.length, page, pages, versions };
}
