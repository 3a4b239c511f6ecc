import type { Signature } from '../signatures/signature.ts';
import type { DuplicateLevel } from './similarity.ts';

export const DUPLICATE_FLAG_STATUSES = ['open', 'merged', 'dismissed'] as const;
export type DuplicateFlagStatus = (typeof DUPLICATE_FLAG_STATUSES)[number];

/** A signatory as a coordinator compares it: the signature plus its contact's email domain. */
export type FlaggedSignature = Signature & { contactEmail: string | null; organisationId: string | null };

/** Two signatures of one statement that may be the same organisation ("likely" or "possible"); a is the older. */
export interface DuplicateFlag {
  id: string;
  statementId: string;
  score: number;
  level: DuplicateLevel;
  reason: string;
  status: DuplicateFlagStatus;
  createdAt: Date;
  resolvedBy: string | null;
  resolvedAt: Date | null;
  a: FlaggedSignature;
  b: FlaggedSignature;
}
