import { z } from 'zod';
import { lineText, longText, optionalLine } from '../shared/text.ts';

const slug = z
  .string({ error: 'Slug is required.' })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/, 'Slug may use only a–z, 0–9 and hyphens (at most 80), e.g. "porto-2019".');

export const languageTag = z
  .string({ error: 'Language is required.' })
  .trim()
  .min(2, 'Language is required (e.g. "en", "fr", "pt-BR").')
  .max(35, 'Language tag is too long.')
  .transform((s, ctx) => {
    try {
      return Intl.getCanonicalLocales(s)[0] ?? s;
    } catch {
      ctx.addIssue({ code: 'custom', message: `"${s}" is not a language tag (use e.g. "en", "fr", "pt-BR").` });
      return z.NEVER;
    }
  });

const optionalDate = (label: string) =>
  z
    .string().nullish()
    .transform((s, ctx) => {
      if (s == null || s.trim() === '') return null;
      const d = new Date(s);
      if (Number.isNaN(d.getTime())) {
        ctx.addIssue({ code: 'custom', message: `${label} is not a date and time (use e.g. 2026-04-28T09:00:00Z).` });
        return z.NEVER;
      }
      return d;
    });

export const StatementInput = z
  .object({
    slug,
    title: lineText({ max: 300, label: 'Title' }),
    language: languageTag,
    body: longText({ max: 100_000, label: 'Body' }),
    headline: optionalLine({ max: 300, label: 'Headline' }),
    headline_rounding: z
      .union([z.coerce.number().int().min(1).max(1_000_000), z.literal(''), z.null(), z.undefined()])
      .optional()
      .transform((n) => (typeof n === 'number' && n > 1 ? n : null)),
    place_and_date: optionalLine({ max: 200, label: 'Place and date' }),
    opens_at: optionalDate('Opens at'),
    closes_at: optionalDate('Closes at'),
  })
  .refine((v) => !v.headline || v.headline.includes('{count}'), {
    path: ['headline'],
    message: 'Headline must contain {count} where the number of organisations goes.',
  })
  .refine((v) => !v.opens_at || !v.closes_at || v.opens_at < v.closes_at, {
    path: ['closes_at'],
    message: 'The sign-on window must close after it opens.',
  });
export type StatementInput = z.output<typeof StatementInput>;
