import { localisedError } from '../errors.ts';

/**
 * A signature's life: it waits for email confirmation, then for moderation. A duplicate that a
 * coordinator merged into another signature of the same statement ends as 'merged'. A public
 * sign-on over a flood limit (or with the honeypot filled) is 'held': no email goes out until a
 * coordinator releases it to 'unconfirmed' or rejects it.
 */
export const SIGNATURE_STATES = ['held', 'unconfirmed', 'confirmed', 'approved', 'rejected', 'withdrawn', 'merged'] as const;
export type SignatureState = (typeof SIGNATURE_STATES)[number];

/** States a coordinator reviews in the moderation queue. */
export const MODERATABLE_STATES: readonly SignatureState[] = ['confirmed'];
/** Only these count and appear publicly. */
export const PUBLIC_STATES: readonly SignatureState[] = ['approved'];
/** Signatures still in play: duplicates are looked for among these only. */
export const ACTIVE_STATES: readonly SignatureState[] = ['unconfirmed', 'confirmed', 'approved'];

export const ORGANISATION_TYPES = ['ngo', 'network', 'community', 'academic', 'faith', 'union', 'other'] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export type SignatureSource = 'form' | 'import' | 'coordinator';
export type SignatureKind = 'organisation' | 'individual';

export interface Signature {
  id: string;
  statementId: string;
  kind: SignatureKind;
  name: string;
  country: string | null;
  /** An international or regional organisation: no country by choice ("International / regional"). */
  international: boolean;
  type: OrganisationType | null;
  website: string | null;
  /** An individual's organisation or role; null for organisations. */
  affiliation: string | null;
  state: SignatureState;
  initiator: boolean;
  confidential: boolean;
  source: SignatureSource;
  textVersion: number;
  /** The language of the text the signatory read and signed (null: before this was recorded, or added by a coordinator). */
  language: string | null;
  /** What the signatory asked to correct on an approved signature, until a coordinator decides. */
  pendingCorrection: SignatoryCorrection | null;
  /** The organisation is verified (by its email domain, or by a coordinator); shown to coordinators. */
  verified: boolean;
  verifiedBy: 'domain' | 'coordinator' | null;
  createdAt: Date;
  confirmedAt: Date | null;
  decidedAt: Date | null;
}

/** The organisation's details a signatory may correct through their manage link. */
export interface SignatoryCorrection {
  name: string;
  country: string | null;
  /** Left out in corrections asked for before this was recorded. */
  international?: boolean;
  type: OrganisationType | null;
  website: string | null;
}

/** The private person behind a signature; never public. */
export interface Contact {
  name: string;
  email: string;
  language: string;
}

export type ModerationDecision = 'approve' | 'reject';

const allowed: Record<string, readonly SignatureState[]> = {
  confirm: ['unconfirmed'],
  approve: ['confirmed', 'rejected'],
  reject: ['held', 'confirmed', 'approved'],
  withdraw: ['held', 'unconfirmed', 'confirmed', 'approved', 'rejected'],
  // A held sign-on let through: its confirmation email goes out as for any other (see releaseHeld).
  release: ['held'],
  // Undoes a rejection: back to the list if it was approved, otherwise back to review (see restoreSignatures).
  restore: ['rejected'],
  // A merged signature is final: the kept one carries the organisation from then on.
  merge: ['unconfirmed', 'confirmed', 'approved', 'rejected'],
};
const target: Record<string, SignatureState> = { confirm: 'confirmed', approve: 'approved', reject: 'rejected', withdraw: 'withdrawn', merge: 'merged', restore: 'confirmed', release: 'unconfirmed' };

export type SignatureAction = 'confirm' | ModerationDecision | 'withdraw' | 'merge' | 'restore' | 'release';

/** Guards a signature's state change; throws illegal_transition with the reason in plain words. */
export function signatureTransition(from: SignatureState, action: SignatureAction): SignatureState {
  if (!allowed[action]!.includes(from)) {
    throw localisedError('illegal_transition', 'error.illegalSignatureMove', { action, from });
  }
  return target[action]!;
}

/** How the public count of organisations changes when a signature moves between states; individuals are counted apart. */
export function countDelta(from: SignatureState, to: SignatureState, kind: SignatureKind = 'organisation'): number {
  if (kind !== 'organisation') return 0;
  const was = PUBLIC_STATES.includes(from) ? 1 : 0;
  const is = PUBLIC_STATES.includes(to) ? 1 : 0;
  return is - was;
}
