import type { DbOrTx } from '../db/database.ts';
import { localisedError } from '../errors.ts';
import { headlineText, type Statement } from '../statements/statement.ts';
import { listTranslations } from '../statements/translation.repository.ts';
import { statementText, withText, type StatementText } from '../statements/translation.ts';
import { buildStatementDocument } from './build-document.ts';
import type { FrozenEntry } from './edition.ts';
import type { StatementDocument } from './documents/types.ts';

const base = (tag: string) => tag.toLowerCase().split('-')[0];

/** The statement's text in exactly `language` (the original, or a ready translation), or null. */
export function textIn(statement: Statement, translations: Parameters<typeof statementText>[1], language: string): StatementText | null {
  const text = statementText(statement, translations, [language]);
  return base(text.language) === base(language) ? text : null;
}

/** Every language the statement can be read in now: the original, then each ready translation. */
export async function readyTexts(db: DbOrTx, statement: Statement): Promise<StatementText[]> {
  const translations = await listTranslations(db, statement.id);
  const languages = [statement.language, ...translations.filter((t) => t.ready).map((t) => t.language)];
  return languages.map((l) => textIn(statement, translations, l)!);
}

/** The text in `language` (the original when none is asked), or a 404 saying no ready translation exists. */
export async function requireTextIn(db: DbOrTx, statement: Statement, language: string | null | undefined): Promise<StatementText> {
  const translations = await listTranslations(db, statement.id);
  const text = textIn(statement, translations, language ?? statement.language);
  if (!text) throw localisedError('not_found', 'error.noReadyTranslation', { language: String(language).slice(0, 35) });
  return text;
}

/**
 * A list in the order a reader of `language` expects: initiators first as they are, everyone else
 * by that language's collation (Cyrillic or Arabic names sort where their readers look for them),
 * numbered from `start`.
 */
export function collateFor(entries: readonly FrozenEntry[], language: string, initiatorIds: ReadonlySet<string>, start = 1): FrozenEntry[] {
  let collator: Intl.Collator;
  try {
    collator = new Intl.Collator(language);
  } catch {
    collator = new Intl.Collator('en');
  }
  const initiators = entries.filter((e) => initiatorIds.has(e.signatureId));
  const others = entries.filter((e) => !initiatorIds.has(e.signatureId)).sort((a, b) => collator.compare(a.name, b.name) || a.number - b.number);
  return [...initiators, ...others].map((e, i) => ({ ...e, number: start + i }));
}

async function initiatorIds(db: DbOrTx, statementId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('signatures').select('id').where('statement_id', '=', statementId).where('initiator', '=', 1).execute();
  return new Set(rows.map((r) => r.id));
}

/**
 * The document of the statement in `text`'s language. In the original language the list keeps its
 * numbering (an edition's is frozen); a translation lists the same organisations collated for its
 * language and numbered in that order.
 */
export async function documentIn(
  db: DbOrTx,
  opts: {
    statement: Statement;
    text: StatementText;
    signatories: FrozenEntry[];
    addendum: FrozenEntry[];
    confidentialCount: number;
    individuals?: { number: number; name: string; affiliation: string | null }[];
    count: number;
    edition: { number: number; publishedAt: Date } | null;
  },
): Promise<StatementDocument> {
  const { statement, text } = opts;
  let { signatories, addendum } = opts;
  if (text.language !== statement.language) {
    const initiators = await initiatorIds(db, statement.id);
    signatories = collateFor(signatories, text.language, initiators, 1);
    addendum = collateFor(addendum, text.language, new Set(), signatories.length + 1);
  }
  return buildStatementDocument({
    language: text.language,
    title: headlineText(withText(statement, text), opts.count),
    placeAndDate: text.placeAndDate,
    body: text.body,
    signatories,
    addendum,
    confidentialCount: opts.confidentialCount,
    ...(opts.individuals ? { individuals: opts.individuals } : {}),
    count: opts.count,
    edition: opts.edition,
  });
}
