import type { Statement } from './statement.ts';

/** A statement's text in another language, written by the coordinators. Shown only once ready. */
export interface StatementTranslation {
  statementId: string;
  language: string;
  title: string;
  headline: string | null;
  body: string;
  placeAndDate: string | null;
  ready: boolean;
  updatedAt: Date;
}

/** The text a reader is shown: the original or a ready translation, and which language prevails. */
export interface StatementText {
  language: string;
  title: string;
  headline: string | null;
  body: string;
  placeAndDate: string | null;
  /** True when this is a translation, not the original. */
  translated: boolean;
  /** The language whose version is authoritative. */
  authoritativeLanguage: string;
  /** Languages with a text to read (the original first, then ready translations). */
  available: string[];
}

const base = (tag: string) => tag.toLowerCase().split('-')[0]!;

/** The statement's own language or, when it names none, the original. */
export const authoritativeLanguage = (s: Pick<Statement, 'language' | 'authoritativeLanguage'>): string => s.authoritativeLanguage ?? s.language;

/**
 * Which text to show for the languages a reader wants, best first: the original when it is in one
 * of them, else a ready translation in one ("fr-CA" accepts "fr"), else the original.
 */
export function statementText(s: Statement, translations: readonly StatementTranslation[], wanted: readonly string[]): StatementText {
  const ready = translations.filter((t) => t.ready);
  const common = { authoritativeLanguage: authoritativeLanguage(s), available: [s.language, ...ready.map((t) => t.language)] };
  const original: StatementText = { language: s.language, title: s.title, headline: s.headline, body: s.body, placeAndDate: s.placeAndDate, translated: false, ...common };
  for (const want of wanted) {
    const w = want.toLowerCase();
    if (s.language.toLowerCase() === w || base(s.language) === w) return original;
    const hit = ready.find((t) => t.language.toLowerCase() === w) ?? ready.find((t) => base(t.language) === base(w));
    if (hit) return { language: hit.language, title: hit.title, headline: hit.headline, body: hit.body, placeAndDate: hit.placeAndDate, translated: true, ...common };
    if (base(s.language) === base(w)) return original;
  }
  return original;
}

/** The statement with its text replaced by `text` (headline counting, titles), for views and documents. */
export const withText = (s: Statement, text: StatementText): Statement => ({
  ...s,
  language: text.language,
  title: text.title,
  headline: text.headline,
  body: text.body,
  placeAndDate: text.placeAndDate,
});
