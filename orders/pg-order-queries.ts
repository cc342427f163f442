import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { CustomerScope } from '../auth/access.js';
import type { Database, OrderStatus } from '../db/schema.js';
import { OrderNotFoundError } from './order-status.js';
import type { ReviewStep } from './review-chain.js';

export interface OrderSummary {
  id: string;
  /** The one human number (`LD-20261205-0007`). */
  number: string;
  status: OrderStatus;
  /** The step waiting, while in review. */
  reviewStep: ReviewStep | null;
  customerId: string | null;
  customerName: string | null;
  repId: string | null;
  repName: string | null;
  region: string | null;
  channel: string;
  totalFen: number;
  hasShortage: boolean;
  reviewReason: string | null;
  createdAt: Date;
}

function summaries(db: Kysely<Database>) {
  return db
    .selectFrom('orders as o')
    .leftJoin('customers as c', 'c.id', 'o.customer_id')
    .leftJoin('staff as r', 'r.id', 'c.rep_id')
    .select([
      'o.id',
      'o.number',
      'o.status',
      'o.review_step',
      'o.customer_id',
      'c.name as customer_name',
      'c.rep_id',
      'r.name as rep_name',
      'c.region',
      'o.channel',
      'o.total_fen',
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
    number: r.number,
    status: r.status,
    reviewStep: r.review_step,
    customerId: r.customer_id,
    customerName: r.customer_name,
    repId: r.rep_id,
    repName: r.rep_name,
    region: r.region,
    channel: r.channel,
    totalFen: Number(r.total_fen),
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

export interface OrderFilter {
  status?: OrderStatus;
  reviewStep?: ReviewStep;
  customerId?: string;
  repId?: string;
  region?: string;
  /** Placed on or after / before these instants. */
  from?: Date;
  to?: Date;
  minFen?: number;
  maxFen?: number;
  /** Part of the order number or the customer's name. */
  q?: string;
  limit?: number;
  offset?: number;
  /** Only the customers a person may see (a rep's own, a manager's regions). */
  scope?: CustomerScope;
}

/** The orders list counts matches up to this many; past it `totalCapped` says there are more. */
export const COUNT_CAP = 10_000;

/** Orders newest first with the filters, and how many match (up to COUNT_CAP, for paging). */
export async function listOrders(
  db: Kysely<Database>,
  f: OrderFilter = {},
): Promise<{ items: OrderSummary[]; total: number; totalCapped: boolean }> {
  let query = summaries(db);
  if (f.status) query = query.where('o.status', '=', f.status);
  if (f.reviewStep) query = query.where('o.review_step', '=', f.reviewStep);
  if (f.customerId) query = query.where('o.customer_id', '=', f.customerId);
  if (f.repId) query = query.where('c.rep_id', '=', f.repId);
  if (f.region) query = query.where('c.region', '=', f.region);
  if (f.from) query = query.where(sql<boolean>`o.created_at >= ${f.from.toISOString()}::timestamptz`);
  if (f.to) query = query.where(sql<boolean>`o.created_at < ${f.to.toISOString()}::timestamptz`);
  if (f.minFen !== undefined) query = query.where('o.total_fen', '>=', f.minFen);
  if (f.maxFen !== undefined) query = query.where('o.total_fen', '<=', f.maxFen);
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    query = query.where((eb) => eb.or([eb('o.number', 'ilike', like), eb('c.name', 'like', like)]));
  }
  if (f.scope && f.scope.kind !== 'all') query = query.where(customerInScope(f.scope));
  const [rows, count] = await Promise.all([
    query
      .orderBy('o.created_at', 'desc')
      .orderBy('o.no', 'desc')
      .limit(Math.min(f.limit ?? 50, 500))
      .offset(f.offset ?? 0)
      .execute(),
    // Counting stops past COUNT_CAP: an exact count of a million orders costs more than the page itself.
    db
      .selectFrom(
        query
          .clearSelect()
          .select(sql<number>`1`.as('one'))
          .limit(COUNT_CAP + 1)
          .as('matching'),
      )
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  const total = Number(count.n);
  return { items: rows.map(toSummary), total: Math.min(total, COUNT_CAP), totalCapped: total > COUNT_CAP };
}

/** What a permission check needs of an order found by its number: its id, status and customer. */
export interface OrderRef {
  id: string;
  number: string;
  status: OrderStatus;
  customer: { id: string; repId: string | null; region: string | null } | null;
}

export async function findOrderByNumber(db: Kysely<Database>, number: string): Promise<OrderRef | undefined> {
  const row = await db
    .selectFrom('orders as o')
    .leftJoin('customers as c', 'c.id', 'o.customer_id')
    .select(['o.id', 'o.number', 'o.status', 'c.id as customer_id', 'c.rep_id', 'c.region'])
    .where('o.number', '=', number)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    customer: row.customer_id ? { id: row.customer_id, repId: row.rep_id, region: row.region } : null,
  };
}

/**
 * One order with its lines (ordered, reserved, short, shipped, returned and cancelled quantities), the review steps
 * decided, its status history, receivable, payments, shipments and returns.
 */
export async function getOrderDetail(db: Kysely<Database>, orderId: string) {
  const row = await summaries(db).where('o.id', '=', orderId).executeTakeFirst();
  if (!row) throw new OrderNotFoundError(orderId);
  const summary = toSummary(row);
  const [plan, lines, reviews, history, receivable, payments, shipments, returns] = await Promise.all([
    db
      .selectFrom('orders')
      .select(['review_plan', 'review_chain_version'])
      .where('id', '=', orderId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('order_lines as l')
      .innerJoin('products as p', 'p.sku', 'l.sku')
      .select([
        'l.line_no as lineNo',
        'l.sku',
        'p.name',
        'p.specs',
        'l.qty',
        'l.unit',
        'l.unit_price_fen as unitPriceFen',
        'l.line_total_fen as lineTotalFen',
        'l.reserved_qty as reservedQty',
        'l.shortage_qty as shortageQty',
        'l.shipped_qty as shippedQty',
        'l.returned_qty as returnedQty',
        'l.cancelled_qty as cancelledQty',
      ])
      .where('l.order_id', '=', orderId)
      .orderBy('l.line_no')
      .execute(),
    db
      .selectFrom('order_reviews as v')
      .leftJoin('staff as s', 's.id', 'v.staff_id')
      .select(['v.step', 'v.decision', 'v.staff_id as staffId', 's.name as staffName', 'v.comment', 'v.at'])
      .where('v.order_id', '=', orderId)
      .orderBy('v.id')
      .execute(),
    db
      .selectFrom('order_status_history')
      .select(['from_status as from', 'to_status as to', 'actor', 'reason', 'at'])
      .where('order_id', '=', orderId)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('receivables')
      .select(['amount_fen as amountFen', 'committed_fen as committedFen', 'paid_fen as paidFen', 'status'])
      .where('order_id', '=', orderId)
      .executeTakeFirst(),
    db
      .selectFrom('payments')
      .select(['id', 'amount_fen as amountFen', 'method', 'reference', 'actor', 'received_at as receivedAt'])
      .where('order_id', '=', orderId)
      .orderBy('id')
      .execute(),
    shipmentsOf(db, orderId),
    db
      .selectFrom('order_returns as r')
      .innerJoin('shipments as s', 's.id', 'r.shipment_id')
      .select([
        'r.id',
        'r.number',
        's.number as shipmentNumber',
        'r.staff_id as staffId',
        'r.reason',
        'r.returned_at as at',
      ])
      .where('r.order_id', '=', orderId)
      .orderBy('r.id')
      .execute(),
  ]);
  const returnLines = returns.length
    ? await db
        .selectFrom('return_lines')
        .select(['return_id', 'line_no as lineNo', 'sku', 'qty', 'disposition'])
        .where(
          'return_id',
          'in',
          returns.map((r) => r.id),
        )
        .orderBy('line_no')
        .execute()
    : [];
  return {
    ...summary,
    reviewPlan: plan.review_plan,
    reviewChainVersion: plan.review_chain_version,
    lines: lines.map((l) => ({ ...l, lineTotalFen: Number(l.lineTotalFen) })),
    reviews,
    history,
    receivable: receivable
      ? {
          orderedFen: summary.totalFen,
          amountFen: Number(receivable.amountFen),
          committedFen: Number(receivable.committedFen),
          paidFen: Number(receivable.paidFen),
          status: receivable.status,
        }
      : null,
    payments: payments.map((p) => ({ ...p, amountFen: Number(p.amountFen) })),
    shipments,
    returns: returns.map(({ id, ...r }) => ({
      ...r,
      lines: returnLines.filter((l) => l.return_id === id).map(({ return_id: _r, ...l }) => l),
    })),
  };
}

/** The shipments of an order with their lines (a delivery note each). */
export async function shipmentsOf(db: Kysely<Database>, orderId: string) {
  const shipments = await db
    .selectFrom('shipments as s')
    .leftJoin('staff as st', 'st.id', 's.staff_id')
    .select([
      's.id',
      's.number',
      's.staff_id as staffId',
      'st.name as staffName',
      's.note',
      's.shipped_at as at',
    ])
    .where('s.order_id', '=', orderId)
    .orderBy('s.id')
    .execute();
  const lines = shipments.length
    ? await db
        .selectFrom('shipment_lines as sl')
        .innerJoin('products as p', 'p.sku', 'sl.sku')
        .select([
          'sl.shipment_id',
          'sl.line_no as lineNo',
          'sl.sku',
          'p.name',
          'sl.qty',
          'sl.returned_qty as returnedQty',
        ])
        .where(
          'sl.shipment_id',
          'in',
          shipments.map((s) => s.id),
        )
        .orderBy('sl.line_no')
        .execute()
    : [];
  return shipments.map(({ id, ...s }) => ({
    ...s,
    lines: lines.filter((l) => l.shipment_id === id).map(({ shipment_id: _s, ...l }) => l),
  }));
}
