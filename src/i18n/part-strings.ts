import { abuse } from './parts/abuse.ts';
import { audit } from './parts/audit.ts';
import { auditActions } from './parts/audit-actions.ts';
import { delivery } from './parts/delivery.ts';
import { duplicates } from './parts/duplicates.ts';
import { forms } from './parts/forms.ts';
import { hostile } from './parts/hostile.ts';
import { importErrors } from './parts/import-errors.ts';
import { imports } from './parts/imports.ts';
import { limits } from './parts/limits.ts';
import { listing } from './parts/listing.ts';
import { partners } from './parts/partners.ts';
import { privacy } from './parts/privacy.ts';
import { reach } from './parts/reach.ts';
import { security } from './parts/security.ts';
import { team } from './parts/team.ts';
import { teamAudit } from './parts/team-audit.ts';
import { teamTokens } from './parts/team-tokens.ts';
import { verified } from './parts/verified.ts';

/**
 * Every feature's strings (`src/i18n/parts/`), in one list, spread once into each of the six
 * catalogues: a new part is added here, in one place, not in six files. The order is the order
 * the catalogues spread them in before this list existed.
 */
const PARTS = [
  team, teamTokens, teamAudit, listing, partners, delivery, audit, auditActions, verified, security,
  abuse, privacy, limits, hostile, reach, imports, importErrors, duplicates, forms,
] as const;

type Language = 'en' | 'fr' | 'es' | 'ru' | 'pt' | 'ar';
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type PartKey = keyof UnionToIntersection<(typeof PARTS)[number]['en']> & string;

/** The strings of every part in one language, keyed as in English (definePart checks each language has them all). */
export function partStrings(language: Language): Record<PartKey, string> {
  return Object.assign({}, ...PARTS.map((part) => part[language])) as Record<PartKey, string>;
}
