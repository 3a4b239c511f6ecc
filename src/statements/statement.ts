import { localisedError } from '../errors.ts';
import { formatHeadline } from './headline.ts';
import { textDirection } from '../i18n/i18n.ts';

/** A statement's life: drafted, open for signature, closed. */
export const STATEMENT_STATES = ['draft', 'open', 'closed'] as const;
export type StatementState = (typeof STATEMENT_STATES)[number];

export interface Statement {
  id: string;
  slug: string;
  language: string;
  title: string;
  body: string;
  /** e.g. "{count} organisations call on world leaders…"; null falls back to the title. */
  headline: string | null;
  /** Round the public count down to this step and add "+" ("300+"); null shows the exact count. */
  headlineRounding: number | null;
  placeAndDate: string | null;
  /** The language whose text prevails if versions differ; null means the original language. */
  authoritativeLanguage: string | null;
  state: StatementState;
  opensAt: Date | null;
  closesAt: Date | null;
  textVersion: number;
  /** Whether individuals may sign besides organisations. */
  allowIndividuals: boolean;
  /** Whether the statement's viewers may read contact data. */
  viewersSeeContacts: boolean;
  /** Whether an edition prepared by one coordinator must be released by a second. */
  twoPersonPublishing: boolean;
  /** The public list shows a mark beside verified organisations. */
  showVerified: boolean;
  /** Approved organisations; individuals are counted apart. */
  approvedCount: number;
  listVersion: number;
  createdAt: Date;
  updatedAt: Date;
}

const transitions: Record<StatementState, readonly StatementState[]> = {
  draft: ['open'],
  open: ['closed'],
  closed: ['open'],
};

/** Guards a state change; returns the new state or throws a clear illegal_transition error. */
export function transition(statement: Pick<Statement, 'state' | 'slug'>, to: StatementState): StatementState {
  if (!transitions[statement.state].includes(to)) {
    throw localisedError('illegal_transition', 'error.illegalStatementMove', { to, slug: statement.slug, from: statement.state });
  }
  return to;
}

/** Whether signatures are accepted at `now`: open, and inside the sign-on window if one is set. */
export function acceptsSignatures(s: Pick<Statement, 'state' | 'opensAt' | 'closesAt'>, now: Date): boolean {
  if (s.state !== 'open') return false;
  if (s.opensAt && now < s.opensAt) return false;
  if (s.closesAt && now >= s.closesAt) return false;
  return true;
}

/** The count as shown in headlines: exact, or rounded down to the step with a "+" ("300+"). */
// Making an Intl.NumberFormat costs more than the rest of a count request; one per locale is kept.
const numberFormats = new Map<string, Intl.NumberFormat>();
const numberFormat = (locale: string) => {
  let f = numberFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale);
    if (numberFormats.size < 100) numberFormats.set(locale, f);
  }
  return f;
};

export function displayCount(count: number, rounding: number | null, locale: string): string {
  const fmt = numberFormat(locale);
  if (!rounding || rounding <= 1 || count < rounding) return fmt.format(count);
  const rounded = Math.floor(count / rounding) * rounding;
  if (rounded === count) return fmt.format(count);
  // In right-to-left text a trailing "+" would jump before the number ("+300"); a left-to-right
  // mark keeps it after: "300+".
  return `${fmt.format(rounded)}+${textDirection(locale) === 'rtl' ? '\u200E' : ''}`;
}

/** The number the headline's plural is chosen by: the rounded count when it is shown rounded ("300+" → 300). */
export function displayedNumber(count: number, rounding: number | null): number {
  if (!rounding || rounding <= 1 || count < rounding) return count;
  return Math.floor(count / rounding) * rounding;
}

/**
 * The headline with the count filled in (plain `{count}` or an ICU plural), the title when no
 * headline phrase is set. `language` is the language of the text shown (a translation's).
 */
export function headlineText(s: Pick<Statement, 'headline' | 'headlineRounding' | 'title' | 'language'>, count: number): string {
  if (!s.headline) return s.title;
  return formatHeadline(s.headline, {
    count: displayedNumber(count, s.headlineRounding),
    countText: displayCount(count, s.headlineRounding, s.language),
    locale: s.language,
  });
}
