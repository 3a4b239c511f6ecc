import { lookupLocation, type Location } from '../organisations/countries.ts';

export interface CountrySuffix {
  /** The name with the location and its separator removed. */
  name: string;
  /** The location exactly as written ("República Dominicana", "Centroamérica"). */
  countryText: string;
  location: Location;
}

/**
 * A trailing location set off from the name by a comma, a spaced dash or
 * middle dot, or final parentheses. A location fused into the name
 * ("Unwanted Witness Uganda", "SEATINI-Uganda") is part of the name.
 */
export function splitCountrySuffix(name: string): CountrySuffix | null {
  const patterns = [
    /^(.+?\S)\s*\(([^()]+)\)$/u, // "Media Rights Agenda (Nigeria)"
    /^(.+\S),\s+([^,()]+)$/u, // "Bytes for All, Pakistan"
    /^(.+\S)\s+[-–—·]\s+([^-–—·()]+)$/u, // "National Coalition … - Burundi", "Derechos Digitales · América Latina"
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(name.trim());
    if (!match?.[1] || !match[2]) continue;
    const countryText = match[2].trim();
    const location = lookupLocation(countryText, { fuzzy: true });
    if (location) return { name: match[1].trim(), countryText, location };
  }
  return null;
}

/**
 * Whether a list writes countries after its names. One stray ", Sierra Leone"
 * in 336 names is part of that organisation's name (a national chapter of
 * another signatory), not a convention of the list.
 */
export function listUsesCountrySuffix(names: string[]): boolean {
  const withSuffix = names.filter((name) => splitCountrySuffix(name) !== null).length;
  return withSuffix >= 2 && withSuffix / Math.max(names.length, 1) >= 0.01;
}
