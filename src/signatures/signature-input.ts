import { z } from 'zod';
import { isCountryCode } from '../i18n/countries.ts';
import { zodMessage } from '../i18n/localised.ts';
import { emailAddress, lineText, optionalLine } from '../shared/text.ts';
import { ORGANISATION_TYPES } from './signature.ts';

const country = z
  .string({ error: zodMessage('validation.required', { field: 'sign.country' }) })
  .trim()
  .toUpperCase()
  .refine((c) => c.length > 0, zodMessage('validation.required', { field: 'sign.country' }))
  .refine((c) => isCountryCode(c), zodMessage('validation.country'));

/** Stands, inside these schemas only, for "International / regional"; never a country code (those are two capitals). */
const INTERNATIONAL = 'international';

/**
 * Where an organisation entered by a coordinator works: a country code, "international" (the
 * form) or null (JSON) for an international or regional one, or "" / left out for not given
 * (an imported list without countries). Split into `country` and `international` by `place`.
 */
const optionalCountry = z
  .string().nullish()
  .transform((c) => (c === null || c?.trim().toLowerCase() === INTERNATIONAL ? INTERNATIONAL : c == null || c.trim() === '' ? undefined : c))
  .pipe(z.union([z.undefined(), z.literal(INTERNATIONAL), country]))
  .transform((c) => c ?? null);

/** `country` as stored (null unless a code) and whether the organisation is international or regional. */
const place = <T extends { country: string | null }>(v: T) => ({ ...v, country: v.country === INTERNATIONAL ? null : v.country, international: v.country === INTERNATIONAL });

/** The form value of a signatory's place, the inverse of `place`. */
export const placeValue = (s: { country: string | null; international: boolean }) => (s.international ? INTERNATIONAL : s.country ?? '');

const orgType = z
  .union([z.enum(ORGANISATION_TYPES, { error: zodMessage('validation.orgType') }), z.literal(''), z.null(), z.undefined()])
  .optional()
  .transform((t) => (t ? t : null));

/** A website as typed ("example.org" or a URL), stored as an https/http URL; never fetched. */
const website = optionalLine({ max: 300, label: 'sign.website' }).transform((w, ctx) => {
  if (w === null) return null;
  const withScheme = /^https?:\/\//i.test(w) ? w : `https://${w}`;
  try {
    const url = new URL(withScheme);
    if (!/^https?:$/.test(url.protocol) || !url.hostname.includes('.')) throw new Error('bad');
    return url.toString().replace(/\/$/, '');
  } catch {
    ctx.addIssue({ code: 'custom', message: zodMessage('validation.website', { field: 'sign.website' }) });
    return z.NEVER;
  }
});

const organisationFields = {
  name: lineText({ max: 300, label: 'sign.name' }),
  type: orgType,
  website,
};

const flag = z
  .union([z.boolean(), z.literal('on'), z.literal('true'), z.literal('1'), z.literal(''), z.null(), z.undefined()])
  .optional()
  .transform((v) => v === true || v === 'on' || v === 'true' || v === '1');

/** A country code, or null (JSON) / "international" (the form) for an international or regional organisation. */
const countryOrInternational = z.union([z.null(), z.literal('international').transform(() => null), country]);

/**
 * What a signatory submits publicly; contact details are required to confirm by email. An
 * organisation gives its country (null: international or regional); an individual, where the
 * statement allows it, gives a name and optionally an affiliation, and is their own contact.
 */
export const PublicSignOnInput = z.preprocess(
  (v) => {
    if (typeof v !== 'object' || v === null) return v;
    const o = v as Record<string, unknown>;
    return o.kind === 'individual' && (o.contact_name === undefined || o.contact_name === '') ? { ...o, contact_name: o.name } : o;
  },
  z
    .object({
      kind: z.enum(['organisation', 'individual'], { error: zodMessage('validation.invalid') }).optional().default('organisation'),
      ...organisationFields,
      country: countryOrInternational.optional(),
      affiliation: optionalLine({ max: 300, label: 'sign.affiliation' }),
      /** Counted but not named publicly, for the organisation's safety. */
      confidential: flag,
      contact_name: lineText({ max: 200, label: 'sign.contactName' }),
      contact_email: emailAddress('sign.contactEmail'),
      /** Ticked (never by default): the contact may be invited to future statements on this site. */
      updates_consent: flag,
    })
    .superRefine((v, ctx) => {
      if (v.kind === 'organisation' && v.country === undefined) ctx.addIssue({ code: 'custom', path: ['country'], message: zodMessage('validation.required', { field: 'sign.country' }) });
    })
    .transform((v) => ({
      ...v,
      country: v.country ?? null,
      // Null is a choice on this form ("International / regional"), never an omission.
      international: v.kind === 'organisation' && (v.country ?? null) === null,
      // An individual has no organisation type or website, nor an affiliation if an organisation.
      type: v.kind === 'individual' ? null : v.type,
      website: v.kind === 'individual' ? null : v.website,
      affiliation: v.kind === 'individual' ? v.affiliation : null,
    })),
);
export type PublicSignOnInput = z.output<typeof PublicSignOnInput>;

/** What a coordinator enters directly: country and contact optional. */
export const CoordinatorSignatoryInput = z
  .object({
    ...organisationFields,
    country: optionalCountry,
    initiator: flag,
    confidential: flag,
    contact_name: optionalLine({ max: 200, label: 'sign.contactName' }),
    contact_email: z
      .string().nullish()
      .transform((s) => (s == null || s.trim() === '' ? undefined : s))
      .pipe(z.union([z.undefined(), emailAddress('sign.contactEmail')]))
      .transform((s) => s ?? null),
  })
  .transform(place);
export type CoordinatorSignatoryInput = z.output<typeof CoordinatorSignatoryInput>;

/**
 * What a coordinator may change on a signatory; applied over the signatory's current values, so
 * fields left out stay as they are.
 */
export const SignatoryEditInput = z.object({
  ...organisationFields,
  country: optionalCountry,
  initiator: flag,
  confidential: flag,
}).transform(place);
export type SignatoryEditInput = z.output<typeof SignatoryEditInput>;
export const SIGNATORY_EDIT_FIELDS = ['name', 'country', 'type', 'website', 'initiator', 'confidential'] as const;

/** Folds case, accents, punctuation and spacing so "ACME  e.V." and "Acme e.V" are one identity. */
export function identityName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('und')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
