import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';

// A headline is an ICU message with one argument, `count`: "{count} NGOs call…" or
// "{count, plural, one {# organisation calls} other {# organisations call}} on…". The number
// shown may be rounded ("300+"), which is not a number ICU can format, so every place the count
// appears (`{count}` and `#`) is rewritten to a plain argument holding the displayed text, while
// the plural form is still chosen by the number.

const compiled = new Map<string, { ast: MessageFormatElement[] } | null>();

function countToText(elements: MessageFormatElement[], inPlural: boolean): MessageFormatElement[] {
  return elements.map((el): MessageFormatElement => {
    if (el.type === TYPE.pound && inPlural) return { type: TYPE.argument, value: 'countText' };
    if ((el.type === TYPE.argument || el.type === TYPE.number) && el.value === 'count') return { type: TYPE.argument, value: 'countText' };
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      const plural = el.type === TYPE.plural && el.value === 'count';
      const options = Object.fromEntries(Object.entries(el.options).map(([k, o]) => [k, { ...o, value: countToText(o.value, plural || inPlural) }]));
      return { ...el, options } as MessageFormatElement;
    }
    return el;
  });
}

function usesCount(elements: MessageFormatElement[]): boolean {
  return elements.some(
    (el) =>
      ((el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.plural) && el.value === 'count') ||
      ((el.type === TYPE.plural || el.type === TYPE.select) && Object.values(el.options).some((o) => usesCount(o.value))),
  );
}

function onlyCount(elements: MessageFormatElement[]): boolean {
  return elements.every((el) => {
    if (el.type === TYPE.literal || el.type === TYPE.pound) return true;
    if (el.type === TYPE.argument || el.type === TYPE.number) return el.value === 'count';
    if (el.type === TYPE.plural) return el.value === 'count' && Object.hasOwn(el.options, 'other') && Object.values(el.options).every((o) => onlyCount(o.value));
    return false;
  });
}

function load(headline: string): { ast: MessageFormatElement[] } | null {
  if (compiled.has(headline)) return compiled.get(headline)!;
  let entry: { ast: MessageFormatElement[] } | null = null;
  try {
    const ast = parse(headline, { ignoreTag: true });
    if (onlyCount(ast)) entry = { ast: countToText(ast, false) };
  } catch {
    entry = null;
  }
  if (compiled.size > 2000) compiled.clear();
  compiled.set(headline, entry);
  return entry;
}

/** Why a headline cannot be used, or null: 'syntax' (unreadable, or other arguments) or 'count' (no count in it). */
export function checkHeadline(headline: string): 'syntax' | 'count' | null {
  let ast: MessageFormatElement[];
  try {
    ast = parse(headline, { ignoreTag: true });
  } catch {
    return 'syntax';
  }
  if (!onlyCount(ast)) return 'syntax';
  return usesCount(ast) ? null : 'count';
}

/**
 * The headline with the count in it: `countText` is what is printed ("300+", "1 234"), `count`
 * the number that chooses the plural form. A headline that cannot be read is shown as typed.
 */
export function formatHeadline(headline: string, opts: { count: number; countText: string; locale: string }): string {
  const entry = load(headline);
  if (!entry) return headline;
  let locale = opts.locale;
  try {
    Intl.getCanonicalLocales(locale);
  } catch {
    locale = 'en';
  }
  return String(new IntlMessageFormat(entry.ast, locale, undefined, { ignoreTag: true }).format({ count: opts.count, countText: opts.countText }));
}
