// Direction and language helpers shared by the PDF and DOCX renderers.

const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);
const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}]/u;
const STRONG_LETTER = /\p{L}/u;

export interface LanguageParts {
  /** ISO 639 code, lower case (Typst `text.lang`). */
  lang: string;
  /** ISO 3166 region, upper case (Typst `text.region`), if the tag has one. */
  region: string | null;
  rtl: boolean;
}

/** Splits a BCP 47 tag ('pt-BR', 'sr-Cyrl-RS', 'ar') into what the renderers need. */
export function languageParts(tag: string): LanguageParts {
  const subtags = tag.trim().split(/[-_]/);
  const first = (subtags[0] ?? '').toLowerCase();
  const lang = /^[a-z]{2,3}$/.test(first) ? first : 'en';
  const regionTag = subtags.slice(1).find((s) => /^[A-Za-z]{2}$/.test(s));
  const script = subtags.slice(1).find((s) => /^[A-Za-z]{4}$/.test(s))?.toLowerCase();
  const rtl = script ? ['arab', 'hebr', 'syrc', 'thaa', 'nkoo', 'adlm'].includes(script) : RTL_LANGUAGES.has(lang);
  return { lang, region: regionTag ? regionTag.toUpperCase() : null, rtl };
}

/** True when the first strong letter of `text` belongs to a right-to-left script (Unicode bidi rule P2, simplified). */
export function startsRightToLeft(text: string): boolean {
  for (const char of text) {
    if (RTL_SCRIPT.test(char)) return true;
    if (STRONG_LETTER.test(char)) return false;
  }
  return false;
}
