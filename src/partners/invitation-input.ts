import { z } from 'zod';
import { LOCALES } from '../i18n/i18n.ts';
import { zodMessage } from '../i18n/localised.ts';
import { emailAddress } from '../shared/text.ts';

/** At most this many pasted addresses and registry organisations per request. */
export const MAX_INVITED_EMAILS = 500;
export const MAX_INVITED_ORGANISATIONS = 1000;

/**
 * What a coordinator sends to invite partners: pasted addresses (each checked; a bad one refuses
 * the request, naming it, so nothing is sent half), registry organisations by id, and the
 * language for those whose own language is not known.
 */
export const InvitationInput = z.object({
  emails: z
    .array(z.string(), { error: zodMessage('validation.invalid') })
    .max(MAX_INVITED_EMAILS, zodMessage('partners.validation.tooManyEmails', { max: MAX_INVITED_EMAILS }))
    .optional()
    .default([])
    .superRefine((list, ctx) => {
      list.forEach((e, i) => {
        if (!emailAddress('partners.field.emails').safeParse(e).success) ctx.addIssue({ code: 'custom', path: [i], message: zodMessage('partners.validation.badEmail', { email: e.slice(0, 100) }) });
      });
    })
    .transform((list) => list.map((e) => emailAddress('partners.field.emails').parse(e))),
  organisations: z
    .array(z.string().max(64), { error: zodMessage('validation.invalid') })
    .max(MAX_INVITED_ORGANISATIONS, zodMessage('partners.validation.tooManyOrganisations', { max: MAX_INVITED_ORGANISATIONS }))
    .optional()
    .default([]),
  language: z.enum(LOCALES, { error: zodMessage('validation.invalid') }).optional(),
});
export type InvitationInput = z.output<typeof InvitationInput>;

/** A pasted list: one address per line, or separated by commas, semicolons or spaces. */
export const splitPastedEmails = (text: string): string[] =>
  text
    .split(/[\s,;]+/)
    .map((e) => e.replace(/^<|>$/g, '').trim())
    .filter((e) => e.length > 0);
