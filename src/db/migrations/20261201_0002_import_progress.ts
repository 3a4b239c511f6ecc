import type { Kysely } from 'kysely';

// Typed against Kysely<any> and importing no application code, so it stays valid as the app changes.
export async function up(db: Kysely<any>): Promise<void> {
  // A large confirmed import runs as a job in chunks; its progress and result live on its row.
  await db.schema.alterTable('pending_imports').addColumn('state', 'text', (c) => c.notNull().defaultTo('pending')).execute();
  await db.schema.alterTable('pending_imports').addColumn('done_count', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('pending_imports').addColumn('total_count', 'integer').execute();
  await db.schema.alterTable('pending_imports').addColumn('leave_out_json', 'text').execute();
  await db.schema.alterTable('pending_imports').addColumn('result_json', 'text').execute();
  await db.schema.alterTable('pending_imports').addColumn('confirmed_by', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const c of ['state', 'done_count', 'total_count', 'leave_out_json', 'result_json', 'confirmed_by']) await db.schema.alterTable('pending_imports').dropColumn(c).execute();
}
