import { z } from 'zod';
import { zodMessage } from '../i18n/localised.ts';
import { lineText, longText, optionalLine } from '../shared/text.ts';
import { bodyNesting, MAX_BODY_NESTING } from '../shared/markdown-nesting.ts';
import { checkHeadline } from './headline.ts';

/** A statement body: Markdown, bounded in length and in how deeply it nests (docs/decisions/input-limits.md). */
const markdownBody = longText({ max: 100_000, label: 'field.body' }).superRefine((body, ctx) => {
  const depth = bodyNesting(body);
  if (depth > MAX_BODY_NESTING) ctx.addIssue({ code: 'custom', message: zodMessage('limits.bodyNesting', { field: 'field.body', depth, max: MAX_BODY_NESTING }) });
});

const slug = z
  .string({ error: zodMessage('validation.slug') })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/, zodMessage('validation.slug'));

export const languageTag = z
  .string({ error: zodMessage('validation.languageRequired') })
  .trim()
  .min(2, zodMessage('validation.languageRequired'))
  .max(35, zodMessage('validation.languageTooLong'))
  .transform((s, ctx) => {
    try {
      if (!/^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(s)) throw new Error('not a tag');
      return Intl.getCanonicalLocales(s)[0] ?? s;
    } catch {
      ctx.addIssue({ code: 'custom', message: zodMessage('validation.languageTag', { tag: s.slice(0, 40) }) });
      return z.NEVER;
    }
  });

const optionalDate = (field: 'field.opensAt' | 'field.closesAt') =>
  z
    .string().nullish()
    .transform((s, ctx) => {
      if (s == null || s.trim() === '') return null;
      const d = new Date(s);
      if (Number.isNaN(d.getTime())) {
        ctx.addIssue({ code: 'custom', message: zodMessage('validation.dateTime', { field }) });
        return z.NEVER;
      }
      return d;
    });

/** A headline phrase: plain `{count}` or an ICU plural on `count`, checked to be readable. */
const headline = optionalLine({ max: 300, label: 'field.headline' }).superRefine((h, ctx) => {
  if (h === null) return;
  const problem = checkHeadline(h);
  if (problem) ctx.addIssue({ code: 'custom', message: zodMessage(problem === 'syntax' ? 'validation.headlineSyntax' : 'validation.headlineCount') });
});

const readyFlag = z
  .union([z.boolean(), z.literal('on'), z.literal('true'), z.literal('false'), z.literal('1'), z.literal('0'), z.literal(''), z.null(), z.undefined()])
  .optional()
  .transform((v) => v === true || v === 'on' || v === 'true' || v === '1');

/** The parts of a statement a coordinator can change after creating it. */
const editableFields = {
  allow_individuals: readyFlag,
  title: lineText({ max: 300, label: 'field.title' }),
  body: markdownBody,
  headline,
  headline_rounding: z
    .union([z.coerce.number().int().min(1).max(1_000_000), z.literal(''), z.null(), z.undefined()])
    .optional()
    .transform((n) => (typeof n === 'number' && n > 1 ? n : null)),
  place_and_date: optionalLine({ max: 200, label: 'field.placeAndDate' }),
  opens_at: optionalDate('field.opensAt'),
  closes_at: optionalDate('field.closesAt'),
};
const windowInOrder = (v: { opens_at: Date | null; closes_at: Date | null }) => !v.opens_at || !v.closes_at || v.opens_at < v.closes_at;

export const StatementInput = z
  .object({ slug, language: languageTag, ...editableFields })
  .refine(windowInOrder, { path: ['closes_at'], message: zodMessage('validation.window') });
export type StatementInput = z.output<typeof StatementInput>;

/** A statement's text and settings after an edit: the current values overlaid with the changed ones. */
export const StatementEditInput = z
  .object(editableFields)
  .refine(windowInOrder, { path: ['closes_at'], message: zodMessage('validation.window') });
export type StatementEditInput = z.output<typeof StatementEditInput>;

/** The keys PATCH /statements/:slug and the edit form may change. */
export const EDITABLE_STATEMENT_FIELDS = Object.keys(editableFields) as (keyof typeof editableFields)[];

/** A translation of a statement's text into one language. */
export const TranslationInput = z.object({
  language: languageTag,
  title: lineText({ max: 300, label: 'field.title' }),
  body: markdownBody,
  headline,
  place_and_date: optionalLine({ max: 200, label: 'field.placeAndDate' }),
  ready: readyFlag,
});

/** A checkbox or JSON boolean: true for true, "on", "true", "1". */
export const checkboxFlag = readyFlag;
export type TranslationInput = z.output<typeof TranslationInput>;
