/**
 * Country and region names → ISO 3166 alpha-2, built from the ICU data in Node
 * (Intl.DisplayNames) rather than a hand-kept table, so every spelling CLDR
 * knows in the languages our signatories write in is recognised.
 */
import { demonymCountry } from './demonyms.ts';
import { COUNTRY_CODES, isCountryCode } from '../i18n/countries.ts';
import { memoised } from '../shared/memo.ts';
import { EXPANSIONS } from './lexicon.ts';

export type LocationKind = 'country' | 'region';

export interface Location {
  /** ISO 3166 alpha-2 for a country; null for a region ("Latin America"). */
  iso: string | null;
  kind: LocationKind;
}

const LANGUAGES = ['en', 'fr', 'es', 'pt', 'ru', 'de'] as const;

// UN M49 macro-regions; CLDR gives their names in each language
// ("Latinoamérica", "Centroamérica"), which lists do write as locations.
const M49_REGIONS = [
  '001', '002', '005', '009', '011', '013', '014', '015', '017', '018', '019', '021', '029', '030',
  '034', '035', '039', '053', '143', '142', '145', '150', '151', '154', '155', '202', '419',
];

const COUNTRY_ALIASES: Record<string, string> = {
  uk: 'GB', 'u k': 'GB', 'great britain': 'GB', britain: 'GB', england: 'GB', scotland: 'GB', wales: 'GB',
  'northern ireland': 'GB', 'united kingdom of great britain and northern ireland': 'GB',
  usa: 'US', 'u s a': 'US', us: 'US', 'u s': 'US', 'united states of america': 'US', eeuu: 'US', 'ee uu': 'US',
  drc: 'CD', 'dr congo': 'CD', rdc: 'CD', 'rd congo': 'CD', 'democratic republic of the congo': 'CD',
  'democratic republic of congo': 'CD', 'congo kinshasa': 'CD', 'congo brazzaville': 'CG',
  'republic of the congo': 'CG', 'ivory coast': 'CI', 'cote divoire': 'CI', 'cote d ivoire': 'CI',
  burma: 'MM', swaziland: 'SZ', macedonia: 'MK', 'czech republic': 'CZ', holland: 'NL', russia: 'RU',
  'russian federation': 'RU', 'south korea': 'KR', korea: 'KR', 'republic of korea': 'KR', 'north korea': 'KP',
  palestine: 'PS', 'state of palestine': 'PS', 'occupied palestinian territories': 'PS', vietnam: 'VN',
  'viet nam': 'VN', laos: 'LA', syria: 'SY', iran: 'IR', bolivia: 'BO', venezuela: 'VE', tanzania: 'TZ',
  moldova: 'MD', turkey: 'TR', turkiye: 'TR', 'cape verde': 'CV', 'east timor': 'TL', 'timor leste': 'TL',
  kosovo: 'XK', aotearoa: 'NZ', 'aotearoa new zealand': 'NZ', 'the gambia': 'GM', gambia: 'GM',
  'the netherlands': 'NL', 'the philippines': 'PH', 'kyrgyz republic': 'KG', brasil: 'BR', 'cabo verde': 'CV',
  eswatini: 'SZ', 'north macedonia': 'MK', 'bosnia': 'BA', 'bosnia herzegovina': 'BA', 'uae': 'AE',
  'sri lanka': 'LK', 'hong kong': 'HK', taiwan: 'TW', 'micronesia': 'FM', 'st lucia': 'LC', 'saint lucia': 'LC',
  // Round 4: the two Congos as French, Spanish and Portuguese lists write them.
  'republique democratique du congo': 'CD', 'republica democratica del congo': 'CD', 'republica democratica do congo': 'CD',
  'rd du congo': 'CD', 'republique du congo': 'CG', 'congo brazza': 'CG',
};

const REGION_ALIASES = [
  'america latina', 'latinoamerica', 'latin america', 'latin america and the caribbean', 'centroamerica',
  'central america', 'south america', 'sudamerica', 'global south',
  'africa', 'west africa', 'east africa', 'southern africa', 'north africa', 'central africa', 'europe',
  'asia', 'asia pacific', 'south asia', 'southeast asia', 'south east asia', 'central asia', 'middle east',
  'caribbean', 'pacific', 'eastern europe', 'balkans', 'western balkans', 'amerique latine', 'afrique',
  'afrique de l ouest', 'afrique centrale', 'europa', 'oceania', 'mena',
];

/** Case-, accent- and punctuation-insensitive form used as a lookup key. */
export function locationKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^(the|la|le|les|el|los|las|o|a) /, '');
}

interface LocationTable {
  byKey: Map<string, Location>;
  countryKeys: string[];
}

let table: LocationTable | undefined;

function addNames(byKey: Map<string, Location>, name: string, location: Location): void {
  const variants = [name];
  // "Myanmar (Burma)", "Congo (DRC)": both the whole and each part are names.
  const paren = /^(.*?)\s*\((.*)\)\s*$/.exec(name);
  if (paren?.[1] && paren[2]) variants.push(paren[1], paren[2]);
  for (const variant of variants) {
    const key = locationKey(variant);
    if (key.length >= 2 && !byKey.has(key)) byKey.set(key, location);
  }
}

function buildTable(): LocationTable {
  const byKey = new Map<string, Location>();
  for (const [alias, iso] of Object.entries(COUNTRY_ALIASES)) byKey.set(locationKey(alias), { iso, kind: 'country' });
  for (const language of LANGUAGES) {
    for (const style of ['long', 'short'] as const) {
      const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none', style });
      for (const code of COUNTRY_CODES) {
        const name = names.of(code);
        if (name && name !== code) addNames(byKey, name, { iso: code, kind: 'country' });
      }
    }
  }
  // Each country's name in its own main language ("Norge", "Sverige", "Magyarország", "Österreich"):
  // national members of a network write their country so. CLDR's likely language of each region.
  for (const code of COUNTRY_CODES) {
    let language: string;
    try {
      language = new Intl.Locale(`und-${code}`).maximize().language;
    } catch {
      continue;
    }
    if ((LANGUAGES as readonly string[]).includes(language)) continue;
    const name = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' }).of(code);
    if (name && name !== code && !byKey.has(locationKey(name))) addNames(byKey, name, { iso: code, kind: 'country' });
  }
  const countryKeys = [...byKey.keys()];
  for (const language of LANGUAGES) {
    const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    for (const code of M49_REGIONS) {
      const name = names.of(code);
      if (name) addNames(byKey, name, { iso: null, kind: 'region' });
    }
  }
  for (const alias of REGION_ALIASES) {
    const key = locationKey(alias);
    if (!byKey.has(key)) byKey.set(key, { iso: null, kind: 'region' });
  }
  return { byKey, countryKeys };
}

function getTable(): LocationTable {
  table ??= buildTable();
  return table;
}

/** Optimal string alignment distance, capped: returns max+1 as soon as it is exceeded. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j]! + 1, current[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, prevPrev[j - 2]! + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = current;
  }
  return prev[b.length]!;
}

/**
 * Recognise a country or region name in any of the supported languages.
 * `fuzzy` also accepts one typo in a longer country name ("Urugauy"), which
 * lists copied from PDFs do contain.
 */
export function lookupLocation(text: string, opts: { fuzzy?: boolean } = {}): Location | null {
  const key = locationKey(text);
  if (!key) return null;
  const { byKey, countryKeys } = getTable();
  const exact = byKey.get(key);
  if (exact) return exact;
  // A country abbreviated the way lists do ("Phils." for the Philippines), from the lexicon's abbreviations.
  const expanded = Object.hasOwn(EXPANSIONS, key) ? byKey.get(EXPANSIONS[key]!.join(' ')) : undefined;
  if (expanded?.kind === 'country') return expanded;
  if (!opts.fuzzy || key.length < 6) return null;
  for (const candidate of countryKeys) {
    if (editDistance(key, candidate, 1) <= 1) return byKey.get(candidate) ?? null;
  }
  return null;
}

/** The ISO code for a country written any supported way, or null. */
export function countryCode(text: string): string | null {
  // A code is taken as written only if it is one ("UK" is not: it is looked up, and means GB).
  if (/^[A-Z]{2}$/.test(text.trim()) && isCountryCode(text.trim())) return text.trim();
  return lookupLocation(text)?.iso ?? null;
}


/**
 * The country a nationality word names, by the country's name it starts with ("kenyan" → KE,
 * "togolese"/"togolaise" → TG, "senegalaise" → SN, "brazilian" → BR): a one-word country name of
 * four letters or more (a final vowel may drop) followed by at most five letters; the longest fits.
 */
export function nationalityCountry(word: string): string | null {
  const w = locationKey(word);
  // "Swiss", "Dutch", "schweizerische", "svizzera": the nationalities that do not start with their country's name.
  const irregular = w.length >= 4 ? demonymCountry(w) : null;
  if (irregular) return irregular;
  if (w.includes(' ') || w.length < 5) return null;
  // A country's own name is no nationality: "Nigeria" is not a people of Niger (as "Argentina" is none of Argentina).
  if (getTable().byKey.get(w)?.kind === 'country') return null;
  return nationalityOfKey(w);
}

const nationalityOfKey = memoised(50_000, (w: string): string | null => {
  const { byKey, countryKeys } = getTable();
  // The longest country name that fits wins ("nigerian": Nigeria, not Niger); a final vowel may
  // give way to the ending ("canadian", "ivoirienne" is not covered: Côte d'Ivoire is two words).
  let best: { length: number; iso: string } | null = null;
  for (const key of countryKeys) {
    if (key.length < 4 || key.includes(' ')) continue;
    const iso = byKey.get(key)?.iso;
    if (!iso) continue;
    for (const stem of /[aeiouy]$/.test(key) && key.length >= 5 ? [key, key.slice(0, -1)] : [key]) {
      if (!w.startsWith(stem) || w.length === key.length || w.length - stem.length > 5) continue;
      if (!best || stem.length > best.length) best = { length: stem.length, iso };
    }
  }
  if (best) return best.iso;
  // "Turkmen", "Kazakh", "Kyrgyz" and, in Russian, "turkmenskaya", "kazakhstanskiy": the people of a
  // "-stan" country, or a Russian adjective (-skiy, -skaya, -skoe, -skikh…) of the country's name.
  const russian = w.replace(/(?:s?k(?:iy|ii|aya|oe|ogo|oy|ikh|ie|ogo|omu))$/, '');
  for (const key of countryKeys) {
    if (!key.endsWith('stan') || key.includes(' ')) continue;
    const people = key.replace(/i?stan$/, '');
    if (people.length >= 4 && (w === people || russian === people || russian === key)) return byKey.get(key)?.iso ?? null;
  }
  return null;
});
