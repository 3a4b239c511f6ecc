import { en, type Catalogue, type MessageKey } from './messages.en.ts';

const catalogues: Record<string, Catalogue> = { en };
export const SUPPORTED_LOCALES = Object.keys(catalogues);

/** Picks the best supported locale from an Accept-Language header (or 'en'). */
export function negotiateLocale(header: string | undefined | null): string {
  if (!header) return 'en';
  const wanted = header
    .split(',')
    .map((part) => {
      const [tag, q] = part.trim().split(';q=');
      return { tag: (tag ?? '').toLowerCase(), q: q ? Number(q) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of wanted) {
    const base = tag.split('-')[0] ?? '';
    if (catalogues[tag]) return tag;
    if (catalogues[base]) return base;
  }
  return 'en';
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const translators = new Map<string, Translate>();

/** A translator for one locale; `{name}` placeholders, plural branches chosen by `count`. Made once per locale. */
export function translator(locale: string): Translate {
  let t = translators.get(locale);
  if (!t) {
    t = makeTranslator(locale);
    if (translators.size < 500) translators.set(locale, t);
  }
  return t;
}

function makeTranslator(locale: string): Translate {
  const cat = catalogues[locale] ?? en;
  const plural = new Intl.PluralRules(locale);
  const number = new Intl.NumberFormat(locale);
  return (key, params = {}) => {
    const entry = (cat[key] ?? en[key]) as string | Record<string, string | undefined>;
    let template: string;
    if (typeof entry === 'string') template = entry;
    else {
      const count = Number(params.count ?? 0);
      template = entry[plural.select(count)] ?? entry.other ?? '';
    }
    return template.replace(/\{(\w+)\}/g, (m, name: string) => {
      const v = params[name];
      if (v === undefined) return m;
      return typeof v === 'number' ? number.format(v) : v;
    });
  };
}
