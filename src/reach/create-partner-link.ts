import { z } from 'zod';
import type { DbOrTx } from '../db/database.ts';
import { localisedError } from '../errors.ts';
import { zodMessage } from '../i18n/localised.ts';
import { recordAudit } from '../shared/audit.ts';
import { newId, newSecret } from '../shared/ids.ts';
import { lineText } from '../shared/text.ts';
import { validate } from '../shared/validate.ts';
import { getStatementBySlug } from '../statements/statement.repository.ts';
import { REFERRAL_CODE, type PartnerLink } from './partner-link.ts';
import { codeTaken, insertPartnerLink } from './partner-link.repository.ts';

const PartnerLinkInput = z.object({
  name: lineText({ max: 200, label: 'reach.links.name' }),
  code: z
    .string()
    .nullish()
    .transform((c) => (c == null || c.trim() === '' ? null : c.trim().toLowerCase()))
    .refine((c) => c === null || REFERRAL_CODE.test(c), zodMessage('reach.links.badCode')),
});

/** A short code nobody chose: 10 letters and digits. */
const randomCode = () => newSecret().replace(/[^a-zA-Z0-9]/g, '').slice(0, 10).toLowerCase();

/** Creates a named partner link for a statement; a code already used anywhere is refused. */
export async function createPartnerLink(trx: DbOrTx, opts: { slug: string; input: unknown; coordinatorId: string; now: Date }): Promise<PartnerLink> {
  const input = validate(PartnerLinkInput, opts.input);
  const statement = await getStatementBySlug(trx, opts.slug);
  let code = input.code;
  if (code) {
    if (await codeTaken(trx, code)) throw localisedError('conflict', 'reach.links.codeTaken', undefined, { code: { key: 'reach.links.codeTaken' } });
  } else {
    do code = randomCode();
    while (!REFERRAL_CODE.test(code) || (await codeTaken(trx, code)));
  }
  const link: PartnerLink = { id: newId(), statementId: statement.id, code, name: input.name, createdAt: opts.now };
  await insertPartnerLink(trx, { ...link, createdBy: opts.coordinatorId });
  await recordAudit(trx, { at: opts.now, actor: opts.coordinatorId, action: 'partner_link.created', subjectType: 'statement', subjectId: statement.id, detail: { code, name: input.name } });
  return link;
}
