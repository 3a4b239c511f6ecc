import { sql, type Kysely } from 'kysely';

// Typed against Kysely<any> and importing no application code, so it stays valid as the app changes.
export async function up(db: Kysely<any>): Promise<void> {
  // Durable background work (docs/decisions/background-jobs-in-the-database.md).
  await db.schema
    .createTable('jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    // Set while the job is pending: a second enqueue with the same key is a no-op.
    .addColumn('key', 'text', (c) => c.unique())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('priority', 'integer', (c) => c.notNull().defaultTo(10))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('run_at', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .addColumn('locked_by', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema.createIndex('jobs_due').on('jobs').columns(['state', 'priority', 'run_at']).execute();

  // Fixed windows counted in the database, so limits hold across instances.
  await db.schema
    .createTable('rate_windows')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('rate_windows_pk', ['key', 'window_start'])
    .execute();

  // A message now belongs to the job that sends it; the job carries retries, the message shows them.
  await db.schema.alterTable('messages').addColumn('job_id', 'text').execute();
  await db.schema.alterTable('messages').addColumn('kind', 'text', (c) => c.notNull().defaultTo('notice')).execute();
  await db.schema.alterTable('messages').addColumn('next_attempt_at', 'text').execute();
  await db.schema.createIndex('messages_job').on('messages').column('job_id').execute();
  // Messages the old in-request sender left half-way go back to the queue.
  await db.updateTable('messages').set({ status: 'queued' }).where('status', '=', 'sending').execute();
  await sql`
    insert into jobs (id, name, payload, key, state, priority, attempts, run_at, created_at, updated_at)
    select 'm-' || id, 'mail.send', '{"messageId":"' || id || '"}', 'mail.send:' || id, 'queued', 10, attempts, created_at, created_at, created_at
    from messages where status = 'queued'`.execute(db);
  await sql`update messages set job_id = 'm-' || id where status = 'queued'`.execute(db);
  await sql`
    insert into jobs (id, name, payload, key, state, priority, attempts, run_at, created_at, updated_at)
    select 'e-' || id, 'publishing.publish-scheduled-edition', '{"editionId":"' || id || '"}', 'edition:' || id, 'queued', 1, 0, publish_at, created_at, created_at
    from editions where state in ('scheduled', 'publishing')`.execute(db);

  // One signature per organisation and email per statement. Earlier duplicates (possible on
  // PostgreSQL under concurrency) keep their rows, but only the oldest keeps the identity.
  await sql`
    update signatures set identity_key = null
    where identity_key is not null and exists (
      select 1 from signatures older
      where older.statement_id = signatures.statement_id and older.identity_key = signatures.identity_key
        and (older.created_at < signatures.created_at or (older.created_at = signatures.created_at and older.id < signatures.id))
    )`.execute(db);
  await db.schema.dropIndex('signatures_identity').execute();
  await db.schema.createIndex('signatures_identity').unique().on('signatures').columns(['statement_id', 'identity_key']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('signatures_identity').execute();
  await db.schema.createIndex('signatures_identity').on('signatures').columns(['statement_id', 'identity_key']).execute();
  await db.schema.dropTable('rate_windows').ifExists().execute();
  await db.schema.dropTable('jobs').ifExists().execute();
}
