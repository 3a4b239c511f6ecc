import { IntlMessageFormat } from 'intl-messageformat';
import { ar } from './messages.ar.ts';
import { en, type Catalogue, type MessageKey } from './messages.en.ts';
import { es } from './messages.es.ts';
import { fr } from './messages.fr.ts';
import { pt } from './messages.pt.ts';
import { ru } from './messages.ru.ts';

export type { MessageKey } from './messages.en.ts';

/** The interface languages, in the order the language switcher lists them. */
export const LOCALES = ['en', 'fr', 'es', 'ru', 'pt', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
export const SUPPORTED_LOCALES: readonly string[] = LOCALES;
export const DEFAULT_LOCALE: Locale = 'en';

// A Map, never a plain object: a tag such as "__proto__" or "constructor" must find nothing.
const catalogues = new Map<Locale, Catalogue>([
  ['en', en],
  ['fr', fr],
  ['es', es],
  ['ru', ru],
  ['pt', pt],
  ['ar', ar],
]);

/** The catalogue of a supported locale (tests compare them). */
export const catalogue = (locale: Locale): Catalogue => catalogues.get(locale)!;

const RTL = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);
/** Well-formed BCP 47 shape, checked before anything (Intl included) sees the tag. */
const TAG = /^[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8}){0,8}$/;

/** Writing direction of a language tag. */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  return RTL.has((tag.split(/[-_]/)[0] ?? '').toLowerCase()) ? 'rtl' : 'ltr';
}

/** The supported interface locale a tag asks for ("fr-CA" → "fr"), or null; never throws. */
export function matchLocale(tag: string | null | undefined): Locale | null {
  if (!tag || tag.length > 64 || !TAG.test(tag)) return null;
  const base = tag.split(/[-_]/)[0]!.toLowerCase();
  return (LOCALES as readonly string[]).includes(base) ? (base as Locale) : null;
}

/** The best supported locale in an Accept-Language header, or null when it names none. */
export function preferredLocale(header: string | undefined | null): Locale | null {
  if (!header) return null;
  const wanted = header
    .slice(0, 1000)
    .split(',')
    .slice(0, 30)
    .map((part, i) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag?.trim() ?? '', q: q === undefined ? 1 : Number(q), i };
    })
    .filter((w) => w.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { tag } of wanted) {
    const hit = matchLocale(tag);
    if (hit) return hit;
  }
  return null;
}

/** Picks the best supported locale from an Accept-Language header (or English). */
export function negotiateLocale(header: string | undefined | null): Locale {
  return preferredLocale(header) ?? DEFAULT_LOCALE;
}

export type MessageValue = string | number;
export type Params = Record<string, MessageValue>;

export interface Translate {
  (key: MessageKey, params?: Params): string;
  /** The same with rich values (JSX such as <bdi>{name}</bdi>); returns parts to place in a page. */
  rich(key: MessageKey, params: Record<string, unknown>): unknown;
  readonly locale: Locale;
}

const translators = new Map<Locale, Translate>();

/** A translator for one locale (unknown tags get English). Messages are compiled once, on first use. */
export function translator(tag: string): Translate {
  const locale = matchLocale(tag) ?? DEFAULT_LOCALE;
  let t = translators.get(locale);
  if (!t) {
    t = makeTranslator(locale);
    translators.set(locale, t);
  }
  return t;
}

function makeTranslator(locale: Locale): Translate {
  const cat = catalogues.get(locale)!;
  const compiled = new Map<MessageKey, IntlMessageFormat>();
  const format = (key: MessageKey) => {
    let m = compiled.get(key);
    if (!m) {
      m = new IntlMessageFormat(Object.hasOwn(cat, key) ? cat[key] : en[key], locale);
      compiled.set(key, m);
    }
    return m;
  };
  // Arguments named `field` carry the key of a field label, shown in the reader's language.
  const resolve = (params: Record<string, unknown>) => {
    const field = params.field;
    return typeof field === 'string' && Object.hasOwn(en, field) ? { ...params, field: t(field as MessageKey) } : params;
  };
  const t = ((key: MessageKey, params: Params = {}) => String(format(key).format(resolve(params)))) as Translate;
  t.rich = (key, params) => format(key).format(resolve(params) as Record<string, never>);
  Object.defineProperty(t, 'locale', { value: locale });
  return t;
}

const languageNames = new Map<string, Intl.DisplayNames>();

/** A language's name in the reader's language ("français" for a French reader, "French" for an English one). */
export function languageName(tag: string, inLocale: string): string {
  const locale = matchLocale(inLocale) ?? DEFAULT_LOCALE;
  let dn = languageNames.get(locale);
  if (!dn) {
    dn = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
    languageNames.set(locale, dn);
  }
  try {
    return dn.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A language's own name, as the switcher shows it ("français", "العربية"). */
export const nativeLanguageName = (tag: Locale): string => languageName(tag, tag);

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A date in a language, e.g. "28 avril 2019" (UTC, so every reader sees the same day). Any
 * well-formed tag works (a document may be in a language the interface lacks); others get English.
 */
export function formatDate(date: Date, tag: string): string {
  let f = dateFormats.get(tag);
  if (!f) {
    try {
      if (!TAG.test(tag) || tag.length > 35) throw new RangeError('not a tag');
      // Plain "en" would be American ("April 28, 2019"); coalitions write "28 April 2019".
      f = new Intl.DateTimeFormat(tag.toLowerCase() === 'en' ? 'en-GB' : tag, { dateStyle: 'long', timeZone: 'UTC' });
    } catch {
      f = new Intl.DateTimeFormat(DEFAULT_LOCALE, { dateStyle: 'long', timeZone: 'UTC' });
    }
    if (dateFormats.size > 200) dateFormats.clear();
    dateFormats.set(tag, f);
  }
  return f.format(date);
}
