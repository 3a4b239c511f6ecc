import { z } from 'zod';

// C0/C1 controls (tab and newlines allowed only where multi-line text is expected) and the
// bidirectional embedding/override/isolate characters that can make a name read backwards.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const CONTROL_SINGLE_LINE = /[\u0000-\u001F\u007F-\u009F]/;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/** A one-line piece of text: NFC-normalised, trimmed, inner whitespace collapsed, bounded. */
export function lineText(opts: { max: number; label: string }) {
  return z
    .string({ error: `${opts.label} is required.` })
    .transform((s) => s.normalize('NFC'))
    .refine((s) => !CONTROL_SINGLE_LINE.test(s), `${opts.label} contains control characters or line breaks.`)
    .refine((s) => !BIDI_CONTROL.test(s), `${opts.label} contains invisible text-direction characters; please type it plainly.`)
    .transform((s) => s.replace(/\s+/g, ' ').trim())
    .refine((s) => s.length > 0, `${opts.label} is required.`)
    .refine((s) => s.length <= opts.max, `${opts.label} must be at most ${opts.max} characters.`);
}

/** Multi-line text such as a statement body. */
export function longText(opts: { max: number; label: string }) {
  return z
    .string({ error: `${opts.label} is required.` })
    .transform((s) => s.normalize('NFC').replace(/\r\n?/g, '\n'))
    .refine((s) => !CONTROL.test(s), `${opts.label} contains control characters.`)
    .refine((s) => !BIDI_CONTROL.test(s), `${opts.label} contains invisible text-direction characters.`)
    .refine((s) => s.trim().length > 0, `${opts.label} is required.`)
    .refine((s) => s.length <= opts.max, `${opts.label} must be at most ${opts.max} characters.`);
}

/** An optional one-line field: empty input becomes null. */
export function optionalLine(opts: { max: number; label: string }) {
  return z
    .string().nullish()
    .transform((s) => (s == null || s.trim() === '' ? undefined : s))
    .pipe(z.union([z.undefined(), lineText(opts)]))
    .transform((s) => s ?? null);
}

export const emailAddress = (label = 'Email') =>
  lineText({ max: 254, label })
    .refine((s) => /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/u.test(s), `${label} is not a valid email address.`)
    .transform((s) => s.toLowerCase());

/** Converts a Zod failure into a field → message map (first message per field). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_';
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}
