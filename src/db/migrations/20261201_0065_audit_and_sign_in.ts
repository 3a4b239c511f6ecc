import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * The readable audit log, verified organisations and sign-in hygiene (issue 12):
 * - audit events carry the statement they belong to (so a statement's log is one indexed read),
 *   and the database itself refuses to change or delete one (docs/decisions/audit-log.md);
 * - a signature records whether its organisation is verified and how (by the email domain, or by
 *   a coordinator's hand), and a statement whether its public list shows the mark;
 * - sessions remember the device and when they were last used, so they can be listed and revoked;
 * - coordinators may have a TOTP second factor with one-time recovery codes.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('audit_events').addColumn('statement_id', 'text').execute();
  await db.schema.createIndex('audit_events_statement').on('audit_events').columns(['statement_id', 'at']).execute();
  await db.schema.createIndex('audit_events_at').on('audit_events').columns(['at']).execute();
  // Events written before this migration: a statement's own, and those about its signatures.
  await sql`UPDATE audit_events SET statement_id = subject_id WHERE subject_type = 'statement'`.execute(db);
  await sql`UPDATE audit_events SET statement_id = (SELECT s.statement_id FROM signatures s WHERE s.id = audit_events.subject_id) WHERE subject_type = 'signature'`.execute(db);

  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  if (pg) {
    await sql`CREATE FUNCTION audit_events_append_only() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'audit_events is append-only'; END; $$ LANGUAGE plpgsql`.execute(db);
    await sql`CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`.execute(db);
    await sql`CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`.execute(db);
  } else {
    await sql`CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END`.execute(db);
    await sql`CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END`.execute(db);
  }

  await db.schema.alterTable('signatures').addColumn('verified', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  // 'domain' (the contact email's domain is the website's) or 'coordinator' (set or taken away by hand).
  await db.schema.alterTable('signatures').addColumn('verified_by', 'text').execute();
  await db.schema.alterTable('statements').addColumn('show_verified', 'integer', (c) => c.notNull().defaultTo(0)).execute();

  await db.schema.alterTable('sessions').addColumn('user_agent', 'text').execute();
  await db.schema.alterTable('sessions').addColumn('last_seen_at', 'text').execute();

  await db.schema.alterTable('coordinators').addColumn('totp_secret', 'text').execute();
  await db.schema.alterTable('coordinators').addColumn('totp_enabled_at', 'text').execute();
  // The last time step a code was accepted for: a code seen once is refused again (no replay).
  await db.schema.alterTable('coordinators').addColumn('totp_last_step', 'integer').execute();
  await db.schema
    .createTable('recovery_codes')
    .addColumn('code_hash', 'text', (c) => c.primaryKey())
    .addColumn('coordinator_id', 'text', (c) => c.notNull().references('coordinators.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema.createIndex('recovery_codes_coordinator').on('recovery_codes').columns(['coordinator_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('recovery_codes').ifExists().execute();
  await db.schema.alterTable('coordinators').dropColumn('totp_last_step').execute();
  await db.schema.alterTable('coordinators').dropColumn('totp_enabled_at').execute();
  await db.schema.alterTable('coordinators').dropColumn('totp_secret').execute();
  await db.schema.alterTable('sessions').dropColumn('last_seen_at').execute();
  await db.schema.alterTable('sessions').dropColumn('user_agent').execute();
  await db.schema.alterTable('statements').dropColumn('show_verified').execute();
  await db.schema.alterTable('signatures').dropColumn('verified_by').execute();
  await db.schema.alterTable('signatures').dropColumn('verified').execute();
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  if (pg) {
    await sql`DROP TRIGGER IF EXISTS audit_events_no_truncate ON audit_events`.execute(db);
    await sql`DROP TRIGGER IF EXISTS audit_events_no_update ON audit_events`.execute(db);
    await sql`DROP FUNCTION IF EXISTS audit_events_append_only()`.execute(db);
  } else {
    await sql`DROP TRIGGER IF EXISTS audit_events_no_update`.execute(db);
    await sql`DROP TRIGGER IF EXISTS audit_events_no_delete`.execute(db);
  }
  await db.schema.dropIndex('audit_events_at').ifExists().execute();
  await db.schema.dropIndex('audit_events_statement').ifExists().execute();
  await db.schema.alterTable('audit_events').dropColumn('statement_id').execute();
}
