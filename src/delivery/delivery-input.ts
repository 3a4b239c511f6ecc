import { z } from 'zod';
import { zodMessage } from '../i18n/localised.ts';
import { emailAddress, lineText, longText, optionalLine } from '../shared/text.ts';

/** Someone the statement addresses: a name, an email (private), their organisation and title. */
export const AddresseeInput = z.object({
  name: lineText({ max: 200, label: 'delivery.field.name' }),
  email: emailAddress('delivery.field.email'),
  organisation: optionalLine({ max: 300, label: 'delivery.field.organisation' }),
  title: optionalLine({ max: 200, label: 'delivery.field.title' }),
});
export type AddresseeInput = z.output<typeof AddresseeInput>;

/** Sending a published edition: its number and a plain-text cover message. */
export const DeliveryInput = z.object({
  edition: z.coerce.number({ error: zodMessage('validation.invalid') }).int(zodMessage('validation.invalid')).positive(zodMessage('validation.invalid')).max(1_000_000, zodMessage('validation.invalid')),
  message: longText({ max: 10_000, label: 'delivery.field.message' }),
});

const day = z
  .string({ error: zodMessage('validation.required', { field: 'delivery.field.receivedOn' }) })
  .trim()
  .refine((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(new Date(`${d}T00:00:00Z`).getTime()) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), zodMessage('delivery.validation.date'));

/** A link to a response: http(s) only, never javascript: or data:. */
const link = optionalLine({ max: 1000, label: 'delivery.field.link' }).transform((l, ctx) => {
  if (l === null) return null;
  try {
    const url = new URL(l);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.toString();
  } catch {
    // falls through
  }
  ctx.addIssue({ code: 'custom', message: zodMessage('delivery.validation.link') });
  return z.NEVER;
});

/** A response received from an addressee: from whom, when, and its text or a link to it. */
export const ResponseInput = z
  .object({
    responder: lineText({ max: 300, label: 'delivery.field.responder' }),
    received_on: day,
    text: z
      .string().nullish()
      .transform((s) => (s == null || s.trim() === '' ? undefined : s))
      .pipe(z.union([z.undefined(), longText({ max: 20_000, label: 'delivery.field.text' })]))
      .transform((s) => s?.trim() ?? null),
    link,
  })
  .superRefine((v, ctx) => {
    if (v.text === null && v.link === null) ctx.addIssue({ code: 'custom', path: ['text'], message: zodMessage('delivery.validation.textOrLink') });
  });
export type ResponseInput = z.output<typeof ResponseInput>;
