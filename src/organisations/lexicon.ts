/**
 * The words organisation names are made of, in English, French, Spanish, Portuguese, German,
 * Italian and Russian (as `transliterate.ts` writes Cyrillic in Latin letters), each mapped to one
 * English concept, so that "Amigos de la Tierra Uruguay" and "Friends of the Earth Uruguay", or
 * "Red del Tercer Mundo" and "Third World Network", compare as the same words.
 *
 * Kept as data. Sources: the ordinary dictionary translations of each word (Wiktionary's
 * translation tables for the English headword), checked against how real national members of
 * international networks write their names in the languages above — Friends of the Earth
 * (Amigos de la Tierra, Amis de la Terre, Amigos da Terra, Freunde der Erde), Attac, Jubilee South
 * (Jubileo Sur, Jubileu Sul), Public Services International (Internationale des Services Publics),
 * Health Action International (Acción Internacional para la Salud), the Harm Reduction networks
 * (Réduction des risques, Reducción de daños, Redução de danos, Снижение вреда) and trade-union
 * confederations (Confédération des Syndicats, Gewerkschaftsbund, Confederazione … del Lavoro).
 * Words are written folded (lower case, no accents), as `foldText` gives them; plural "s" forms
 * are matched through the same light stemming as names.
 *
 * Kinds of body (foundation, association, network, centre…) are mapped in `normalise.ts`
 * (TYPE_WORDS) and are not repeated here.
 */
export const LEXICON: Record<string, string[]> = {
  friend: ['ami', 'amis', 'amie', 'amigo', 'amiga', 'freund', 'freunde', 'amico', 'amici', 'druzya'],
  earth: ['terre', 'tierra', 'terra', 'erde', 'zemlya', 'zemli'],
  right: ['droit', 'derecho', 'direito', 'recht', 'rechte', 'diritto', 'diritti', 'prava', 'pravo'],
  human: ['humain', 'humaine', 'humano', 'humana', 'menschen', 'umano', 'umani', 'umana', 'cheloveka'],
  woman: ['women', 'femme', 'mujer', 'mujeres', 'mulher', 'mulheres', 'frau', 'frauen', 'donna', 'donne', 'zhenshchin', 'zhenshchina', 'zhenshchiny'],
  youth: ['young', 'jeunesse', 'jeune', 'juventud', 'joven', 'jovenes', 'juventude', 'jovem', 'jovens', 'jugend', 'giovani', 'gioventu', 'molodezh', 'molodezhi'],
  child: ['children', 'enfant', 'nino', 'ninos', 'crianca', 'kinder', 'kind', 'bambini', 'infanzia', 'deti'],
  health: ['sante', 'salud', 'saude', 'gesundheit', 'salute', 'zdorove', 'zdorovya'],
  harm: ['dano', 'danos', 'danno', 'schaden', 'vreda', 'vred'],
  risk: ['risque', 'riesgo', 'risco', 'risiko', 'rischio', 'riska'],
  reduction: ['reduccion', 'reducao', 'reduzierung', 'minderung', 'riduzione', 'snizhenie'],
  drug: ['drogue', 'droga', 'drogas', 'droge', 'drogen', 'narkotik', 'narkotikov'],
  policy: ['politique', 'politica', 'politik', 'politika', 'politiki'],
  work: ['labour', 'labor', 'travail', 'trabajo', 'trabalho', 'arbeit', 'lavoro', 'trud', 'truda'],
  worker: ['travailleur', 'trabajador', 'trabajadore', 'trabalhador', 'trabalhadore', 'arbeiter', 'arbeitnehmer', 'lavoratore', 'lavoratori', 'rabochikh', 'trudyashchikhsya'],
  world: ['monde', 'mondial', 'mundo', 'mundial', 'welt', 'mondo', 'mondiale'],
  third: ['tiers', 'tercer', 'tercero', 'terceiro', 'dritte', 'terzo', 'tretiy'],
  action: ['accion', 'acao', 'aktion', 'azione', 'deystvie', 'deystviya'],
  free: ['libre', 'livre', 'frei', 'libero', 'svobodnaya'],
  freedom: ['liberty', 'liberte', 'libertad', 'liberdade', 'freiheit', 'liberta', 'svoboda'],
  trade: ['commerce', 'comercio', 'handel', 'commercio', 'torgovlya', 'torgovli'],
  development: ['developpement', 'desarrollo', 'desenvolvimento', 'entwicklung', 'sviluppo', 'razvitie', 'razvitiya'],
  research: ['recherche', 'investigacion', 'pesquisa', 'forschung', 'ricerca', 'issledovanie', 'issledovaniy'],
  study: ['etude', 'estudio', 'estudo', 'studien', 'studi'],
  solidarity: ['solidarite', 'solidaridad', 'solidariedade', 'solidaritat', 'solidarieta', 'solidarnost'],
  justice: ['justicia', 'justica', 'gerechtigkeit', 'giustizia', 'spravedlivost', 'spravedlivosti'],
  peace: ['paix', 'paz', 'frieden', 'pace'],
  environment: ['environnement', 'ambiente', 'umwelt', 'okruzhayushchey', 'sredy'],
  ecology: ['ecologie', 'ecologia', 'okologie', 'ekologiya', 'ekologii', 'ecological', 'ecologique', 'ecologico'],
  ecologist: ['ecologista', 'ecologiste', 'okologen', 'ekologi'],
  economy: ['economie', 'economia', 'wirtschaft', 'ekonomika', 'economic', 'economique', 'economico', 'economica'],
  education: ['educacion', 'educacao', 'bildung', 'educazione', 'obrazovanie', 'obrazovaniya'],
  communication: ['comunicacion', 'comunicacao', 'kommunikation', 'comunicazione'],
  people: ['peuple', 'pueblo', 'povo', 'volk', 'popolo', 'narod', 'peoples', 'povos', 'pueblos', 'peuples', 'popoli'],
  popular: ['populaire', 'popolare'],
  christian: ['chretien', 'chretienne', 'cristiano', 'cristiana', 'cristao', 'christlich', 'christliche', 'khristianskiy'],
  general: ['generale', 'allgemein', 'allgemeine', 'obshchiy'],
  confederation: ['confederacion', 'confederacao', 'konfoderation', 'confederazione', 'konfederatsiya'],
  union: ['syndicat', 'sindicato', 'sindicat', 'gewerkschaft', 'sindacato', 'profsoyuz'],
  access: ['acces', 'acceso', 'acesso', 'zugang', 'accesso', 'dostup'],
  medicine: ['medicament', 'medicamento', 'medikament', 'medikamente', 'farmaco', 'farmaci', 'lekarstv', 'medicamentos'],
  public: ['publique', 'publico', 'publica', 'offentlich', 'offentliche', 'pubblico', 'pubblica', 'publichnyy'],
  service: ['servicio', 'servico', 'dienst', 'dienste', 'servizio', 'servizi', 'sluzhba'],
  consumer: ['consommateur', 'consumidor', 'verbraucher', 'consumatore', 'consumatori', 'potrebitel', 'potrebiteley'],
  integration: ['integracion', 'integracao', 'integrazione'],
  south: ['sud', 'sur', 'sul', 'sued', 'yug'],
  north: ['nord', 'norte'],
  jubilee: ['jubile', 'jubileo', 'jubileu', 'jubilaum', 'giubileo'],
  family: ['famille', 'familia', 'familie', 'famiglia', 'semya'],
  citizen: ['citoyen', 'ciudadano', 'ciudadana', 'cidadao', 'burger', 'cittadino', 'cittadini', 'grazhdan'],
  citizenship: ['citoyennete', 'ciudadania', 'cidadania', 'cittadinanza'],
  gender: ['genre', 'genero', 'geschlecht', 'genere', 'gendernyy'],
  equality: ['egalite', 'igualdad', 'igualdade', 'gleichstellung', 'gleichheit', 'uguaglianza', 'ravenstvo', 'equidad', 'equity', 'equite', 'equidade'],
  food: ['alimentation', 'alimentaire', 'alimentacion', 'alimentacao', 'ernahrung', 'alimentazione', 'alimentare', 'pitanie'],
  peasant: ['paysan', 'paysanne', 'campesino', 'campesina', 'campones', 'bauer', 'bauern', 'contadino', 'contadini', 'krestyan'],
  water: ['eau', 'agua', 'wasser', 'acqua', 'voda'],
  life: ['vie', 'vida', 'leben', 'vita', 'zhizn'],
  quality: ['qualite', 'calidad', 'qualidade', 'qualitat', 'qualita', 'kachestvo'],
  legal: ['juridique', 'juridico', 'rechtlich', 'giuridico', 'pravovoy'],
  aids: ['sida', 'spid'],
  hiv: ['vih', 'vich'],
  positive: ['positif', 'positive', 'positivo', 'positiva', 'positiv'],
  effect: ['effet', 'efecto', 'efeito', 'effekt', 'effetto'],
  observatory: ['observatoire', 'observatorio', 'observatori', 'osservatorio'],
  debt: ['dette', 'deuda', 'divida', 'deute', 'schulden', 'debito', 'dolg'],
  globalisation: ['globalization', 'mondialisation', 'globalizacion', 'globalizacao', 'globalisierung', 'globalizzazione', 'globalitzacio', 'globalizatsiya'],
  democracy: ['democratie', 'democracia', 'demokratie', 'democrazia', 'demokratiya', 'democratic', 'democratique', 'democratico', 'democratica', 'demokratisch'],
  press: ['presse', 'prensa', 'imprensa', 'stampa', 'pressa'],
  information: ['informacion', 'informacao', 'informazione', 'informatsiya', 'informatsii'],
  technology: ['technologie', 'tecnologia', 'tekhnologiya', 'tekhnologii'],
  digital: ['numerique', 'digitale', 'tsifrovoy', 'tsifrovykh'],
  support: ['soutien', 'apoyo', 'apoio', 'unterstutzung', 'sostegno', 'podderzhka', 'podderzhki'],
  prevention: ['prevencion', 'prevencao', 'pravention', 'prevenzione', 'profilaktika'],
  teacher: ['enseignant', 'profesor', 'professeur', 'lehrer', 'insegnante', 'insegnanti', 'uchitel'],
  nurse: ['infirmier', 'infirmiere', 'enfermera', 'enfermero', 'enfermeiro', 'enfermeira', 'krankenpfleger', 'infermiere', 'infermieri'],
  chamber: ['chambre', 'camara', 'kammer', 'camera', 'palata'],
  environmental: ['environnemental', 'ambiental', 'ambientale'],
  sustainable: ['durable', 'sostenible', 'sustentavel', 'nachhaltig', 'nachhaltige', 'sostenibile', 'ustoychivoe', 'ustoychivogo'],
  migrant: ['migrante', 'migrant', 'migranten', 'migrantov'],
  indigenous: ['autochtone', 'indigena', 'indigene', 'indigeni', 'korennykh'],
  rural: ['rurale'],
  accord: ['soglasie', 'accordo', 'acuerdo', 'acordo'],
  eco: ['eko', 'oko'],
  path: ['via'],
  // Kinds of body in languages TYPE_WORDS (normalise.ts) does not cover; they map onto its English words.
  coalition: ['coalitie', 'koalition', 'koalitsiya'],
  network: ['netwerk'],
  // Nationality adjectives: "Comité Français…" / "French Committee…", "Red Mexicana…" / "Mexican … Network".
  french: ['francais', 'francaise', 'francesa', 'franzosisch', 'franzosische', 'francese', 'frantsuzskiy'],
  spanish: ['espagnol', 'espanol', 'espanola', 'spanisch', 'spagnolo', 'ispanskiy'],
  german: ['allemand', 'aleman', 'alemana', 'alemao', 'deutsch', 'deutsche', 'deutscher', 'tedesco', 'nemetskiy'],
  italian: ['italien', 'italienne', 'italiano', 'italiana', 'italienisch', 'italienische', 'italyanskiy'],
  austrian: ['autrichien', 'autrichienne', 'austriaco', 'austriaca', 'osterreichisch', 'osterreichische', 'osterreichischer', 'avstriyskiy'],
  brazilian: ['bresilien', 'bresilienne', 'brasileno', 'brasilena', 'brasileiro', 'brasileira', 'brasilianisch', 'brasiliano', 'brasiliana'],
  mexican: ['mexicain', 'mexicaine', 'mexicano', 'mexicana', 'mexikanisch', 'messicano', 'messicana'],
  canadian: ['canadien', 'canadienne', 'canadiense', 'canadense', 'kanadisch', 'canadese'],
  african: ['africain', 'africaine', 'africano', 'africana', 'afrikanisch', 'afrikanische', 'afrikanskiy'],
  haitian: ['haitien', 'haitienne', 'haitiano', 'haitiana'],
  latinamerican: ['latinoamericano', 'latinoamericana', 'latinoamericain', 'latinoamericaine', 'latinoamerikanisch', 'latinoamericani'],
  dutch: ['neerlandais', 'neerlandaise', 'holandes', 'holandesa', 'niederlandisch', 'olandese'],
};

/**
 * Words that stand for several concepts ("Gewerkschaftsbund" = union federation), and short
 * forms people write inside names ("Intl", "Assoc.", "Govt", state initials). Applied to the
 * folded, stemmed words of a name.
 */
export const EXPANSIONS: Record<string, string[]> = {
  gewerkschaftsbund: ['union', 'federation'],
  arbeiterkammer: ['work', 'chamber'],
  menschenrechte: ['human', 'right'],
  menschenrechts: ['human', 'right'],
  weltwirtschaft: ['world', 'economy'],
  umweltschutz: ['environment', 'protection'],
  intl: ['international'],
  int: ['international'],
  internat: ['international'],
  assoc: ['association'],
  asso: ['association'],
  assn: ['association'],
  asoc: ['association'],
  natl: ['national'],
  govt: ['government'],
  gov: ['government'],
  dept: ['department'],
  inst: ['institute'],
  ctr: ['centre'],
  cntr: ['centre'],
  univ: ['university'],
  devt: ['development'],
  dev: ['development'],
  fdn: ['foundation'],
  coop: ['cooperative'],
  mgmt: ['management'],
  // Australian states and New York (three letters or more; two-letter codes are words too often).
  nsw: ['new', 'south', 'wale'],
  qld: ['queensland'],
  nyc: ['new', 'york', 'city'],
};

/** Sequences of words that say one thing ("trade union" = union, "harm reduction" kept, "Latin American"). */
export const PHRASES: [string[], string[]][] = [
  [['trade', 'union'], ['union']],
  [['work', 'union'], ['union']],
  [['risk', 'reduction'], ['harm', 'reduction']],
  [['reduction', 'risk'], ['harm', 'reduction']],
  [['latin', 'american'], ['latinamerican']],
  [['latin', 'america'], ['latinamerican']],
  [['america', 'latina'], ['latinamerican']],
  [['non', 'governmental', 'organisation'], ['organisation']],
  [['non', 'governmental'], []],
  [['medio', 'environment'], ['environment']],
  [['meio', 'environment'], ['environment']],
];
