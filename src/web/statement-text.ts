import type { Context } from 'hono';
import { renderBody } from '../statements/render-body.ts';
import { cachedTranslations } from '../statements/translation.repository.ts';
import { statementText, type StatementText } from '../statements/translation.ts';
import type { Statement } from '../statements/statement.ts';
import type { AppEnv } from './env.ts';
import { wantedLanguages } from './locale.ts';

/** The statement's text this reader is shown: a ready translation in their language, else the original. */
export async function readerText(c: Context<AppEnv>, statement: Statement): Promise<StatementText> {
  const translations = await cachedTranslations(c.get('deps').db, statement);
  return statementText(statement, translations, wantedLanguages(c, statement.language));
}

// Rendered Markdown per statement text and language; the body changes rarely, the page is read constantly.
const bodyCache = new Map<string, { version: string; html: string }>();
/** The body of `text` as HTML, rendered once per version of the statement. */
export function cachedBody(s: Statement, text: StatementText): string {
  const key = `${s.id}|${text.language}`;
  const version = `${s.textVersion}|${s.updatedAt.getTime()}`;
  const hit = bodyCache.get(key);
  if (hit && hit.version === version) return hit.html;
  const html = renderBody(text.body);
  if (bodyCache.size > 2000) bodyCache.clear();
  bodyCache.set(key, { version, html });
  return html;
}

