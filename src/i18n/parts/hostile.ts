import { definePart } from '../part.ts';

/** Refusals of input no database can hold (issue 11, the hostile-input corpus), and the origins API's. */
export const hostile = definePart({
  en: {
    'hostile.originsHours': 'Give hours as one of {choices}.',
    'hostile.nulCharacter': 'The request contains the character U+0000 (NUL), which cannot be stored. Remove it and send the request again.',
  },
  fr: {
    'hostile.originsHours': 'Indiquez hours parmi {choices}.',
    'hostile.nulCharacter': 'La requête contient le caractère U+0000 (NUL), qui ne peut pas être enregistré. Retirez-le et renvoyez la requête.',
  },
  es: {
    'hostile.originsHours': 'Indique hours entre {choices}.',
    'hostile.nulCharacter': 'La solicitud contiene el carácter U+0000 (NUL), que no se puede guardar. Quítelo y envíe la solicitud de nuevo.',
  },
  ru: {
    'hostile.originsHours': 'Укажите hours: одно из значений {choices}.',
    'hostile.nulCharacter': 'Запрос содержит символ U+0000 (NUL), который невозможно сохранить. Удалите его и отправьте запрос ещё раз.',
  },
  pt: {
    'hostile.originsHours': 'Indique hours entre {choices}.',
    'hostile.nulCharacter': 'O pedido contém o carácter U+0000 (NUL), que não pode ser guardado. Retire-o e envie o pedido novamente.',
  },
  ar: {
    'hostile.originsHours': 'حدّد hours بإحدى القيم {choices}.',
    'hostile.nulCharacter': 'يحتوي الطلب على المحرف U+0000 (NUL) الذي لا يمكن حفظه. احذفه وأرسل الطلب مرة أخرى.',
  },
});
