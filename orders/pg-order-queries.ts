import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { CustomerScope } from '../auth/access.js';
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

/** SQL condition: the customer `c` is within the scope. */
export function customerInScope(scope: CustomerScope) {
  return (eb: ExpressionBuilder<Database & { c: Database['customers'] }, 'c'>) => {
    switch (scope.kind) {
      case 'all':
        return sql<boolean>`true`;
      case 'customer':
        return eb('c.id', '=', scope.customerId);
      case 'some':
        return eb.or([
          ...(scope.repId !== undefined ? [eb('c.rep_id', '=', scope.repId)] : []),
          ...(scope.regions.length ? [eb('c.region', 'in', scope.regions)] : []),
          sql<boolean>`false`,
        ]);
    }
  };
}

/**
 * Orders newest first, optionally of one status (e.g. the review queue: `pending_review`), only of the customers in
 * `scope` (a rep's own, a manager's regions).
 */
export async function listOrders(
  db: Kysely<Database>,
  q: {
    status?: OrderStatus;
    customerId?: string;
    limit?: number;
    offset?: number;
    scope?: CustomerScope;
  } = {},
): Promise<OrderSummary[]> {
  let query = summaries(db)
    .orderBy('o.created_at', 'desc')
    .limit(Math.min(q.limit ?? 50, 500))
    .offset(q.offset ?? 0);
  if (q.status) query = query.where('o.status', '=', q.status);
  if (q.customerId) query = query.where('o.customer_id', '=', q.customerId);
  if (q.scope && q.scope.kind !== 'all') query = query.where(customerInScope(q.scope));
  return (await query.execute()).map(toSummary);
}

/** What a permission check needs of an order found by its number: its id, status and customer. */
export interface OrderRef {
  id: string;
  no: number;
  status: OrderStatus;
  customer: { id: string; repId: string | null; region: string | null } | null;
}

export async function findOrderByNo(db: Kysely<Database>, no: number): Promise<OrderRef | undefined> {
  const row = await db
    .selectFrom('orders as o')
    .leftJoin('customers as c', 'c.id', 'o.customer_id')
    .select(['o.id', 'o.no', 'o.status', 'c.id as customer_id', 'c.rep_id', 'c.region'])
    .where('o.no', '=', no)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    no: Number(row.no),
    status: row.status,
    customer: row.customer_id ? { id: row.customer_id, repId: row.rep_id, region: row.region } : null,
  };
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
