import { countryName } from './countries.ts';
import { translator } from './i18n.ts';

/** Where a listed organisation works: a country code, or none (international or regional, or not given). */
export interface Place {
  country: string | null;
  /** Left out in lists frozen before it was recorded: read as "not given". */
  international?: boolean;
}

/**
 * The place as a reader sees it, in their language: the country's name, "International /
 * regional" for an organisation that chose it, or null when the list gave no country.
 */
export function placeName(p: Place, language: string): string | null {
  if (p.country) return countryName(p.country, language);
  return p.international ? translator(language)('sign.international') : null;
}
