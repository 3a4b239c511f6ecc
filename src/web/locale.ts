import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { DEFAULT_LOCALE, matchLocale, preferredLocale, translator, type Locale, type Translate } from '../i18n/i18n.ts';
import type { AppEnv } from './env.ts';
import { isEmbeddable } from './embeddable.ts';

export const LANGUAGE_COOKIE = 'usg_lang';

/**
 * The reader's interface language: `?lang=` (remembered in a cookie), then that cookie, then
 * Accept-Language. When none names a supported language, `localeChosen` stays false and pages
 * about one statement fall back to the statement's language (readerLocale). Every tag is checked
 * before use, so "__proto__" or "constructor" simply match nothing.
 */
export const negotiateLanguage = (opts: { secure: boolean }): MiddlewareHandler<AppEnv> => async (c, next) => {
  const asked = matchLocale(c.req.query('lang'));
  // The embedded widget, badge and card take `?lang=` for that answer only: they set no cookie.
  if (asked && !isEmbeddable(c.req.path)) setCookie(c, LANGUAGE_COOKIE, asked, { path: '/', sameSite: 'Lax', secure: opts.secure, maxAge: 365 * 86400 });
  const chosen = asked ?? matchLocale(getCookie(c, LANGUAGE_COOKIE)) ?? preferredLocale(c.req.header('accept-language'));
  const locale = chosen ?? DEFAULT_LOCALE;
  c.set('locale', locale);
  c.set('localeChosen', chosen !== null);
  c.set('t', translator(locale));
  await next();
  // The answer carries this reader's language cookie: no shared cache may keep it for others.
  if (asked && !isEmbeddable(c.req.path) && c.res.headers.get('cache-control')?.includes('public')) c.res.headers.set('Cache-Control', 'private, max-age=5');
};

/** The interface language for a page about a statement written in `statementLanguage`. */
export function readerLocale(c: Context<AppEnv>, statementLanguage: string): Locale {
  if (c.get('localeChosen')) return c.get('locale') as Locale;
  return matchLocale(statementLanguage) ?? DEFAULT_LOCALE;
}

/** The translator for readerLocale. */
export const readerTranslator = (c: Context<AppEnv>, statementLanguage: string): Translate => translator(readerLocale(c, statementLanguage));

/** The languages a reader asks a statement's text in, best first: `?lang=` as typed (any language a translation may be in), then the interface language. */
export function wantedLanguages(c: Context<AppEnv>, statementLanguage: string): string[] {
  const raw = c.req.query('lang');
  const wanted: string[] = [];
  if (raw && raw.length <= 35 && /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8}){0,4}$/.test(raw)) wanted.push(raw);
  wanted.push(readerLocale(c, statementLanguage));
  return wanted;
}
