import { hashSecret } from '../shared/ids.ts';
import type { Hit } from '../shared/rate-windows.ts';
import { emailDomain, FREE_MAIL_FACTOR, isFreeMail } from './email-domain.ts';

/** Limits on public sign-ons; over them a sign-on is held for review, never refused. */
export interface SignOnLimits {
  /** Per client address per minute (SIGN_ON_RATE_LIMIT); ten times this per hour. */
  perMinute: number;
  /** Per email domain per hour (SIGN_ON_DOMAIN_RATE_LIMIT); a tenth of it (at least 1) per minute. */
  domainPerHour: number;
}

export type HoldReason = 'address_burst' | 'address_sustained' | 'domain_burst' | 'domain_sustained' | 'honeypot';
export const HOLD_REASONS: readonly HoldReason[] = ['address_burst', 'address_sustained', 'domain_burst', 'domain_sustained', 'honeypot'];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

interface Window {
  key: string;
  windowMs: number;
  limit: number;
  reason: HoldReason;
}

/** The windows one sign-on counts in: its address's (when public) and its email domain's, a burst and a sustained one each. */
export function windowsOf(o: { clientHash: string | null; email: string }, limits: SignOnLimits): Window[] {
  const domain = emailDomain(o.email);
  const domainHour = limits.domainPerHour * (isFreeMail(domain) ? FREE_MAIL_FACTOR : 1);
  const d = hashSecret(`domain|${domain}`).slice(0, 32);
  return [
    ...(o.clientHash
      ? [
          { key: `a1:${o.clientHash}`, windowMs: MINUTE, limit: limits.perMinute, reason: 'address_burst' as const },
          { key: `a60:${o.clientHash}`, windowMs: HOUR, limit: limits.perMinute * 10, reason: 'address_sustained' as const },
        ]
      : []),
    { key: `d1:${d}`, windowMs: MINUTE, limit: Math.max(1, Math.ceil(domainHour / 10)), reason: 'domain_burst' },
    { key: `d60:${d}`, windowMs: HOUR, limit: domainHour, reason: 'domain_sustained' },
  ];
}

/**
 * Counts a batch of sign-ons in their windows (the counts come back from the database, so every
 * instance shares them) and decides, in arrival order, which are over a limit.
 */
export class LimitTally {
  private readonly hits = new Map<string, Hit>();
  private readonly seen = new Map<string, number>();

  constructor(private readonly batch: readonly Window[][]) {
    for (const windows of batch) for (const w of windows) {
      const h = this.hits.get(w.key);
      if (h) h.count++;
      else this.hits.set(w.key, { key: w.key, windowMs: w.windowMs, count: 1 });
    }
  }

  get toCount(): Hit[] {
    return [...this.hits.values()];
  }

  /** The first limit the i-th sign-on of the batch goes over, given the counts after the batch; null: none. */
  over(i: number, counts: ReadonlyMap<string, number>): HoldReason | null {
    let reason: HoldReason | null = null;
    for (const w of this.batch[i]!) {
      const position = (this.seen.get(w.key) ?? 0) + 1;
      this.seen.set(w.key, position);
      const before = (counts.get(w.key) ?? 0) - (this.hits.get(w.key)?.count ?? 0);
      if (reason === null && before + position > w.limit) reason = w.reason;
    }
    return reason;
  }
}
