/** A co-convener's referral link for one statement: `/statements/<slug>?ref=<code>`. */
export interface PartnerLink {
  id: string;
  statementId: string;
  code: string;
  /** Whose link it is, as the coordinator named it ("Harm Reduction International"). */
  name: string;
  createdAt: Date;
}

/** What a referral code may look like; anything else in `?ref=` is ignored, never an error. */
export const REFERRAL_CODE = /^[a-z0-9][a-z0-9-]{2,39}$/;

/** The code as given in a link, if it could be one; null otherwise. */
export function referralCode(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const code = raw.trim().toLowerCase();
  return REFERRAL_CODE.test(code) ? code : null;
}

/** The public link a partner shares. */
export const partnerUrl = (publicUrl: string, slug: string, code: string) => `${publicUrl.replace(/\/$/, '')}/statements/${encodeURIComponent(slug)}?ref=${encodeURIComponent(code)}`;
