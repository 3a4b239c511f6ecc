import { z } from 'zod';
import type { MessageKey, Translate } from '../i18n/i18n.ts';
import { decodeMessage, say, zodMessage, type Localised } from '../i18n/localised.ts';

// C0/C1 controls (tab and newlines allowed only where multi-line text is expected) and the
// bidirectional embedding/override/isolate characters that can make a name read backwards.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const CONTROL_SINGLE_LINE = /[\u0000-\u001F\u007F-\u009F]/;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

// What renders as nothing: format characters (zero-width space and joiners, word joiner, soft
// hyphen, the Mongolian vowel separator), combining marks and variation selectors on their own,
// Hangul fillers, the blank Braille pattern, and spaces of every kind.
const INVISIBLE = /[\p{Cf}\p{M}\p{Z}\s\u3164\u115F\u1160\uFFA0\u2800]/gu;
/** Whether a person would see at least one letter or digit in the text. */
export const hasVisibleText = (s: string): boolean => /[\p{L}\p{N}]/u.test(s.replace(INVISIBLE, ''));

/** `label` is the catalogue key of the field's name, so messages read "<label> is required." in any language. */
type TextOptions = { max: number; label: MessageKey };

/** A one-line piece of text: NFC-normalised, trimmed, inner whitespace collapsed, bounded. */
export function lineText(opts: TextOptions) {
  const field = opts.label;
  return z
    .string({ error: zodMessage('validation.required', { field }) })
    .transform((s) => s.normalize('NFC'))
    .refine((s) => !CONTROL_SINGLE_LINE.test(s), zodMessage('validation.lineControls', { field }))
    .refine((s) => !BIDI_CONTROL.test(s), zodMessage('validation.bidiControls', { field }))
    .transform((s) => s.replace(/\s+/g, ' ').trim())
    .refine((s) => s.length > 0, zodMessage('validation.required', { field }))
    .refine((s) => s.length === 0 || hasVisibleText(s), zodMessage('validation.noVisibleText', { field }))
    .refine((s) => s.length <= opts.max, zodMessage('validation.tooLong', { field, max: opts.max }));
}

/** Multi-line text such as a statement body. */
export function longText(opts: TextOptions) {
  const field = opts.label;
  return z
    .string({ error: zodMessage('validation.required', { field }) })
    .transform((s) => s.normalize('NFC').replace(/\r\n?/g, '\n'))
    .refine((s) => !CONTROL.test(s), zodMessage('validation.textControls', { field }))
    .refine((s) => !BIDI_CONTROL.test(s), zodMessage('validation.bidiControls', { field }))
    .refine((s) => s.trim().length > 0, zodMessage('validation.required', { field }))
    .refine((s) => s.length <= opts.max, zodMessage('validation.tooLong', { field, max: opts.max }));
}

/** An optional one-line field: empty input becomes null. */
export function optionalLine(opts: TextOptions) {
  return z
    .string().nullish()
    .transform((s) => (s == null || s.trim() === '' ? undefined : s))
    .pipe(z.union([z.undefined(), lineText(opts)]))
    .transform((s) => s ?? null);
}

export const emailAddress = (label: MessageKey = 'field.email') =>
  lineText({ max: 254, label })
    .refine((s) => /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/u.test(s), zodMessage('validation.email', { field: label }))
    .transform((s) => s.toLowerCase());

/** One Zod issue's message as text in the reader's language (English by default). */
export const issueText = (issue: { message: string }, t?: Translate): string => say(decodeMessage(issue.message) ?? { key: 'validation.invalid' }, t);

/** A Zod failure as field → message (first message per field), each still to be translated. */
export function fieldMessages(error: z.ZodError): Record<string, Localised> {
  const out: Record<string, Localised> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_';
    // Messages Zod writes itself (a wrong type in JSON, say) are not in the catalogue.
    if (!Object.hasOwn(out, key)) out[key] = decodeMessage(issue.message) ?? { key: 'validation.invalid' };
  }
  return out;
}

/** Converts a Zod failure into a field → message map in the reader's language (English by default). */
export function fieldErrors(error: z.ZodError, t?: Translate): Record<string, string> {
  return Object.fromEntries(Object.entries(fieldMessages(error)).map(([k, m]) => [k, say(m, t)]));
}
