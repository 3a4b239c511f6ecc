import { PostgresAdapter, type Kysely } from 'kysely';

// Published editions: the frozen text, numbering and count, and their stored documents.
export async function up(db: Kysely<any>): Promise<void> {
  const binary = db.getExecutor().adapter instanceof PostgresAdapter ? 'bytea' : 'blob';

  await db.schema
    .createTable('editions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('statement_id', 'text', (c) => c.notNull().references('statements.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('text_version', 'integer')
    .addColumn('language', 'text')
    .addColumn('title', 'text')
    .addColumn('headline', 'text')
    .addColumn('body', 'text')
    .addColumn('place_and_date', 'text')
    .addColumn('count', 'integer')
    .addColumn('confidential_count', 'integer')
    .addColumn('list_json', 'text')
    .addColumn('publish_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('editions_statement_number', ['statement_id', 'number'])
    .execute();
  await db.schema.createIndex('editions_due').on('editions').columns(['state', 'publish_at']).execute();

  await db.schema
    .createTable('edition_documents')
    .addColumn('edition_id', 'text', (c) => c.notNull().references('editions.id').onDelete('cascade'))
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('content', binary as 'blob', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('edition_documents_pk', ['edition_id', 'format'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('edition_documents').ifExists().execute();
  await db.schema.dropTable('editions').ifExists().execute();
}
