import { resealSecondFactors } from '../accounts/second-factor.ts';
import type { Db } from '../db/database.ts';
import { identityKeyOf } from '../signatures/sign-on.ts';
import { contactKeys, emailHash, seal, sealedKeyId, unseal } from './contact-keys.ts';
import { contactKeyUse, contactsNotUnderPrimary, resealContact } from './contact.repository.ts';

const PAGE = 500;

/**
 * Re-encrypts every contact, message and second-factor secret sealed with an older key under the primary (first)
 * key, with fresh hashes and one-signature identities, a page per transaction. Afterwards the
 * old keys can be dropped from the configuration. Safe to interrupt and run again.
 */
export async function rotateContactKey(db: Db): Promise<{ primary: string; contacts: number; messages: number; pendingImports: number; secondFactors: number; remaining: Record<string, number> }> {
  const primary = contactKeys().primary;
  let contacts = 0;
  for (;;) {
    const n = await db.transaction().execute(async (trx) => {
      const page = await contactsNotUnderPrimary(trx, PAGE);
      for (const c of page) {
        await resealContact(trx, c);
        const s = await trx.selectFrom('signatures').select(['name', 'identity_key']).where('id', '=', c.signatureId).executeTakeFirst();
        if (s?.identity_key) {
          await trx.updateTable('signatures').set({ identity_key: identityKeyOf({ name: s.name, contact_email: c.email }) }).where('id', '=', c.signatureId).execute();
        }
      }
      return page.length;
    });
    contacts += n;
    if (n < PAGE) break;
  }
  let messages = 0;
  for (;;) {
    const n = await db.transaction().execute(async (trx) => {
      const page = await trx
        .selectFrom('messages')
        .selectAll()
        .where((eb) => eb.or([eb('key_id', '!=', primary.id), eb('key_id', 'is', null)]))
        .orderBy('id')
        .limit(PAGE)
        .execute();
      for (const m of page) {
        const to = unseal(m.to_address);
        const lastError = m.last_error && m.last_error.startsWith('c1.') ? unseal(m.last_error) : m.last_error;
        await trx
          .updateTable('messages')
          .set({
            to_address: seal(to, primary),
            subject: seal(unseal(m.subject), primary),
            text: seal(unseal(m.text), primary),
            last_error: lastError === null ? null : seal(lastError, primary),
            to_hash: emailHash(to, primary),
            key_id: primary.id,
          })
          .where('id', '=', m.id)
          .execute();
      }
      return page.length;
    });
    messages += n;
    if (n < PAGE) break;
  }
  // Staged imports are few and short-lived (a week at most): re-sealed in one transaction.
  const pendingImports = await db.transaction().execute(async (trx) => {
    const rows = await trx.selectFrom('pending_imports').select(['id', 'entries_json', 'table_json']).execute();
    const resealed = (v: string) => (sealedKeyId(v) === primary.id ? v : seal(sealedKeyId(v) ? unseal(v) : v, primary));
    let n = 0;
    for (const r of rows) {
      const entries = resealed(r.entries_json);
      const table = r.table_json === null ? null : resealed(r.table_json);
      if (entries === r.entries_json && table === r.table_json) continue;
      await trx.updateTable('pending_imports').set({ entries_json: entries, table_json: table }).where('id', '=', r.id).execute();
      n++;
    }
    return n;
  });
  // The admins' second-factor secrets are sealed with the same keys.
  const secondFactors = await db.transaction().execute((trx) => resealSecondFactors(trx));
  return { primary: primary.id, contacts, messages, pendingImports, secondFactors, remaining: Object.fromEntries(await contactKeyUse(db)) };
}
