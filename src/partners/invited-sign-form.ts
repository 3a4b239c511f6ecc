import type { DbOrTx } from '../db/database.ts';
import { hashSecret } from '../shared/ids.ts';
import { invitationByLink } from './partner-contacts.ts';

/**
 * The sign form's values for an invitation link: the registry organisation's name, country,
 * type and website, and the invited address. The link carries only a secret; the details come
 * from the registry. An unknown link, or one for another statement, pre-fills nothing.
 */
export async function invitedFormValues(db: DbOrTx, opts: { token: string; statementId: string }): Promise<Record<string, string>> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(opts.token)) return {};
  const inv = await invitationByLink(db, hashSecret(opts.token), 'sign');
  if (!inv || inv.statement_id !== opts.statementId) return {};
  const values: Record<string, string> = { contact_email: inv.email };
  if (inv.organisation_name) {
    values.name = inv.organisation_name;
    values.country = inv.country ?? 'international';
    if (inv.org_type) values.type = inv.org_type;
    // The website as the organisation last gave it when signing; the registry keeps only its domain.
    const last = await db
      .selectFrom('signatures')
      .select('website')
      .where('organisation_id', '=', inv.organisation_id!)
      .where('website', 'is not', null)
      .orderBy('created_at', 'desc')
      .executeTakeFirst();
    const website = last?.website ?? inv.website_domain;
    if (website) values.website = website;
  }
  return values;
}
