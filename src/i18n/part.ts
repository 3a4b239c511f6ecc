/**
 * A feature's own strings in all six languages, kept in one file under `src/i18n/parts/`
 * and listed once in `part-strings.ts`, which spreads every part into each catalogue, so that features
 * written side by side never edit the same lines of the big catalogues. English is the reference; the compiler checks
 * that every other language has exactly its keys, and `i18n/catalogue.test.ts` checks
 * placeholders and plural forms as for every other key. Strings in a part written since parts
 * exist were written by the development team in every language at once, so they are all on the
 * review list (`review.ts`) until a native speaker has read them; the older blocks moved out of
 * the catalogues as they were (`imports`, `duplicates`, `forms`) keep their own review entries.
 */
export function definePart<const E extends Record<string, string>>(part: {
  en: E;
  fr: Record<keyof E, string>;
  es: Record<keyof E, string>;
  ru: Record<keyof E, string>;
  pt: Record<keyof E, string>;
  ar: Record<keyof E, string>;
}) {
  return part;
}

/** The keys of a part, for the review list. */
export const partKeys = <E extends Record<string, string>>(part: { en: E }) => Object.keys(part.en) as (keyof E & string)[];
