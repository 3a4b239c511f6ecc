import { definePart } from '../part.ts';

/** The signatory list beyond what Intl names: where an organisation works, who left a published edition. */
export const listing = definePart({
  en: {
    'place.notGiven': 'Not given',
    'coord.admin.withdrawnSinceEdition': '{count, plural, one {Since edition {edition} was published, # organisation listed in it has withdrawn. The published documents still list it; the next edition will leave it out:} other {Since edition {edition} was published, # organisations listed in it have withdrawn. The published documents still list them; the next edition will leave them out:}}',
    'coord.admin.withdrawnEntry': 'No. {number}',
  },
  fr: {
    'place.notGiven': 'Non précisé',
    'coord.admin.withdrawnSinceEdition': '{count, plural, one {Depuis la publication de l’édition {edition}, # organisation qui y figure s’est retirée. Les documents publiés la mentionnent toujours ; la prochaine édition l’omettra :} many {Depuis la publication de l’édition {edition}, # organisations qui y figurent se sont retirées. Les documents publiés les mentionnent toujours ; la prochaine édition les omettra :} other {Depuis la publication de l’édition {edition}, # organisations qui y figurent se sont retirées. Les documents publiés les mentionnent toujours ; la prochaine édition les omettra :}}',
    'coord.admin.withdrawnEntry': 'N° {number}',
  },
  es: {
    'place.notGiven': 'Sin indicar',
    'coord.admin.withdrawnSinceEdition': '{count, plural, one {Desde que se publicó la edición {edition}, # organización que figura en ella se ha retirado. Los documentos publicados aún la incluyen; la próxima edición la omitirá:} many {Desde que se publicó la edición {edition}, # organizaciones que figuran en ella se han retirado. Los documentos publicados aún las incluyen; la próxima edición las omitirá:} other {Desde que se publicó la edición {edition}, # organizaciones que figuran en ella se han retirado. Los documentos publicados aún las incluyen; la próxima edición las omitirá:}}',
    'coord.admin.withdrawnEntry': 'N.º {number}',
  },
  ru: {
    'place.notGiven': 'Не указана',
    'coord.admin.withdrawnSinceEdition': '{count, plural, one {После публикации редакции {edition} # указанная в ней организация отозвала подпись. Опубликованные документы по-прежнему её содержат; следующая редакция её не включит:} few {После публикации редакции {edition} # указанные в ней организации отозвали подписи. Опубликованные документы по-прежнему их содержат; следующая редакция их не включит:} many {После публикации редакции {edition} # указанных в ней организаций отозвали подписи. Опубликованные документы по-прежнему их содержат; следующая редакция их не включит:} other {После публикации редакции {edition} # указанной в ней организации отозвали подписи. Опубликованные документы по-прежнему их содержат; следующая редакция их не включит:}}',
    'coord.admin.withdrawnEntry': '№ {number}',
  },
  pt: {
    'place.notGiven': 'Não indicado',
    'coord.admin.withdrawnSinceEdition': '{count, plural, one {Desde a publicação da edição {edition}, # organização que nela consta retirou-se. Os documentos publicados ainda a incluem; a próxima edição vai omiti-la:} many {Desde a publicação da edição {edition}, # organizações que nela constam retiraram-se. Os documentos publicados ainda as incluem; a próxima edição vai omiti-las:} other {Desde a publicação da edição {edition}, # organizações que nela constam retiraram-se. Os documentos publicados ainda as incluem; a próxima edição vai omiti-las:}}',
    'coord.admin.withdrawnEntry': 'N.º {number}',
  },
  ar: {
    'place.notGiven': 'غير محدد',
    'coord.admin.withdrawnSinceEdition': '{count, plural, zero {لم تنسحب أي منظمة مدرجة في الإصدار {edition} منذ نشره.} one {منذ نشر الإصدار {edition}، انسحبت منظمة واحدة مدرجة فيه. ما زالت الوثائق المنشورة تذكرها، وسيستبعدها الإصدار التالي:} two {منذ نشر الإصدار {edition}، انسحبت منظمتان مدرجتان فيه. ما زالت الوثائق المنشورة تذكرهما، وسيستبعدهما الإصدار التالي:} few {منذ نشر الإصدار {edition}، انسحبت # منظمات مدرجة فيه. ما زالت الوثائق المنشورة تذكرها، وسيستبعدها الإصدار التالي:} many {منذ نشر الإصدار {edition}، انسحبت # منظمة مدرجة فيه. ما زالت الوثائق المنشورة تذكرها، وسيستبعدها الإصدار التالي:} other {منذ نشر الإصدار {edition}، انسحبت # منظمة مدرجة فيه. ما زالت الوثائق المنشورة تذكرها، وسيستبعدها الإصدار التالي:}}',
    'coord.admin.withdrawnEntry': 'رقم {number}',
  },
});
