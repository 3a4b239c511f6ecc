import { sql, SqliteAdapter, type Kysely } from 'kysely';
import { contactKeys, hasContactKeys, seal, sealedKeyId } from '../../contacts/contact-keys.ts';

// Staged imports hold contact names and emails (the preview's entries and the uploaded table's
// cells): from now on both are sealed like contacts (docs/decisions/contact-encryption.md).
// Imports staged before are sealed here with the primary key. Like 0045, this needs the keys.
export async function up(db: Kysely<any>): Promise<void> {
  const rows = await db.selectFrom('pending_imports').select(['id', 'entries_json', 'table_json']).execute();
  const clear = rows.filter((r) => !sealedKeyId(r.entries_json) || (r.table_json !== null && !sealedKeyId(r.table_json)));
  if (clear.length === 0) return;
  if (!hasContactKeys()) throw new Error('staged imports must be encrypted, but the encryption keys are not loaded');
  const key = contactKeys().primary;
  const sealed = (v: string) => (sealedKeyId(v) ? v : seal(v, key));
  const convert = async (trx: Kysely<any>) => {
    for (const r of clear) {
      await trx
        .updateTable('pending_imports')
        .set({ entries_json: sealed(r.entries_json), table_json: r.table_json === null ? null : sealed(r.table_json) })
        .where('id', '=', r.id)
        .execute();
    }
  };
  if (db.isTransaction) await convert(db);
  else await db.transaction().execute(convert);
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    await sql`vacuum`.execute(db);
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
  }
}

export async function down(): Promise<void> {
  // Sealed previews open with the same code whether or not this ran; nothing to undo.
}
