/** A frozen publication of a statement: text, numbering and count as published. */
/** 'prepared': with two-person publishing, waiting for a second coordinator to release it. */
export const EDITION_STATES = ['prepared', 'scheduled', 'publishing', 'published', 'failed'] as const;
export type EditionState = (typeof EDITION_STATES)[number];
export type DocumentFormat = 'pdf' | 'docx';

/** One numbered line of a frozen list. The signature id is internal and never serialised publicly. */
export interface FrozenEntry {
  signatureId: string;
  number: number;
  name: string;
  country: string | null;
  /** An international or regional organisation (left out in editions frozen before it was recorded). */
  international?: boolean;
  type: string | null;
}

/** One numbered line of an edition's list of individuals. */
export interface FrozenIndividual {
  number: number;
  name: string;
  affiliation: string | null;
}

export interface Edition {
  id: string;
  statementId: string;
  number: number;
  state: EditionState;
  publishAt: Date;
  publishedAt: Date | null;
  textVersion: number | null;
  language: string | null;
  title: string | null;
  headline: string | null;
  body: string | null;
  placeAndDate: string | null;
  count: number | null;
  confidentialCount: number | null;
  list: FrozenEntry[];
  /** The individuals as published, numbered apart (empty where the statement has none, or before this was recorded). */
  individuals: FrozenIndividual[];
  /** Languages whose PDF and DOCX the edition stores: the original first, then ready translations. */
  languages: string[];
  lastError: string | null;
}
