/**
 * Nationality words that do not start with their country's name ("Swiss", "Dutch", "Norwegian",
 * "schweizerische", "svizzera", "néerlandais"), in English, French, Spanish, Portuguese, German and
 * Italian, as `locationKey` writes them (lower case, no accents). The regular ones ("Kenyan",
 * "togolaise", "brasileira") are read from the country's name in countries.ts; these are not.
 *
 * Kept as data. Source: the ordinary adjective of each country in each language (Wiktionary's
 * entries for the country's adjective and its inflected forms; CLDR's country names for the stems).
 * Issue 13, round 5: a country is one word however it is written, so that "Swiss Refugee Council"
 * and "Schweizerische Flüchtlingshilfe", or "Dutch Council for Refugees" and "… Nederland", say
 * the same country, and "Swiss …" and "Dutch …" say two.
 */
const BY_COUNTRY: Record<string, string[]> = {
  CH: ['swiss', 'suisse', 'suisses', 'suizo', 'suiza', 'suico', 'suica', 'schweizer', 'schweizerisch', 'schweizerische', 'schweizerischer', 'schweizerisches', 'svizzera', 'svizzero', 'svizzere', 'svizzeri', 'elvetica'],
  DE: ['deutsch', 'deutsche', 'deutscher', 'deutsches', 'deutschen', 'allemand', 'allemande', 'aleman', 'alemana', 'alemao', 'alema', 'tedesco', 'tedesca', 'tedeschi'],
  AT: ['austrian', 'autrichien', 'autrichienne', 'austriaco', 'austriaca', 'osterreichisch', 'osterreichische', 'osterreichischer', 'osterreichisches'],
  NL: ['dutch', 'neerlandais', 'neerlandaise', 'holandes', 'holandesa', 'neerlandes', 'neerlandesa', 'niederlandisch', 'niederlandische', 'olandese', 'olandesi', 'nederlandse', 'nederlands'],
  NO: ['norwegian', 'norvegien', 'norvegienne', 'noruego', 'noruega', 'norueguesa', 'noruegues', 'norwegisch', 'norwegische', 'norvegese', 'norsk', 'norske'],
  SE: ['swedish', 'suedois', 'suedoise', 'sueco', 'sueca', 'schwedisch', 'schwedische', 'svedese', 'svensk', 'svenska', 'svenske'],
  DK: ['danish', 'danois', 'danoise', 'danes', 'danesa', 'dinamarques', 'dinamarquesa', 'danisch', 'danische', 'danese', 'dansk', 'danske'],
  FI: ['finnish', 'finlandais', 'finlandaise', 'finlandes', 'finlandesa', 'finnisch', 'finnische', 'finlandese', 'suomalainen'],
  IS: ['icelandic', 'islandais', 'islandaise', 'islandes', 'islandesa', 'islandisch', 'islandese'],
  PL: ['polish', 'polonais', 'polonaise', 'polaco', 'polaca', 'polones', 'polonesa', 'polnisch', 'polnische', 'polacco', 'polacca', 'polski', 'polska', 'polskie'],
  CZ: ['czech', 'tcheque', 'tcheques', 'checo', 'checa', 'tcheco', 'tcheca', 'tschechisch', 'tschechische', 'ceco', 'ceca', 'cesky', 'ceska', 'ceske'],
  SK: ['slovak', 'slovaque', 'eslovaco', 'eslovaca', 'slowakisch', 'slowakische', 'slovacco', 'slovensky', 'slovenska'],
  GR: ['greek', 'grec', 'grecque', 'griego', 'griega', 'grego', 'grega', 'griechisch', 'griechische', 'greco', 'greca', 'elliniko', 'elliniki', 'ellinikos'],
  GB: ['british', 'english', 'scottish', 'welsh', 'britannique', 'anglais', 'anglaise', 'britanico', 'britanica', 'ingles', 'inglesa', 'britisch', 'britische', 'britannico', 'britannica', 'inglese'],
  IE: ['irish', 'irlandais', 'irlandaise', 'irlandes', 'irlandesa', 'irisch', 'irische', 'irlandese'],
  FR: ['french', 'francais', 'francaise', 'frances', 'francesa', 'franzosisch', 'franzosische', 'francese'],
  ES: ['spanish', 'espagnol', 'espagnole', 'espanol', 'espanola', 'espanhol', 'espanhola', 'spanisch', 'spanische', 'spagnolo', 'spagnola'],
  PT: ['portuguese', 'portugais', 'portugaise', 'portugues', 'portuguesa', 'portugiesisch', 'portugiesische', 'portoghese'],
  BE: ['belgian', 'belge', 'belges', 'belga', 'belgisch', 'belgische'],
  LU: ['luxembourgish', 'luxembourgeois', 'luxembourgeoise', 'luxemburgues', 'luxemburguesa', 'luxemburgisch', 'lussemburghese'],
  TR: ['turkish', 'turc', 'turque', 'turco', 'turca', 'turkisch', 'turkische', 'turk'],
  CY: ['cypriot', 'chypriote', 'chipriota', 'cipriota', 'zyprisch'],
  HR: ['croatian', 'croate', 'croata', 'kroatisch', 'croato', 'hrvatski', 'hrvatska'],
  RS: ['serbian', 'serbe', 'serbio', 'servio', 'serbisch', 'serbo', 'srpski'],
  HU: ['hungarian', 'hongrois', 'hongroise', 'hungaro', 'hungara', 'ungarisch', 'ungherese', 'magyar'],
  GE: ['georgian', 'georgien', 'georgienne', 'georgiano', 'georgiana', 'georgisch'],
  PH: ['filipino', 'filipina', 'philippin', 'philippine', 'philippins', 'philippinische'],
  TH: ['thai', 'thailandais', 'thailandaise', 'tailandes', 'tailandesa'],
  MM: ['burmese', 'birman', 'birmane', 'birmano', 'birmana'],
  VN: ['vietnamese', 'vietnamien', 'vietnamienne', 'vietnamita'],
  MG: ['malagasy', 'malgache', 'malgaxe'],
  CI: ['ivorian', 'ivoirien', 'ivoirienne', 'marfileno', 'marfilena', 'ivoriano', 'ivoriana', 'marfinense'],
  CD: ['congolese', 'congolais', 'congolaise', 'congoleno', 'congolena', 'congoles', 'congolesa'],
  BF: ['burkinabe', 'burkinais'],
  AE: ['emirati', 'emirien', 'emirienne'],
  SA: ['saudi', 'saoudien', 'saoudienne', 'saudita'],
  NP: ['nepali', 'nepalese', 'nepalais', 'nepalaise', 'nepales', 'nepalesa', 'nepalesisch'],
  BD: ['bangladeshi', 'bangladais', 'bangladaise', 'bangladesi'],
  PK: ['pakistani', 'pakistanais', 'pakistanaise', 'paquistani', 'paquistanes', 'paquistanesa'],
  AF: ['afghan', 'afghane', 'afgano', 'afgana', 'afegao', 'afega'],
  LK: ['lankan', 'srilankais', 'srilankaise', 'ceylon'],
  IL: ['israeli', 'israelien', 'israelienne', 'israelense'],
  YE: ['yemeni', 'yemenite', 'yemenita'],
  GN: ['guinean', 'guineen', 'guineenne'],
  MA: ['moroccan', 'marocain', 'marocaine', 'marroqui', 'marroquino', 'marroquina', 'marokkanisch', 'marocchino'],
  DZ: ['algerian', 'algerien', 'algerienne', 'argelino', 'argelina', 'algerino'],
  EG: ['egyptian', 'egyptien', 'egyptienne', 'egipcio', 'egipcia', 'egiziano', 'egiziana', 'agyptisch', 'agyptische'],
};

const DEMONYMS = new Map<string, string>();
for (const [iso, words] of Object.entries(BY_COUNTRY)) for (const w of words) DEMONYMS.set(w, iso);

/** The country an irregular nationality word names, or null. `key` is written as locationKey writes it. */
export function demonymCountry(key: string): string | null {
  return DEMONYMS.get(key) ?? null;
}
