import { AppError } from '../errors.ts';

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
  state: StatementState;
  opensAt: Date | null;
  closesAt: Date | null;
  textVersion: number;
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
    const verb = to === 'open' ? 'open' : to === 'closed' ? 'close' : `move to ${to}`;
    throw new AppError(
      'illegal_transition',
      `Cannot ${verb} statement "${statement.slug}": it is ${statement.state}.` +
        (statement.state === 'draft' && to === 'closed' ? ' Open it for signature first.' : ''),
    );
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
export function displayCount(count: number, rounding: number | null, locale: string): string {
  const fmt = new Intl.NumberFormat(locale);
  if (!rounding || rounding <= 1 || count < rounding) return fmt.format(count);
  const rounded = Math.floor(count / rounding) * rounding;
  return rounded === count ? fmt.format(count) : `${fmt.format(rounded)}+`;
}

/** The headline with {count} filled in; the title when no headline phrase is set. */
export function headlineText(s: Pick<Statement, 'headline' | 'headlineRounding' | 'title' | 'language'>, count: number): string {
  if (!s.headline) return s.title;
  return s.headline.replaceAll('{count}', displayCount(count, s.headlineRounding, s.language));
}
