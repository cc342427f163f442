import { sql, type Kysely } from 'kysely';

/**
 * Pictures customers order with (拍照下单), kept so staff can see what was sent beside the order.
 * `pictures`: each distinct picture once, by its SHA-256 (bytea: kept and backed up with the orders it belongs to,
 * in the same transactions; pictures are at most 10 MB). `order_pictures`: each time a picture was sent in a chat,
 * what was read on it, and the order it became (set when the draft is placed).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('pictures')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('bytes', 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('order_pictures')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('sha256', 'text', (c) => c.notNull().references('pictures.sha256'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text', (c) => c.notNull())
    /** The chat session the picture was sent in: its draft, once placed, is the order. */
    .addColumn('session_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.references('customers.id'))
    .addColumn('staff_id', 'text', (c) => c.references('staff.id'))
    .addColumn('order_id', 'text', (c) => c.references('orders.id'))
    /** The list lines read off the picture (text and confidence), as the customer was shown them. */
    .addColumn('lines', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('order_pictures_session_idx')
    .on('order_pictures')
    .column('session_id')
    .execute();
  await db.schema.createIndex('order_pictures_order_idx').on('order_pictures').column('order_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('order_pictures').ifExists().execute();
  await db.schema.dropTable('pictures').ifExists().execute();
}
