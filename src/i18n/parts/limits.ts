import { definePart } from '../part.ts';

/** Limits on nesting and on recursive input (docs/decisions/input-limits.md). */
export const limits = definePart({
  en: {
    'limits.alreadySigned': 'This organisation has already signed with that contact email.',
    'limits.bodyNesting': '{field} nests quotes, lists, emphasis or links {depth, number} levels deep; at most {max, number} levels are allowed.',
    'limits.jsonTooDeep': 'The JSON body nests objects and arrays more than {max, number} levels deep.',
    'limits.jsonTooMany': 'The JSON body holds more than {max, number} values.',
  },
  fr: {
    'limits.alreadySigned': 'Cette organisation a déjà signé avec cette adresse de contact.',
    'limits.bodyNesting': '{field} imbrique citations, listes, mises en valeur ou liens sur {depth, number} niveaux ; {max, number} niveaux au plus sont permis.',
    'limits.jsonTooDeep': 'Le corps JSON imbrique objets et tableaux sur plus de {max, number} niveaux.',
    'limits.jsonTooMany': 'Le corps JSON contient plus de {max, number} valeurs.',
  },
  es: {
    'limits.alreadySigned': 'Esta organización ya firmó con ese correo de contacto.',
    'limits.bodyNesting': '{field} anida citas, listas, énfasis o enlaces en {depth, number} niveles; se permiten como máximo {max, number}.',
    'limits.jsonTooDeep': 'El cuerpo JSON anida objetos y listas en más de {max, number} niveles.',
    'limits.jsonTooMany': 'El cuerpo JSON contiene más de {max, number} valores.',
  },
  ru: {
    'limits.alreadySigned': 'Эта организация уже подписала заявление с этим контактным адресом.',
    'limits.bodyNesting': '{field}: цитаты, списки, выделение или ссылки вложены на {depth, number} уровней; допускается не более {max, number}.',
    'limits.jsonTooDeep': 'В теле JSON объекты и массивы вложены глубже {max, number} уровней.',
    'limits.jsonTooMany': 'Тело JSON содержит больше {max, number} значений.',
  },
  pt: {
    'limits.alreadySigned': 'Esta organização já assinou com esse e-mail de contacto.',
    'limits.bodyNesting': '{field} aninha citações, listas, ênfases ou ligações em {depth, number} níveis; são permitidos no máximo {max, number}.',
    'limits.jsonTooDeep': 'O corpo JSON aninha objetos e listas em mais de {max, number} níveis.',
    'limits.jsonTooMany': 'O corpo JSON contém mais de {max, number} valores.',
  },
  ar: {
    'limits.alreadySigned': 'وقّعت هذه المنظمة بالفعل بعنوان البريد الإلكتروني هذا.',
    'limits.bodyNesting': '{field}: الاقتباسات أو القوائم أو التشديد أو الروابط متداخلة على {depth, number} مستوى، والحد الأقصى المسموح به {max, number} مستوى.',
    'limits.jsonTooDeep': 'يتداخل محتوى JSON في الكائنات والمصفوفات على أكثر من {max, number} مستوى.',
    'limits.jsonTooMany': 'يحتوي محتوى JSON على أكثر من {max, number} قيمة.',
  },
});
