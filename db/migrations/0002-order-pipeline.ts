import { sql, type Kysely } from 'kysely';

/**
 * Order pipeline: stock ledger, shortage columns, receivables and payments. The ledger is the audit trail of
 * every stock movement: `stock.on_hand` and `stock.reserved` equal the sums of its deltas per SKU.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('stock_ledger')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('sku', 'text', (c) => c.notNull().references('products.sku'))
    .addColumn('order_id', 'text', (c) => c.references('orders.id').onDelete('cascade'))
    .addColumn('line_no', 'integer')
    .addColumn('reason', 'text', (c) =>
      c.notNull().check(sql`reason in ('receive', 'adjust', 'reserve', 'release', 'consume')`),
    )
    .addColumn('on_hand_delta', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reserved_delta', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'stock_ledger_order_line',
      sql`(order_id is null) = (line_no is null) and (order_id is not null or reason in ('receive', 'adjust'))`,
    )
    .execute();
  // One movement of each kind per order line: a job delivered twice cannot move stock twice.
  await db.schema
    .createIndex('stock_ledger_order_line_reason_uq')
    .on('stock_ledger')
    .columns(['order_id', 'line_no', 'reason'])
    .unique()
    .where(sql.ref('order_id'), 'is not', null)
    .execute();
  await db.schema.createIndex('stock_ledger_sku_idx').on('stock_ledger').columns(['sku', 'at']).execute();

  await db.schema
    .alterTable('order_lines')
    .addColumn('shortage_qty', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('orders')
    .addColumn('has_shortage', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();

  await db.schema
    .createTable('receivables')
    .addColumn('order_id', 'text', (c) => c.primaryKey().references('orders.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('amount_fen', 'bigint', (c) => c.notNull().check(sql`amount_fen >= 0`))
    .addColumn('paid_fen', 'bigint', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`paid_fen >= 0`),
    )
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('open')
        .check(sql`status in ('open', 'paid', 'void')`),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('settled_at', 'timestamptz')
    .addCheckConstraint('receivables_paid_within_amount', sql`paid_fen <= amount_fen`)
    .execute();
  await db.schema
    .createIndex('receivables_open_customer_idx')
    .on('receivables')
    .column('customer_id')
    .where(sql.ref('status'), '=', 'open')
    .execute();

  await db.schema
    .createTable('payments')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('order_id', 'text', (c) => c.notNull().references('receivables.order_id'))
    .addColumn('amount_fen', 'bigint', (c) => c.notNull().check(sql`amount_fen > 0`))
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('reference', 'text')
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('received_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // A payment slip recorded twice (a double click, a retried request) counts once.
  await db.schema
    .createIndex('payments_order_reference_uq')
    .on('payments')
    .columns(['order_id', 'reference'])
    .unique()
    .where(sql.ref('reference'), 'is not', null)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('payments').ifExists().execute();
  await db.schema.dropTable('receivables').ifExists().execute();
  await db.schema.alterTable('orders').dropColumn('has_shortage').execute();
  await db.schema.alterTable('order_lines').dropColumn('shortage_qty').execute();
  await db.schema.dropTable('stock_ledger').ifExists().execute();
}
