import { sql, type Kysely } from 'kysely';

/**
 * `customers.link_version`: the version of the customer's personal chat links (web chat, WeCom); raising it revokes
 * every link made before. `idempotency_keys`: the first answer to each state-changing request sent with an
 * `Idempotency-Key`, so a repeat gets the same answer without the work being done again. `payments.idempotency_key`:
 * the key a payment was booked under, unique, so even a repeat after a crash books once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('customers')
    .addColumn('link_version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createTable('idempotency_keys')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('running', 'done')`))
    .addColumn('response_status', 'integer')
    .addColumn('response_body', 'jsonb')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['scope', 'key'])
    .execute();
  await db.schema
    .createIndex('idempotency_keys_created_idx')
    .on('idempotency_keys')
    .column('created_at')
    .execute();
  await db.schema.alterTable('payments').addColumn('idempotency_key', 'text').execute();
  await db.schema
    .createIndex('payments_idempotency_key_uq')
    .on('payments')
    .column('idempotency_key')
    .unique()
    .where(sql.ref('idempotency_key'), 'is not', null)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('payments_idempotency_key_uq').ifExists().execute();
  await db.schema.alterTable('payments').dropColumn('idempotency_key').execute();
  await db.schema.dropTable('idempotency_keys').ifExists().execute();
  await db.schema.alterTable('customers').dropColumn('link_version').execute();
}
