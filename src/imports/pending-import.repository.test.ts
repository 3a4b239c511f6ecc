import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sealedKeyId } from '../contacts/contact-keys.ts';
import { up as sealPendingImports } from '../db/migrations/20261201_0100_sealed_pending_imports.ts';
import { DIALECTS, unavailable } from '../../test/support/databases.ts';
import { coordinatorToken, createTestApp, openStatement } from '../../test/support/app.ts';
import { getPendingImport } from './pending-import.repository.ts';

for (const dialect of DIALECTS) {
  describe(`staged imports at rest on ${dialect}`, { skip: unavailable(dialect) ?? false }, () => {
    test('an import staged in clear before the upgrade is sealed by migration 0100 and opens as it was', async () => {
      const t = await createTestApp(dialect);
      try {
        const token = await coordinatorToken(t);
        await openStatement(t, token, 'staged');
        const statement = await t.deps.db.selectFrom('statements').select('id').where('slug', '=', 'staged').executeTakeFirstOrThrow();
        const id = '00000000-0000-4000-8000-000000000100';
        const entries = { entries: [{ name: 'Old Network', country: 'FR', international: false, type: null, website: null, contactName: 'Anne Old', contactEmail: 'anne@old-staged.example', origin: 'line 1', notes: [] }], skipped: [], warnings: [], duplicates: [], existing: [], registry: [] };
        const table = { headers: ['Name', 'Contact email'], rows: [['Old Network', 'anne@old-staged.example']] };
        await t.deps.db
          .insertInto('pending_imports')
          .values({ id, statement_id: statement.id, source_name: 'old.csv', format: 'csv', table_json: JSON.stringify(table), mapping_json: null, entries_json: JSON.stringify(entries), created_by: null, created_at: new Date().toISOString(), state: 'pending', done_count: 0, total_count: null, leave_out_json: null, result_json: null, confirmed_by: null })
          .execute();
        // Read in clear (as before the upgrade), then sealed by the migration, then read the same.
        assert.equal((await getPendingImport(t.deps.db, id)).preview.entries[0]!.contactEmail, 'anne@old-staged.example');
        await sealPendingImports(t.deps.db);
        const row = await t.deps.db.selectFrom('pending_imports').select(['entries_json', 'table_json']).where('id', '=', id).executeTakeFirstOrThrow();
        assert.ok(sealedKeyId(row.entries_json) && sealedKeyId(row.table_json!));
        assert.ok(!row.entries_json.includes('anne') && !row.table_json!.includes('anne'));
        const opened = await getPendingImport(t.deps.db, id);
        assert.equal(opened.preview.entries[0]!.contactName, 'Anne Old');
        assert.deepEqual(opened.table, table);
        // A second run leaves sealed rows as they are.
        await sealPendingImports(t.deps.db);
        assert.equal((await t.deps.db.selectFrom('pending_imports').select('entries_json').where('id', '=', id).executeTakeFirstOrThrow()).entries_json, row.entries_json);
      } finally {
        await t.close();
      }
    });
  });
}
