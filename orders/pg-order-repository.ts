import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database, OrderStatus } from '../db/schema.js';
import { jobIds } from './jobs.js';
import type { NoticeOrder } from './notify-text.js';
import { assertTransition, OrderNotFoundError } from './order-status.js';
import { enqueueJobs } from './pg-outbox.js';

export interface ConfirmedOrderLine {
  sku: string;
  qty: number;
  unit: string;
  /** The price quoted in chat; the pricing worker sets the final one. */
  unitPriceFen: number;
}

export interface ConfirmedOrder {
  /** Idempotency key of the confirmation (e.g. session id + draft revision). */
  sourceKey: string;
  customerId: string | null;
  placedByStaffId: string | null;
  channel: string;
  lines: ConfirmedOrderLine[];
  needsRep: boolean;
  note?: string;
}

export interface PlacedOrder {
  orderId: string;
  /** The short number people quote in chat (#12). */
  orderNo: number;
  /** false: an order with this source key already existed and nothing was written. */
  created: boolean;
}

/**
 * Writes a confirmed order, its lines, its first status-history row and the outbox row that starts the pipeline,
 * in one transaction. Idempotent by `sourceKey`: confirming the same draft again returns the existing order with
 * `created: false` (also when two confirmations race).
 */
export async function placeConfirmedOrder(
  db: Kysely<Database>,
  order: ConfirmedOrder,
  newId: () => string = randomUUID,
): Promise<PlacedOrder> {
  if (order.lines.length === 0) throw new RangeError('an order needs at least one line');
  return db.transaction().execute(async (tx) => {
    const id = newId();
    const inserted = await tx
      .insertInto('orders')
      .values({
        id,
        customer_id: order.customerId,
        placed_by_staff_id: order.placedByStaffId,
        channel: order.channel,
        source_key: order.sourceKey,
        status: 'confirmed',
        total_fen: order.lines.reduce((s, l) => s + l.unitPriceFen * l.qty, 0),
        needs_rep: order.needsRep,
        note: order.note ?? null,
      })
      .onConflict((oc) => oc.column('source_key').doNothing())
      .returning(['id', 'no'])
      .executeTakeFirst();
    if (!inserted) {
      const existing = await tx
        .selectFrom('orders')
        .select(['id', 'no'])
        .where('source_key', '=', order.sourceKey)
        .executeTakeFirstOrThrow();
      return { orderId: existing.id, orderNo: Number(existing.no), created: false };
    }
    await tx
      .insertInto('order_lines')
      .values(
        order.lines.map((l, i) => ({
          order_id: id,
          line_no: i + 1,
          sku: l.sku,
          qty: l.qty,
          unit: l.unit,
          unit_price_fen: l.unitPriceFen,
          line_total_fen: l.unitPriceFen * l.qty,
        })),
      )
      .execute();
    await tx
      .insertInto('order_status_history')
      .values({ order_id: id, from_status: null, to_status: 'confirmed', actor: actorOf(order) })
      .execute();
    await enqueueJobs(tx, [
      { queue: 'stock', name: 'reserve', jobId: jobIds.reserve(id), payload: { orderId: id } },
    ]);
    return { orderId: id, orderNo: Number(inserted.no), created: true };
  });
}

function actorOf(order: ConfirmedOrder): string {
  if (order.placedByStaffId) return `staff:${order.placedByStaffId}`;
  if (order.customerId) return `customer:${order.customerId}`;
  return `chat:${order.channel}`;
}

export interface Transition {
  orderId: string;
  from: OrderStatus;
  to: OrderStatus;
  /** `worker:stock`, `staff:<id>` … */
  actor: string;
  reason?: string | null;
}

/**
 * Moves an order from `from` to `to` and writes the history row, in one statement guarded by
 * `where status = from`: of two concurrent transitions from the same status exactly one wins. Returns false when
 * the order was not in `from` (already moved on, e.g. a job delivered twice). Throws InvalidTransitionError when
 * the state machine forbids the step.
 */
export async function transitionOrder(tx: Kysely<Database>, t: Transition): Promise<boolean> {
  assertTransition(t.orderId, t.from, t.to);
  const r = await sql<{ id: number }>`
    with moved as (
      update orders set status = ${t.to}, updated_at = now()
      where id = ${t.orderId} and status = ${t.from}
      returning id
    )
    insert into order_status_history (order_id, from_status, to_status, actor, reason)
    select id, ${t.from}, ${t.to}, ${t.actor}, ${t.reason ?? null} from moved
    returning id`.execute(tx);
  return r.rows.length === 1;
}

/** The order's current status, locking its row until the transaction ends. */
export async function lockOrderStatus(tx: Kysely<Database>, orderId: string): Promise<OrderStatus> {
  const row = await tx
    .selectFrom('orders')
    .select('status')
    .where('id', '=', orderId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw new OrderNotFoundError(orderId);
  return row.status;
}

/** What the chat messages about an order are built from. */
export async function loadNoticeOrder(db: Kysely<Database>, orderId: string): Promise<NoticeOrder> {
  const o = await db
    .selectFrom('orders as o')
    .leftJoin('customers as c', 'c.id', 'o.customer_id')
    .select([
      'o.id',
      'o.no',
      'o.customer_id',
      'o.placed_by_staff_id',
      'o.total_fen',
      'c.name as customer_name',
      'c.rep_id',
    ])
    .where('o.id', '=', orderId)
    .executeTakeFirst();
  if (!o) throw new OrderNotFoundError(orderId);
  const lines = await db
    .selectFrom('order_lines as l')
    .innerJoin('products as p', 'p.sku', 'l.sku')
    .select(['p.name', 'l.unit', 'l.qty', 'l.reserved_qty', 'l.shortage_qty'])
    .where('l.order_id', '=', orderId)
    .orderBy('l.line_no')
    .execute();
  return {
    orderId: o.id,
    orderNo: Number(o.no),
    customerId: o.customer_id,
    repId: o.rep_id,
    placedByStaffId: o.placed_by_staff_id,
    customerName: o.customer_name,
    totalFen: Number(o.total_fen),
    lines: lines.map((l) => ({
      name: l.name,
      unit: l.unit,
      qty: l.qty,
      reserved: l.reserved_qty,
      shortage: l.shortage_qty,
    })),
  };
}
