import { sql, type Kysely } from 'kysely';
import { writeAudit, type AuditActor } from '../auth/pg-audit-log.js';
import type { Database, OrderStatus } from '../db/schema.js';
import { notificationJobs, type LineQuantity, type NoticeEvent } from './notify-text.js';
import { OrderNotFoundError } from './order-status.js';
import { loadNoticeOrder, transitionOrder } from './pg-order-repository.js';
import { enqueueJobs } from './pg-outbox.js';
import { lockStock } from './pg-stock.js';
import {
  checkShipment,
  documentNumber,
  remainingOf,
  statusAfterDelivery,
  type LineState,
} from './shipment-rules.js';

/** A warehouse action the order's state or quantities do not allow; `problems` in Chinese. */
export class WarehouseRefusedError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('；'));
    this.name = 'WarehouseRefusedError';
  }
}

export interface LockedLines {
  orderId: string;
  number: string;
  status: OrderStatus;
  lines: (LineState & { sku: string })[];
}

/** Locks an order and reads its lines as the warehouse sees them. */
export async function lockOrderLines(tx: Kysely<Database>, orderId: string): Promise<LockedLines> {
  const order = await tx
    .selectFrom('orders')
    .select(['id', 'number', 'status'])
    .where('id', '=', orderId)
    .forUpdate()
    .executeTakeFirst();
  if (!order) throw new OrderNotFoundError(orderId);
  const lines = await tx
    .selectFrom('order_lines as l')
    .innerJoin('products as p', 'p.sku', 'l.sku')
    .select([
      'l.line_no',
      'l.sku',
      'p.name',
      'l.unit',
      'l.qty',
      'l.reserved_qty',
      'l.shipped_qty',
      'l.returned_qty',
      'l.cancelled_qty',
      'l.unit_price_fen',
    ])
    .where('l.order_id', '=', orderId)
    .orderBy('l.line_no')
    .execute();
  return {
    orderId,
    number: order.number,
    status: order.status,
    lines: lines.map((l) => ({
      lineNo: l.line_no,
      sku: l.sku,
      name: l.name,
      unit: l.unit,
      qty: l.qty,
      reservedQty: l.reserved_qty,
      shippedQty: l.shipped_qty,
      returnedQty: l.returned_qty,
      cancelledQty: l.cancelled_qty,
      unitPriceFen: l.unit_price_fen,
    })),
  };
}

/**
 * Moves the receivable as delivery changes: `shippedFen` goes from committed to owed, `droppedFen` leaves
 * committed (a cancelled remainder). Completes the order when it is shipped and nothing is left to pay.
 */
async function settleDelivery(
  tx: Kysely<Database>,
  orderId: string,
  shippedFen: number,
  droppedFen: number,
): Promise<void> {
  await sql`
    update receivables set amount_fen = amount_fen + ${shippedFen}::bigint,
      committed_fen = greatest(committed_fen - ${shippedFen + droppedFen}::bigint, 0)
    where order_id = ${orderId}`.execute(tx);
}

/** Completes a shipped order whose receivable is settled (or that has none); true when it did. */
export async function completeIfSettled(
  tx: Kysely<Database>,
  orderId: string,
  actor: string,
): Promise<boolean> {
  const r = await sql<{ status: OrderStatus; open: number | null }>`
    select o.status, r.amount_fen + r.committed_fen - r.paid_fen as open
    from orders o left join receivables r on r.order_id = o.id where o.id = ${orderId}`.execute(tx);
  const row = r.rows[0];
  if (!row || row.status !== 'shipped' || (row.open !== null && Number(row.open) > 0)) return false;
  await sql`update receivables set status = 'paid', settled_at = now()
            where order_id = ${orderId} and status = 'open'`.execute(tx);
  await transitionOrder(tx, {
    orderId,
    from: 'shipped',
    to: 'completed',
    actor,
    reason: '已发完货、货款结清',
  });
  await enqueueJobs(tx, notificationJobs(await loadNoticeOrder(tx, orderId), { event: 'completed' }));
  return true;
}

const quantity = (l: { name: string; unit: string }, qty: number): LineQuantity => ({
  name: l.name,
  unit: l.unit,
  qty,
});

export interface ShipmentInput {
  orderId: string;
  staffId: string;
  lines: { lineNo: number; qty: number }[];
  note?: string;
  audit?: AuditActor;
}

/**
 * Ships what is there, in one transaction: a shipment (发货单 `FH-…`) of the given quantities, at most what is
 * reserved per line; the reserved units leave the shelf (a ledger row per line, unique per shipment line); the
 * receivable owes their value; the order is shipped when nothing more is expected, partially shipped otherwise
 * (the rest back-ordered); the customer and the rep are told what went and what is still owed. Returns the
 * shipment number.
 */
export async function shipOrder(
  db: Kysely<Database>,
  input: ShipmentInput,
): Promise<{ number: string; status: OrderStatus }> {
  return db.transaction().execute(async (tx) => {
    const order = await lockOrderLines(tx, input.orderId);
    if (order.status !== 'approved' && order.status !== 'partially_shipped') {
      throw new WarehouseRefusedError([
        `订单现在不能发货（${order.status === 'in_review' ? '还在审核' : '状态不对'}）`,
      ]);
    }
    const check = checkShipment(order.lines, input.lines);
    if (check.kind === 'refused') throw new WarehouseRefusedError(check.problems);
    const picked = check.lines.map((p) => ({ ...p.line, ship: p.qty }));
    await lockStock(
      tx,
      picked.map((l) => l.sku),
    );
    const count = await tx
      .selectFrom('shipments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('order_id', '=', input.orderId)
      .executeTakeFirstOrThrow();
    const number = documentNumber('FH', order.number, Number(count.n) + 1);
    const shipment = await tx
      .insertInto('shipments')
      .values({ number, order_id: input.orderId, staff_id: input.staffId, note: input.note ?? null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('shipment_lines')
      .values(picked.map((l) => ({ shipment_id: shipment.id, line_no: l.lineNo, sku: l.sku, qty: l.ship })))
      .execute();
    await sql`
      with v as (select * from unnest(${picked.map((l) => l.lineNo)}::int[], ${picked.map((l) => l.ship)}::int[]) as v(line_no, qty))
      update order_lines l set reserved_qty = l.reserved_qty - v.qty, shipped_qty = l.shipped_qty + v.qty
      from v where l.order_id = ${input.orderId} and l.line_no = v.line_no`.execute(tx);
    await tx
      .insertInto('stock_ledger')
      .values(
        picked.map((l) => ({
          sku: l.sku,
          order_id: input.orderId,
          line_no: l.lineNo,
          reason: 'ship' as const,
          on_hand_delta: -l.ship,
          reserved_delta: -l.ship,
          shipment_id: shipment.id,
          actor: `staff:${input.staffId}`,
        })),
      )
      .execute();
    await applyLedgerToStock(
      tx,
      picked.map((l) => ({ sku: l.sku, onHand: -l.ship, reserved: -l.ship })),
    );
    const valueFen = picked.reduce((s, l) => s + l.ship * l.unitPriceFen, 0);
    await settleDelivery(tx, input.orderId, valueFen, 0);
    const after = order.lines.map((l) => {
      const p = picked.find((x) => x.lineNo === l.lineNo);
      return p ? { ...l, shippedQty: l.shippedQty + p.ship, reservedQty: l.reservedQty - p.ship } : l;
    });
    const status = statusAfterDelivery(after);
    const actor = `staff:${input.staffId}`;
    if (status !== order.status)
      await transitionOrder(tx, { orderId: input.orderId, from: order.status, to: status, actor });
    const event: NoticeEvent = {
      event: 'shipped',
      shipment: number,
      shipped: picked.map((l) => quantity(l, l.ship)),
      backOrdered: after.filter((l) => remainingOf(l) > 0).map((l) => quantity(l, remainingOf(l))),
    };
    await enqueueJobs(tx, notificationJobs(await loadNoticeOrder(tx, input.orderId), event));
    if (input.audit) {
      await writeAudit(tx, input.audit, {
        action: 'order.ship',
        orderId: input.orderId,
        statusBefore: order.status,
        statusAfter: status,
        detail: { shipment: number, lines: input.lines },
      });
    }
    await completeIfSettled(tx, input.orderId, actor);
    return { number, status };
  });
}

/** Applies ledger deltas to `stock` (rows already locked by the caller, in SKU order). */
export async function applyLedgerToStock(
  tx: Kysely<Database>,
  deltas: readonly { sku: string; onHand: number; reserved: number }[],
): Promise<void> {
  const perSku = new Map<string, { onHand: number; reserved: number }>();
  for (const d of deltas) {
    const s = perSku.get(d.sku) ?? { onHand: 0, reserved: 0 };
    perSku.set(d.sku, { onHand: s.onHand + d.onHand, reserved: s.reserved + d.reserved });
  }
  if (perSku.size === 0) return;
  const rows = [...perSku];
  // Existing rows change in place; a SKU that never had stock gets its row (goods in). An insert with ON CONFLICT
  // would check the proposed row, negative for a shipment, before finding the existing one.
  const values = sql`unnest(${rows.map(([sku]) => sku)}::text[], ${rows.map(([, d]) => d.onHand)}::int[],
                            ${rows.map(([, d]) => d.reserved)}::int[]) as v(sku, on_hand, reserved)`;
  await sql`
    with changed as (
      update stock s set on_hand = s.on_hand + v.on_hand, reserved = s.reserved + v.reserved, updated_at = now()
      from ${values} where s.sku = v.sku
      returning s.sku
    )
    insert into stock (sku, on_hand, reserved)
    select v.sku, v.on_hand, v.reserved from ${values}
    where v.sku not in (select sku from changed)`.execute(tx);
}

export interface CancelRemainderInput {
  orderId: string;
  staffId: string;
  reason: string;
  audit?: AuditActor;
}

/**
 * Decides not to deliver the rest of a partly shipped order: what is still reserved goes back on the shelf, the
 * undelivered units are cancelled and leave the receivable, the order is shipped (and completed when paid); the
 * customer and the rep are told what will not come.
 */
export async function cancelRemainder(
  db: Kysely<Database>,
  input: CancelRemainderInput,
): Promise<{ status: OrderStatus }> {
  return db.transaction().execute(async (tx) => {
    const order = await lockOrderLines(tx, input.orderId);
    if (order.status !== 'partially_shipped') {
      throw new WarehouseRefusedError([
        order.status === 'approved' ? '还一件都没发：要整单取消请用“取消订单”' : '这个订单没有待发的余量',
      ]);
    }
    const rest = order.lines.filter((l) => remainingOf(l) > 0);
    await lockStock(
      tx,
      rest.filter((l) => l.reservedQty > 0).map((l) => l.sku),
    );
    const actor = `staff:${input.staffId}`;
    const released = rest.filter((l) => l.reservedQty > 0);
    if (released.length) {
      await tx
        .insertInto('stock_ledger')
        .values(
          released.map((l) => ({
            sku: l.sku,
            order_id: input.orderId,
            line_no: l.lineNo,
            reason: 'release' as const,
            reserved_delta: -l.reservedQty,
            actor,
            note: input.reason,
          })),
        )
        .execute();
      await applyLedgerToStock(
        tx,
        released.map((l) => ({ sku: l.sku, onHand: 0, reserved: -l.reservedQty })),
      );
    }
    await sql`
      update order_lines set cancelled_qty = qty - shipped_qty, reserved_qty = 0, shortage_qty = 0
      where order_id = ${input.orderId} and qty - shipped_qty - cancelled_qty > 0`.execute(tx);
    const droppedFen = rest.reduce((s, l) => s + remainingOf(l) * l.unitPriceFen, 0);
    await settleDelivery(tx, input.orderId, 0, droppedFen);
    await transitionOrder(tx, {
      orderId: input.orderId,
      from: 'partially_shipped',
      to: 'shipped',
      actor,
      reason: input.reason,
    });
    await enqueueJobs(
      tx,
      notificationJobs(await loadNoticeOrder(tx, input.orderId), {
        event: 'remainder_cancelled',
        cancelled: rest.map((l) => quantity(l, remainingOf(l))),
        reason: input.reason,
      }),
    );
    if (input.audit) {
      await writeAudit(tx, input.audit, {
        action: 'order.cancel_remainder',
        orderId: input.orderId,
        statusBefore: 'partially_shipped',
        statusAfter: 'shipped',
        detail: { reason: input.reason },
      });
    }
    const completed = await completeIfSettled(tx, input.orderId, actor);
    return { status: completed ? 'completed' : 'shipped' };
  });
}
