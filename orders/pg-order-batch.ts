import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { jobIds } from './jobs.js';
import {
  deferNotices,
  noticesDeferred,
  onOneConnection,
  orderNotice,
  sendChangeNotices,
  type ChangeNotices,
} from './pg-change-notices.js';
import {
  actorOf,
  orderNumberText,
  placeConfirmedOrder,
  type ConfirmedOrder,
  type PlacedOrder,
} from './pg-order-repository.js';

/** What became of one confirmed order of a batch. */
export type BatchPlacement =
  { outcome: 'placed'; order: PlacedOrder } | { outcome: 'failed'; error: unknown };

/**
 * Writes several confirmed orders in ONE transaction, so that they share one commit and one WAL flush to disk
 * (on a durable server each commit otherwise waits for a flush of its own, a few milliseconds of the disk and of
 * CPU each). Every order is written as `placeConfirmedOrder` writes it (order, lines, first history row, outbox
 * row; idempotent by source key; the change notices handed to `sendNotices` after the commit, or sent on the
 * same connection when there is none), and the outcomes come back in the orders' order, each resolved only once
 * the transaction holding it has committed.
 *
 * One order's failure never fails the others: when the batch's statement fails (an unknown SKU or customer, a
 * line PostgreSQL refuses, a lost connection), nothing of it was written, and every order is placed again alone,
 * each with its own outcome; an order whose key was taken is answered with the existing order (`created: false`,
 * also when the same key is twice in one batch), and an order the batch could not number (the day not begun) is
 * placed alone, which begins the day.
 */
export async function placeConfirmedOrders(
  db: Kysely<Database>,
  orders: readonly ConfirmedOrder[],
  newId: () => string = randomUUID,
  sendNotices?: (notices: ChangeNotices) => void,
): Promise<BatchPlacement[]> {
  const alone = (order: ConfirmedOrder): Promise<BatchPlacement> =>
    placeConfirmedOrder(db, order, newId, sendNotices).then(
      (order) => ({ outcome: 'placed', order }),
      (error: unknown) => ({ outcome: 'failed', error }),
    );
  if (orders.length <= 1 || orders.some((order) => order.lines.length === 0))
    return Promise.all(orders.map(alone));
  const ids = orders.map(() => newId());
  let created: Map<string, PlacedOrder>;
  let existing: Map<string, PlacedOrder>;
  try {
    ({ created, existing } = await onOneConnection(db, async (connection) => {
      const rows = (await placeAll(orders, ids).execute(connection)).rows;
      const made = new Map(rows.map((r) => [r.id, { orderId: r.id, orderNumber: r.number, created: true }]));
      const notices = {
        orders: orders.flatMap((order, k) =>
          made.has(ids[k]!) ? [orderNotice('insert', ids[k]!, 'confirmed', order.customerId)] : [],
        ),
        outbox: true,
      };
      if (sendNotices) sendNotices(notices);
      else await sendChangeNotices(connection, notices);
      // Keys already taken (by an earlier confirmation, or by an order earlier in this batch): the orders they hold.
      const taken = orders.filter((_, k) => !made.has(ids[k]!)).map((order) => order.sourceKey);
      const found =
        taken.length === 0
          ? []
          : await connection
              .selectFrom('orders')
              .select(['id', 'number', 'source_key'])
              .where('source_key', 'in', taken)
              .execute();
      return {
        created: made,
        existing: new Map(
          found.map((r) => [r.source_key, { orderId: r.id, orderNumber: r.number, created: false }]),
        ),
      };
    }));
  } catch {
    // Nothing of the batch was written (one statement is one transaction): each order alone, with its own outcome.
    return Promise.all(orders.map(alone));
  }
  return Promise.all(
    orders.map((order, k): BatchPlacement | Promise<BatchPlacement> => {
      const placed = created.get(ids[k]!) ?? existing.get(order.sourceKey);
      return placed ? { outcome: 'placed', order: placed } : alone(order);
    }),
  );
}

/**
 * The statement that writes every order of the batch with its lines, first history row and outbox row, one
 * transaction; its text is the same whatever the batch's size (one array per column), so a connection that
 * prepares statements plans it once. Orders whose source key is taken, and every order when today is not begun
 * (no numbering row), are left out: it returns the orders it wrote.
 */
function placeAll(orders: readonly ConfirmedOrder[], ids: string[]) {
  const lines = orders.flatMap((order, k) =>
    order.lines.map((line, n) => ({ orderId: ids[k]!, lineNo: n + 1, ...line })),
  );
  const column = <T>(pick: (order: ConfirmedOrder, k: number) => T) => orders.map(pick);
  const lineColumn = <T>(pick: (line: (typeof lines)[number]) => T) => lines.map(pick);
  return sql<{ id: string; number: string }>`
    with ${deferNotices}, input as (
      select * from unnest(
        ${ids}::text[], ${column((o) => o.customerId)}::text[], ${column((o) => o.placedByStaffId)}::text[],
        ${column((o) => o.channel)}::text[], ${column((o) => o.sourceKey)}::text[],
        ${column((o) => o.lines.reduce((s, l) => s + l.unitPriceFen * l.qty, 0))}::bigint[],
        ${column((o) => o.needsRep)}::boolean[], ${column((o) => o.note ?? null)}::text[],
        ${column((o) => (o.guestChat ? JSON.stringify(o.guestChat) : null))}::text[],
        ${column((o) => actorOf(o))}::text[], ${column((_, k) => jobIds.reserve(ids[k]!))}::text[]
      ) as i(id, customer_id, placed_by_staff_id, channel, source_key, total_fen, needs_rep, note, guest_chat,
             actor, job_id)
    ), numbered as (
      select i.*, d.day, nextval('order_number_seq') - d.base as n
      from input i cross join order_number_days d
      where d.day = (now() at time zone 'Asia/Shanghai')::date
      -- Keys in one order in every batch: two batches holding the same keys (two processes handed the same
      -- messages) wait for each other in that order instead of deadlocking.
      order by i.source_key
    ), new_order as (
      insert into orders (id, number, customer_id, placed_by_staff_id, channel, source_key, status, total_fen,
                          needs_rep, note, guest_chat)
      select id, ${orderNumberText(sql.ref('day'), sql.ref('n'))},
             customer_id, placed_by_staff_id, channel, source_key, 'confirmed', total_fen, needs_rep, note,
             guest_chat::jsonb
      from numbered
      on conflict (source_key) do nothing
      returning id, number
    ), new_lines as (
      insert into order_lines (order_id, line_no, sku, qty, unit, unit_price_fen, line_total_fen)
      select l.order_id, l.line_no, l.sku, l.qty, l.unit, l.price, l.price::bigint * l.qty
      from unnest(${lineColumn((l) => l.orderId)}::text[], ${lineColumn((l) => l.lineNo)}::int[],
                  ${lineColumn((l) => l.sku)}::text[], ${lineColumn((l) => l.qty)}::int[],
                  ${lineColumn((l) => l.unit)}::text[], ${lineColumn((l) => l.unitPriceFen)}::int[])
             as l(order_id, line_no, sku, qty, unit, price)
      where l.order_id in (select id from new_order)
      returning 1
    ), new_history as (
      insert into order_status_history (order_id, from_status, to_status, actor)
      select n.id, null, 'confirmed', i.actor from new_order n join input i on i.id = n.id
      returning 1
    ), new_job as (
      insert into outbox (queue, job_name, job_id, payload)
      select 'stock', 'reserve', i.job_id, jsonb_build_object('orderId', n.id) from new_order n join input i on i.id = n.id
      returning 1
    )
    select id, number, ${noticesDeferred} from new_order`;
}
