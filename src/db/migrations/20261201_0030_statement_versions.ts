import { sql, type Kysely } from 'kysely';

// Every change of a statement's title, headline or body is kept as a text version, with whether
// the coordinator called it material. Statements that exist get their current text as the
// version they are on.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('statement_versions')
    .addColumn('statement_id', 'text', (c) => c.notNull().references('statements.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('headline', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('material', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('statement_versions_pk', ['statement_id', 'version'])
    .execute();
  await sql`
    insert into statement_versions (statement_id, version, title, headline, body, material, created_by, created_at)
    select id, text_version, title, headline, body, 0, created_by, created_at from statements
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('statement_versions').execute();
}
