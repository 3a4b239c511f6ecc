import { translator, type MessageKey, type Params, type Translate } from './i18n.ts';
import { en } from './messages.en.ts';

/** A message to be shown in the reader's language: a catalogue key and its arguments. */
export interface Localised {
  key: MessageKey;
  params?: Params;
}

// Zod schemas are built once, at module load, long before anyone's language is known, and Zod
// carries messages as strings. So a schema's message is this marker plus the key and arguments
// as JSON; fieldMessages() turns it back into a Localised that each request translates.
const MARK = '\u0001i18n:';

/** A Zod message that is translated when shown (see fieldMessages in shared/text.ts). */
export const zodMessage = (key: MessageKey, params?: Params): string => `${MARK}${JSON.stringify(params ? [key, params] : [key])}`;

/** The Localised inside a zodMessage string, or null for any other text. */
export function decodeMessage(text: string): Localised | null {
  if (!text.startsWith(MARK)) return null;
  try {
    const [key, params] = JSON.parse(text.slice(MARK.length)) as [string, Params | undefined];
    if (!Object.hasOwn(en, key)) return null;
    return params ? { key: key as MessageKey, params } : { key: key as MessageKey };
  } catch {
    return null;
  }
}

/** Translates a Localised with `t` (English when no translator is given). */
export const say = (m: Localised, t: Translate = translator('en')): string => t(m.key, m.params);
