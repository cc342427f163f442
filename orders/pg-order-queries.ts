import { sql, type Kysely } from 'kysely';
import type { Database, OrderStatus } from '../db/schema.js';
import { OrderNotFoundError } from './order-status.js';

export interface OrderSummary {
  id: string;
  no: number;
  status: OrderStatus;
  customerId: string | null;
  customerName: string | null;
  channel: string;
  totalFen: number;
  needsRep: boolean;
  hasShortage: boolean;
  reviewReason: string | null;
  createdAt: Date;
}

function summaries(db: Kysely<Database>) {
  return db
    .selectFrom('orders as o')
    .leftJoin('customers as c', 'c.id', 'o.customer_id')
    .select([
      'o.id',
      'o.no',
      'o.status',
      'o.customer_id',
      'c.name as customer_name',
      'o.channel',
      'o.total_fen',
      'o.needs_rep',
      'o.has_shortage',
      'o.review_reason',
      // Generated<ColumnType> in db/schema.ts selects as the ColumnType wrapper; state the real type.
      sql<Date>`o.created_at`.as('created_at'),
    ]);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaries>['execute']>>[number];

function toSummary(r: SummaryRow): OrderSummary {
  return {
    id: r.id,
    no: Number(r.no),
    status: r.status,
    customerId: r.customer_id,
    customerName: r.customer_name,
    channel: r.channel,
    totalFen: Number(r.total_fen),
    needsRep: r.needs_rep,
    hasShortage: r.has_shortage,
    reviewReason: r.review_reason,
    createdAt: r.created_at,
  };
}

/** Orders newest first, optionally of one status (e.g. the review queue: `pending_review`). */
export async function listOrders(
  db: Kysely<Database>,
  q: { status?: OrderStatus; customerId?: string; limit?: number; offset?: number } = {},
): Promise<OrderSummary[]> {
  let query = summaries(db)
    .orderBy('o.created_at', 'desc')
    .limit(Math.min(q.limit ?? 50, 500))
    .offset(q.offset ?? 0);
  if (q.status) query = query.where('o.status', '=', q.status);
  if (q.customerId) query = query.where('o.customer_id', '=', q.customerId);
  return (await query.execute()).map(toSummary);
}

/** One order with its lines, status history, receivable and payments. */
export async function getOrderDetail(db: Kysely<Database>, orderId: string) {
  const row = await summaries(db).where('o.id', '=', orderId).executeTakeFirst();
  if (!row) throw new OrderNotFoundError(orderId);
  const summary = toSummary(row);
  const [lines, history, receivable, payments] = await Promise.all([
    db
      .selectFrom('order_lines as l')
      .innerJoin('products as p', 'p.sku', 'l.sku')
      .select([
        'l.line_no as lineNo',
        'l.sku',
        'p.name',
        'l.qty',
        'l.unit',
        'l.reserved_qty as reservedQty',
        'l.shortage_qty as shortageQty',
        'l.unit_price_fen as unitPriceFen',
        'l.line_total_fen as lineTotalFen',
      ])
      .where('l.order_id', '=', orderId)
      .orderBy('l.line_no')
      .execute(),
    db
      .selectFrom('order_status_history')
      .select(['from_status as from', 'to_status as to', 'actor', 'reason', 'at'])
      .where('order_id', '=', orderId)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('receivables')
      .select(['amount_fen as amountFen', 'paid_fen as paidFen', 'status'])
      .where('order_id', '=', orderId)
      .executeTakeFirst(),
    db
      .selectFrom('payments')
      .select(['id', 'amount_fen as amountFen', 'method', 'reference', 'actor', 'received_at as receivedAt'])
      .where('order_id', '=', orderId)
      .orderBy('id')
      .execute(),
  ]);
  return { ...summary, lines, history, receivable: receivable ?? null, payments };
}
