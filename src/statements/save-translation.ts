import type { DbOrTx } from '../db/database.ts';
import { localisedError } from '../errors.ts';
import { recordAudit } from '../shared/audit.ts';
import { validate } from '../shared/validate.ts';
import { TranslationInput, languageTag } from './statement-input.ts';
import { getStatementBySlug } from './statement.repository.ts';
import type { Statement } from './statement.ts';
import { findTranslation, listTranslations } from './translation.repository.ts';
import type { StatementTranslation } from './translation.ts';

const sameLanguage = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Adds (`create`), changes (`update`) or writes either way (`upsert`) a statement's translation.
 * A translation in the statement's own language is refused: that text is the statement itself.
 */
export async function saveTranslation(
  db: DbOrTx,
  opts: { slug: string; input: unknown; mode: 'create' | 'update' | 'upsert'; language?: string; coordinatorId: string; now: Date },
): Promise<{ statement: Statement; translation: StatementTranslation; created: boolean }> {
  const raw = opts.language ? { ...(opts.input as object), language: opts.language } : opts.input;
  const input = validate(TranslationInput, raw);
  const statement = await getStatementBySlug(db, opts.slug);
  if (sameLanguage(input.language, statement.language)) {
    throw localisedError('conflict', 'error.translationIsOriginal', { language: input.language }, { language: { key: 'error.translationIsOriginal', params: { language: input.language } } });
  }
  const existing = await findTranslation(db, statement.id, input.language);
  if (existing && opts.mode === 'create') throw localisedError('conflict', 'error.translationExists', { language: input.language });
  if (!existing && opts.mode === 'update') throw localisedError('not_found', 'error.translationNotFound', { language: input.language });
  const at = opts.now.toISOString();
  const values = { title: input.title, headline: input.headline, body: input.body, place_and_date: input.place_and_date, ready: input.ready ? 1 : 0, updated_at: at };
  if (existing) {
    await db.updateTable('statement_translations').set(values).where('statement_id', '=', statement.id).where('language', '=', existing.language).execute();
  } else {
    await db.insertInto('statement_translations').values({ ...values, statement_id: statement.id, language: input.language, created_by: opts.coordinatorId, created_at: at }).execute();
  }
  // A translation is part of the statement's text: its version moves, so every cache refreshes.
  await db.updateTable('statements').set((eb) => ({ updated_at: at, text_version: eb('text_version', '+', 1) })).where('id', '=', statement.id).execute();
  await recordAudit(db, {
    at: opts.now,
    actor: opts.coordinatorId,
    action: existing ? 'statement.translation_changed' : 'statement.translation_added',
    subjectType: 'statement',
    subjectId: statement.id,
    detail: { language: input.language, ready: input.ready },
  });
  const translation = (await findTranslation(db, statement.id, input.language))!;
  return { statement, translation, created: !existing };
}

/** Chooses the language whose version prevails: the original or one of its translations. */
export async function setAuthoritativeLanguage(db: DbOrTx, opts: { slug: string; language: unknown; coordinatorId: string; now: Date }): Promise<Statement> {
  const language = validate(languageTag, opts.language);
  const statement = await getStatementBySlug(db, opts.slug);
  const known = sameLanguage(language, statement.language) || (await listTranslations(db, statement.id)).some((t) => sameLanguage(t.language, language));
  if (!known) {
    throw localisedError('validation_failed', 'error.translationNotFound', { language }, { language: { key: 'error.translationNotFound', params: { language } } });
  }
  const value = sameLanguage(language, statement.language) ? null : language;
  await db
    .updateTable('statements')
    .set((eb) => ({ authoritative_language: value, updated_at: opts.now.toISOString(), text_version: eb('text_version', '+', 1) }))
    .where('id', '=', statement.id)
    .execute();
  await recordAudit(db, { at: opts.now, actor: opts.coordinatorId, action: 'statement.authoritative_language', subjectType: 'statement', subjectId: statement.id, detail: { language } });
  return getStatementBySlug(db, opts.slug);
}
