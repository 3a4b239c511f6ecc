import type { WithdrawLink } from '../statements/edit-statement.ts';

/**
 * The link a change notice gives a signatory to withdraw. Until signatories have their own
 * manage links, the statement's page.
 */
export const withdrawLinkFor =
  (publicUrl: string): WithdrawLink =>
  async (db, signatureId) => {
    const row = await db
      .selectFrom('signatures')
      .innerJoin('statements', 'statements.id', 'signatures.statement_id')
      .select('statements.slug')
      .where('signatures.id', '=', signatureId)
      .executeTakeFirstOrThrow();
    return `${publicUrl}/statements/${row.slug}`;
  };
