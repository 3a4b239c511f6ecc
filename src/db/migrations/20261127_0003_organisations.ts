import { PostgresAdapter, sql, type Kysely } from 'kysely';

// The organisation registry across statements, duplicate flags and their resolution, and
// imports waiting for the coordinator's confirmation.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('organisations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('country', 'text')
    .addColumn('org_type', 'text')
    .addColumn('website_domain', 'text')
    // An organisation's own mail domain (never a free-mail provider's); compared as text only.
    .addColumn('email_domain', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('organisations_domain').on('organisations').column('website_domain').execute();

  await db.schema
    .createTable('organisation_aliases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('organisation_aliases_org').on('organisation_aliases').column('organisation_id').execute();

  // Blocking keys (tokens, acronyms, trigrams…) → organisation: candidates come from an index, never a scan.
  await db.schema
    .createTable('organisation_keys')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('organisation_keys_pk', ['key', 'organisation_id'])
    .execute();
  await db.schema.createIndex('organisation_keys_org').on('organisation_keys').column('organisation_id').execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    // Key frequencies are very skewed (a few "w:network"s, many rare "n:…"); with the default
    // sample the planner underestimates postings and reads the heap row by row instead of an
    // index-only scan of the primary key, which is three times slower on a 100,000 registry.
    await sql`alter table organisation_keys alter column key set statistics 2000`.execute(db);
  }

  // How many organisations share each key, so a lookup can skip keys that select nothing
  // ("w:drug") without counting their postings on every sign-on.
  await db.schema
    .createTable('organisation_key_counts')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('organisations', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('duplicate_flags')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('statement_id', 'text', (c) => c.notNull().references('statements.id').onDelete('cascade'))
    .addColumn('signature_a', 'text', (c) => c.notNull().references('signatures.id').onDelete('cascade'))
    .addColumn('signature_b', 'text', (c) => c.notNull().references('signatures.id').onDelete('cascade'))
    .addColumn('score', 'real', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('resolved_by', 'text')
    .addColumn('resolved_at', 'text')
    .addUniqueConstraint('duplicate_flags_pair', ['signature_a', 'signature_b'])
    .execute();
  await db.schema.createIndex('duplicate_flags_statement').on('duplicate_flags').columns(['statement_id', 'status']).execute();

  // Pairs a coordinator said are different organisations, by folded name; never flagged again.
  await db.schema
    .createTable('distinct_pairs')
    .addColumn('name_a', 'text', (c) => c.notNull())
    .addColumn('name_b', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('distinct_pairs_pk', ['name_a', 'name_b'])
    .execute();
  await db.schema.createIndex('distinct_pairs_b').on('distinct_pairs').column('name_b').execute();

  await db.schema
    .createTable('pending_imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('statement_id', 'text', (c) => c.notNull().references('statements.id').onDelete('cascade'))
    .addColumn('source_name', 'text')
    // 'text' (a pasted list) or 'csv' / 'xlsx' (a table, kept so the column mapping can change).
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('table_json', 'text')
    .addColumn('mapping_json', 'text')
    .addColumn('entries_json', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema.createIndex('pending_imports_statement').on('pending_imports').column('statement_id').execute();

  await db.schema.alterTable('signatures').addColumn('merged_into', 'text').execute();
  await db.schema.createIndex('signatures_organisation').on('signatures').column('organisation_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['pending_imports', 'distinct_pairs', 'duplicate_flags', 'organisation_key_counts', 'organisation_keys', 'organisation_aliases', 'organisations']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
