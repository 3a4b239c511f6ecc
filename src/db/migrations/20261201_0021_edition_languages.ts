import { PostgresAdapter, sql, type Kysely } from 'kysely';

// An edition stores one PDF and one DOCX per language it was published in (the original and each
// ready translation). The primary key gains the language, so the table is rebuilt; documents
// stored before are in the edition's own language.
export async function up(db: Kysely<any>): Promise<void> {
  const binary = db.getExecutor().adapter instanceof PostgresAdapter ? 'bytea' : 'blob';
  await db.schema.alterTable('editions').addColumn('languages', 'text').execute();
  await db.schema
    .createTable('edition_documents_by_language')
    .addColumn('edition_id', 'text', (c) => c.notNull().references('editions.id').onDelete('cascade'))
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('content', binary as 'blob', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('edition_documents_language_pk', ['edition_id', 'format', 'language'])
    .execute();
  await sql`
    insert into edition_documents_by_language (edition_id, format, language, content, sha256, size, created_at)
    select d.edition_id, d.format, coalesce(e.language, 'en'), d.content, d.sha256, d.size, d.created_at
    from edition_documents d join editions e on e.id = d.edition_id
  `.execute(db);
  await sql`update editions set languages = '["' || language || '"]' where language is not null and state = 'published'`.execute(db);
  await db.schema.dropTable('edition_documents').execute();
  await db.schema.alterTable('edition_documents_by_language').renameTo('edition_documents').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  // Keeps each edition's documents in its own language; translations' documents are dropped.
  await sql`delete from edition_documents where language <> coalesce((select e.language from editions e where e.id = edition_documents.edition_id), language)`.execute(db);
  await db.schema.alterTable('editions').dropColumn('languages').execute();
}
