// Country codes ↔ the numeric ids of the Natural Earth shapes in `world-atlas`, and each
// country's continent, from the `world-countries` package (mledoze/countries, ODbL): data with
// its source, not a hand-kept table. See docs/decisions/coordinator-dashboard.md.
import { createRequire } from 'node:module';

interface CountryRecord {
  cca2: string;
  ccn3: string;
  region: string;
}

const require = createRequire(import.meta.url);

/** Continents as UN M49 region codes, so Intl.DisplayNames names them in every language. */
const M49: Record<string, string> = { Africa: '002', Americas: '019', Asia: '142', Europe: '150', Oceania: '009', Antarctic: 'AQ' };

let loaded: { alpha2ByNumeric: Map<string, string>; regionByAlpha2: Map<string, string> } | null = null;

function tables() {
  if (!loaded) {
    const all = require('world-countries/countries.json') as CountryRecord[];
    const alpha2ByNumeric = new Map<string, string>();
    const regionByAlpha2 = new Map<string, string>();
    for (const c of all) {
      if (c.ccn3) alpha2ByNumeric.set(c.ccn3, c.cca2);
      const region = M49[c.region];
      if (region) regionByAlpha2.set(c.cca2, region);
    }
    // Kosovo has no ISO numeric code; world-atlas gives its shape no id, world-countries has it as XK.
    regionByAlpha2.set('XK', '150');
    loaded = { alpha2ByNumeric, regionByAlpha2 };
  }
  return loaded;
}

/** ISO 3166-1 numeric ("524") → alpha-2 ("NP"); null when unknown. */
export const alpha2FromNumeric = (numeric: string): string | null => tables().alpha2ByNumeric.get(numeric.padStart(3, '0')) ?? null;

/** A country's continent as a UN M49 code ("142" Asia), or null (unknown, or no country). */
export const regionOf = (alpha2: string | null): string | null => (alpha2 ? (tables().regionByAlpha2.get(alpha2) ?? null) : null);
