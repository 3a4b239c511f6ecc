/**
 * Cyrillic and Greek to Latin, close to the romanisations organisations use
 * for their own names (BGN/PCGN-like, no diacritics), so that "СВОН Плюс"
 * and "SVON Plyus" fold to the same letters. Input is expected lower-cased.
 */

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Ukrainian, Belarusian, Serbian, Macedonian
  // Central Asian letters (Uzbek, Kazakh, Kyrgyz, Tajik)
  ҳ: 'h', қ: 'q', ғ: 'g', ң: 'ng', ө: 'o', ү: 'u', ұ: 'u', һ: 'h', ә: 'a', ӣ: 'i', ӯ: 'u', ҷ: 'j',
  і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'u', ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz', ѓ: 'gj', ќ: 'kj', ѕ: 'dz',
};

const GREEK_PAIRS: [string, string][] = [
  ['ου', 'ou'], ['αι', 'ai'], ['ει', 'ei'], ['οι', 'oi'], ['αυ', 'av'], ['ευ', 'ev'], ['γγ', 'ng'], ['γκ', 'gk'],
];

const GREEK: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n',
  ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};

/** Greek or Cyrillic letters. */
export const NON_LATIN = /[\u0370-\u03FF\u0400-\u04FF]/u;

export function transliterate(lowerCased: string): string {
  if (!NON_LATIN.test(lowerCased)) return lowerCased;
  // Cyrillic first, before NFD would split й into и + breve.
  let text = '';
  for (const char of lowerCased) text += CYRILLIC[char] ?? char;
  // Greek accents (ά, ή) are combining marks after NFD.
  text = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
  for (const [pair, latin] of GREEK_PAIRS) text = text.split(pair).join(latin);
  let out = '';
  for (const char of text) out += GREEK[char] ?? char;
  return out;
}

/**
 * The same, keeping capitals ("Бир Дуйно Кыргызстан" → "Bir Duyno Kyrgyzstan"), so that a name in
 * Cyrillic or Greek is read like one in Latin letters: its country, its acronym in capitals ("ПЦ").
 */
export function transliterateCased(text: string): string {
  if (!NON_LATIN.test(text)) return text;
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    const lower = char.toLowerCase();
    let latin = transliterate(lower);
    // Greek pairs are one sound ("Πρόσφυγες τους" → "tous", not "toys"; "ευ" → "ev"), as transliterate() writes them.
    const next = chars[i + 1];
    const pair = next === undefined ? latin : transliterate(lower + next.toLowerCase());
    const upperPair = next !== undefined && next !== next.toLowerCase() && lower !== char;
    if (next !== undefined && pair !== latin + transliterate(next.toLowerCase())) {
      latin = pair;
      i++;
    }
    out += lower === char ? latin : upperPair ? latin.toUpperCase() : latin.charAt(0).toUpperCase() + latin.slice(1);
  }
  return out;
}
