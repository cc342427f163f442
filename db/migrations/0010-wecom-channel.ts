import { sql, type Kysely } from 'kysely';

/**
 * The WeCom 微信客服 channel. `wecom_accounts`: per customer-service account, the sync_msg cursor (written after
 * every page) and the latest callback token and wake-up. `wecom_messages`: every pulled message id once, with how far
 * it got. `wecom_contacts`: per WeChat user and account, the send window (48 h, 5 messages after the customer's last
 * message) and whether a person serves the session. `wecom_outgoing`: every message sent or held (outside the window,
 * quota, closed session, platform errors) until it is delivered. `wecom_binding_requests`: new contacts waiting for a
 * rep to bind them to a customer. `wecom_media`: pictures and files customers sent, for the back office.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('wecom_accounts')
    .addColumn('open_kfid', 'text', (c) => c.primaryKey())
    .addColumn('cursor', 'text')
    .addColumn('sync_token', 'text')
    .addColumn('sync_token_at', 'timestamptz')
    .addColumn('woken_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    /** The wake-up the last finished pull started from: a later `woken_at` means another pull is due. */
    .addColumn('pulled_through', 'timestamptz')
    .addColumn('pages', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('wecom_messages')
    .addColumn('open_kfid', 'text', (c) => c.notNull())
    .addColumn('msgid', 'text', (c) => c.notNull())
    .addColumn('external_userid', 'text')
    .addColumn('msgtype', 'text', (c) => c.notNull())
    .addColumn('origin', 'integer')
    .addColumn('state', 'text', (c) =>
      c.notNull().check(sql`state in ('handling', 'handled', 'recalled', 'interrupted', 'skipped')`),
    )
    .addColumn('received_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('handled_at', 'timestamptz')
    .addPrimaryKeyConstraint('wecom_messages_pk', ['open_kfid', 'msgid'])
    .execute();

  await db.schema
    .createTable('wecom_contacts')
    .addColumn('open_kfid', 'text', (c) => c.notNull())
    .addColumn('external_userid', 'text', (c) => c.notNull())
    .addColumn('last_customer_message_at', 'timestamptz')
    .addColumn('sent_since_customer_message', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('served_by_person', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('asked_who', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('wecom_contacts_pk', ['open_kfid', 'external_userid'])
    .execute();
  await db.schema
    .createIndex('wecom_contacts_user_idx')
    .on('wecom_contacts')
    .columns(['external_userid', 'last_customer_message_at'])
    .execute();

  await db.schema
    .createTable('wecom_outgoing')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('open_kfid', 'text', (c) => c.notNull())
    .addColumn('external_userid', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('reply', 'notice', 'welcome')`))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('sent', 'held', 'failed')`))
    /** Why it is held or failed: outside_window, quota, session_closed, rate_limited, platform_error, send_fail:<type>. */
    .addColumn('reason', 'text')
    .addColumn('wecom_msgid', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('sent_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('wecom_outgoing_held_idx')
    .on('wecom_outgoing')
    .columns(['external_userid', 'id'])
    .where(sql.ref('state'), '=', 'held')
    .execute();
  await db.schema
    .createIndex('wecom_outgoing_msgid_idx')
    .on('wecom_outgoing')
    .column('wecom_msgid')
    .execute();

  await db.schema
    .createTable('wecom_binding_requests')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('open_kfid', 'text', (c) => c.notNull())
    .addColumn('external_userid', 'text', (c) => c.notNull())
    .addColumn('said', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('waiting')
        .check(sql`status in ('waiting', 'confirmed', 'rejected')`),
    )
    .addColumn('customer_id', 'text', (c) => c.references('customers.id').onDelete('set null'))
    .addColumn('decided_by', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('decided_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('wecom_binding_requests_waiting_uq')
    .on('wecom_binding_requests')
    .column('external_userid')
    .unique()
    .where(sql.ref('status'), '=', 'waiting')
    .execute();

  await db.schema
    .createTable('wecom_media')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('open_kfid', 'text', (c) => c.notNull())
    .addColumn('external_userid', 'text', (c) => c.notNull())
    .addColumn('msgid', 'text', (c) => c.notNull())
    .addColumn('msgtype', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('filename', 'text')
    .addColumn('bytes', 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('wecom_media_msgid_uq', ['open_kfid', 'msgid'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'wecom_media',
    'wecom_binding_requests',
    'wecom_outgoing',
    'wecom_contacts',
    'wecom_messages',
    'wecom_accounts',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
