import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database, OrderStatus } from '../db/schema.js';
import { jobIds } from './jobs.js';
import type { NoticeOrder } from './notify-text.js';
import { assertTransition, OrderNotFoundError } from './order-status.js';
import {
  deferNotices,
  noticesDeferred,
  onOneConnection,
  orderNotice,
  sendChangeNotices,
  type ChangeNotices,
} from './pg-change-notices.js';

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
  /** An unknown contact's order: the chat to tell what becomes of it. */
  guestChat?: { channel: string; contactId: string; groupId?: string; name: string };
}

export interface PlacedOrder {
  orderId: string;
  /** The one number people see and quote (`LD-20261205-0007`). */
  orderNumber: string;
  /** false: an order with this source key already existed and nothing was written. */
  created: boolean;
}

/**
 * Writes a confirmed order, its lines, its first status-history row and the outbox row that starts the pipeline,
 * in one transaction. Idempotent by `sourceKey`: confirming the same draft again returns the existing order with
 * `created: false` (also when two confirmations race).
 *
 * The change notices (the new order, the outbox row) go out after the commit: by default on the same connection
 * before this returns; with `sendNotices`, handed to it once the order is committed (the bot sends them in the
 * background, the notices of placements in flight grouped into one statement, so that neither its reply nor the
 * placement's connection waits for them).
 */
export async function placeConfirmedOrder(
  db: Kysely<Database>,
  order: ConfirmedOrder,
  newId: () => string = randomUUID,
  sendNotices?: (notices: ChangeNotices) => void,
): Promise<PlacedOrder> {
  if (order.lines.length === 0) throw new RangeError('an order needs at least one line');
  const id = newId();
  const start = {
    queue: 'stock',
    name: 'reserve',
    jobId: jobIds.reserve(id),
    payload: { orderId: id },
  } as const;
  const totalFen = order.lines.reduce((s, l) => s + l.unitPriceFen * l.qty, 0);
  // One statement is one transaction: all of it is written, or (source key taken, or the day not begun) none of it.
  // Its notices (the new order, the outbox row) go out right after its commit (sendChangeNotices).
  const place = (connection: Kysely<Database>) =>
    sql<{ id: string; no: number; number: string }>`
    with ${deferNotices}, day_number as (
      ${nextOrderNumber}
    ), new_order as (
      insert into orders (id, number, customer_id, placed_by_staff_id, channel, source_key, status, total_fen, needs_rep,
                          note, guest_chat)
      select ${id}, number, ${order.customerId}, ${order.placedByStaffId}, ${order.channel}, ${order.sourceKey},
             'confirmed', ${totalFen}::bigint, ${order.needsRep}, ${order.note ?? null},
             ${order.guestChat ? JSON.stringify(order.guestChat) : null}::jsonb
      from day_number
      on conflict (source_key) do nothing
      returning id, no, number
    ), new_lines as (
      insert into order_lines (order_id, line_no, sku, qty, unit, unit_price_fen, line_total_fen)
      select o.id, v.line_no, v.sku, v.qty, v.unit, v.price, v.total
      from new_order o cross join (values ${sql.join(
        order.lines.map(
          (l, i) =>
            sql`(${i + 1}::int, ${l.sku}, ${l.qty}::int, ${l.unit}, ${l.unitPriceFen}::int, ${l.unitPriceFen * l.qty}::bigint)`,
        ),
      )}) as v(line_no, sku, qty, unit, price, total)
      returning 1
    ), new_history as (
      insert into order_status_history (order_id, from_status, to_status, actor)
      select id, null, 'confirmed', ${actorOf(order)} from new_order
      returning 1
    ), new_job as (
      insert into outbox (queue, job_name, job_id, payload)
      select ${start.queue}, ${start.name}, ${start.jobId}, ${JSON.stringify(start.payload)}::jsonb from new_order
      returning 1
    )
    select id, no, number, ${noticesDeferred} from new_order`.execute(connection);
  return onOneConnection(db, async (connection) => {
    for (let attempt = 0; ; attempt++) {
      const created = (await place(connection)).rows[0];
      if (created) {
        const notices = {
          orders: [orderNotice('insert', created.id, 'confirmed', order.customerId)],
          outbox: true,
        };
        if (sendNotices) sendNotices(notices);
        else await sendChangeNotices(connection, notices);
        return { orderId: created.id, orderNumber: created.number, created: true };
      }
      // The key was taken, possibly by a confirmation that committed while this statement waited: look again.
      const existing = await connection
        .selectFrom('orders')
        .select(['id', 'number'])
        .where('source_key', '=', order.sourceKey)
        .executeTakeFirst();
      if (existing) return { orderId: existing.id, orderNumber: existing.number, created: false };
      // Nothing was written because today (Asia/Shanghai) has no numbering row yet: begin the day, then place again.
      if (attempt > 0) throw new Error('order placement wrote nothing although the day is begun');
      await sql`${beginOrderDay}`.execute(connection);
    }
  });
}

/** The human order number of the day's `n`th order: `LD-YYYYMMDD-NNNN`, four digits until the ten thousandth. */
export function orderNumberText(day: RawBuilder<unknown>, n: RawBuilder<unknown>): RawBuilder<string> {
  return sql<string>`'LD-' || to_char(${day}, 'YYYYMMDD') || '-' ||
         case when ${n} < 10000 then lpad(${n}::text, 4, '0') else ${n}::text end`;
}

/**
 * The next number of the day (Asia/Shanghai) as a CTE body: `LD-YYYYMMDD-NNNN`, four digits until the day's ten
 * thousandth order. The number is the next value of `order_number_seq` less the day's `base`: a sequence takes no
 * row lock, so placements do not queue on a counter row until each one's commit (as a per-day counter row did, one
 * WAL flush at a time); values are never handed out twice, so numbers never repeat. A placement that turns out to
 * be a repeat (its source key taken) or rolls back leaves a gap, which is harmless. No row when the day has not
 * begun (beginOrderDay).
 */
const nextOrderNumber = sql`
  select ${orderNumberText(sql.ref('d.day'), sql.ref('d.n'))} as number
  from (select day, nextval('order_number_seq') - base as n from order_number_days
        where day = (now() at time zone 'Asia/Shanghai')::date) d`;

/**
 * Begins today's numbering (once a day; a concurrent beginning waits for the first and does nothing): its base is
 * the sequence's last value handed out, so today's first placement after it gets 1 (or more, when placements of
 * the day before still run and take values), and every later value is above the base.
 */
const beginOrderDay = sql`
  insert into order_number_days (day, base)
  select (now() at time zone 'Asia/Shanghai')::date, case when is_called then last_value else last_value - 1 end
  from order_number_seq
  on conflict (day) do nothing`;

/** Who the first history row names as having placed the order. */
export function actorOf(order: ConfirmedOrder): string {
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
      'o.number',
      'o.guest_chat',
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
    orderNumber: o.number,
    ...(o.guest_chat !== null && { guestChat: o.guest_chat as NoticeOrder['guestChat'] }),
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
