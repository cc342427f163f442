import { sql, type Kysely } from 'kysely';

/**
 * Staff accounts: several roles per person (`roles`, replacing the single `role`), the regions a manager oversees,
 * an argon2 password hash, and `auth_epoch`, raised when a password changes or an account is switched off so every
 * session made before ends at once. One-time set-password links (`password_links`, only their hash kept), and the
 * audit log of staff actions, written in the same transaction as each action.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('staff')
    .addColumn('roles', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('regions', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('password_hash', 'text')
    .addColumn('auth_epoch', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await sql`update staff set roles = array[role]`.execute(db);
  await db.schema.alterTable('staff').dropColumn('role').execute();
  await sql`alter table staff add constraint staff_roles_known
    check (roles <@ array['rep','clerk','warehouse','finance','manager','admin']::text[])`.execute(db);

  await db.schema
    .createTable('password_links')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('staff_id', 'text', (c) => c.notNull().references('staff.id').onDelete('cascade'))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('staff_id', 'text', (c) => c.notNull())
    .addColumn('roles', sql`text[]`, (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('order_id', 'text')
    .addColumn('customer_id', 'text')
    .addColumn('status_before', 'text')
    .addColumn('status_after', 'text')
    .addColumn('detail', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('address', 'text')
    .execute();
  await db.schema.createIndex('audit_log_at_idx').on('audit_log').column('at').execute();
  await db.schema.createIndex('audit_log_staff_idx').on('audit_log').columns(['staff_id', 'at']).execute();
  await db.schema.createIndex('audit_log_order_idx').on('audit_log').columns(['order_id', 'at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('audit_log').ifExists().execute();
  await db.schema.dropTable('password_links').ifExists().execute();
  await db.schema.alterTable('staff').addColumn('role', 'text').execute();
  await sql`update staff set role = roles[1]`.execute(db);
  await sql`alter table staff drop constraint staff_roles_known`.execute(db);
  await db.schema
    .alterTable('staff')
    .dropColumn('roles')
    .dropColumn('regions')
    .dropColumn('password_hash')
    .dropColumn('auth_epoch')
    .execute();
}
