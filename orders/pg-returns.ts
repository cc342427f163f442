import { sql, type Kysely } from 'kysely';
import { writeAudit, type AuditActor } from '../auth/pg-audit-log.js';
import type { Database } from '../db/schema.js';
import { notificationJobs } from './notify-text.js';
import { loadNoticeOrder } from './pg-order-repository.js';
import { enqueueJobs } from './pg-outbox.js';
import { applyLedgerToStock, WarehouseRefusedError } from './pg-shipments.js';
import { lockStock } from './pg-stock.js';
import { documentNumber } from './shipment-rules.js';

export interface ReturnInput {
  /** The delivery note the goods came with (`FH-…`). */
  shipmentNumber: string;
  staffId: string;
  reason: string;
  lines: { lineNo: number; qty: number; disposition: 'restock' | 'damaged' }[];
  audit?: AuditActor;
}

export class ShipmentNotFoundError extends Error {
  constructor(readonly shipmentNumber: string) {
    super(`shipment ${shipmentNumber} not found`);
    this.name = 'ShipmentNotFoundError';
  }
}

/**
 * Goods back from a customer against a shipment, in one transaction: a return (退货单 `TH-…`) of at most what that
 * shipment carried and has not come back yet; restocked goods go back on the shelf, damaged ones are recorded and
 * written off (a ledger row that moves no stock); the receivable owes their value less, by a credit note; the
 * customer and the rep are told.
 */
export async function returnGoods(
  db: Kysely<Database>,
  input: ReturnInput,
): Promise<{ number: string; creditFen: number }> {
  if (!input.reason.trim()) throw new WarehouseRefusedError(['退货要写原因']);
  return db.transaction().execute(async (tx) => {
    const shipment = await tx
      .selectFrom('shipments as s')
      .innerJoin('orders as o', 'o.id', 's.order_id')
      .select(['s.id', 's.order_id', 'o.number as order_number'])
      .where('s.number', '=', input.shipmentNumber)
      .forUpdate('o')
      .executeTakeFirst();
    if (!shipment) throw new ShipmentNotFoundError(input.shipmentNumber);
    const shipped = await tx
      .selectFrom('shipment_lines as sl')
      .innerJoin('order_lines as l', 'l.line_no', 'sl.line_no')
      .innerJoin('products as p', 'p.sku', 'sl.sku')
      .select(['sl.line_no', 'sl.sku', 'sl.qty', 'sl.returned_qty', 'p.name', 'l.unit', 'l.unit_price_fen'])
      .where('sl.shipment_id', '=', shipment.id)
      .where('l.order_id', '=', shipment.order_id)
      .forUpdate('sl')
      .execute();
    const byNo = new Map(shipped.map((l) => [l.line_no, l]));
    const problems: string[] = [];
    const seen = new Set<number>();
    for (const r of input.lines) {
      const line = byNo.get(r.lineNo);
      if (!line) problems.push(`这张发货单没有第 ${r.lineNo} 行`);
      else if (seen.has(r.lineNo)) problems.push(`第 ${r.lineNo} 行写了两次`);
      else if (!Number.isInteger(r.qty) || r.qty <= 0) problems.push(`${line.name}：退货数量要是正整数`);
      else if (r.qty > line.qty - line.returned_qty) {
        problems.push(`${line.name}：这张发货单最多还能退 ${line.qty - line.returned_qty}${line.unit}`);
      }
      seen.add(r.lineNo);
    }
    if (input.lines.length === 0) problems.push('至少要退一行');
    if (problems.length) throw new WarehouseRefusedError(problems);
    const lines = input.lines.map((r) => ({ ...r, line: byNo.get(r.lineNo)! }));
    await lockStock(
      tx,
      lines.map((l) => l.line.sku),
    );
    const count = await tx
      .selectFrom('order_returns')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('order_id', '=', shipment.order_id)
      .executeTakeFirstOrThrow();
    const number = documentNumber('TH', shipment.order_number, Number(count.n) + 1);
    const ret = await tx
      .insertInto('order_returns')
      .values({
        number,
        shipment_id: shipment.id,
        order_id: shipment.order_id,
        staff_id: input.staffId,
        reason: input.reason.trim(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('return_lines')
      .values(
        lines.map((l) => ({
          return_id: ret.id,
          line_no: l.lineNo,
          sku: l.line.sku,
          qty: l.qty,
          disposition: l.disposition,
        })),
      )
      .execute();
    for (const l of lines) {
      await sql`update shipment_lines set returned_qty = returned_qty + ${l.qty}::int
                where shipment_id = ${shipment.id} and line_no = ${l.lineNo}`.execute(tx);
      await sql`update order_lines set returned_qty = returned_qty + ${l.qty}::int
                where order_id = ${shipment.order_id} and line_no = ${l.lineNo}`.execute(tx);
    }
    const actor = `staff:${input.staffId}`;
    await tx
      .insertInto('stock_ledger')
      .values(
        lines.map((l) => ({
          sku: l.line.sku,
          order_id: shipment.order_id,
          line_no: l.lineNo,
          reason: l.disposition === 'restock' ? ('return' as const) : ('return_damaged' as const),
          on_hand_delta: l.disposition === 'restock' ? l.qty : 0,
          return_id: ret.id,
          actor,
          note: input.reason.trim(),
        })),
      )
      .execute();
    await applyLedgerToStock(
      tx,
      lines
        .filter((l) => l.disposition === 'restock')
        .map((l) => ({ sku: l.line.sku, onHand: l.qty, reserved: 0 })),
    );
    const creditFen = lines.reduce((s, l) => s + l.qty * l.line.unit_price_fen, 0);
    if (creditFen > 0) {
      await tx
        .insertInto('credit_notes')
        .values({
          order_id: shipment.order_id,
          return_id: ret.id,
          amount_fen: creditFen,
          reason: input.reason.trim(),
          staff_id: input.staffId,
        })
        .execute();
      await sql`update receivables set amount_fen = amount_fen - ${creditFen}::bigint,
                  status = case when status = 'paid' then 'open' else status end, settled_at = null
                where order_id = ${shipment.order_id}`.execute(tx);
    }
    await enqueueJobs(
      tx,
      notificationJobs(await loadNoticeOrder(tx, shipment.order_id), {
        event: 'returned',
        returnNumber: number,
        returned: lines.map((l) => ({ name: l.line.name, unit: l.line.unit, qty: l.qty })),
        creditFen,
      }),
    );
    if (input.audit) {
      await writeAudit(tx, input.audit, {
        action: 'order.return',
        orderId: shipment.order_id,
        detail: { return: number, shipment: input.shipmentNumber, lines: input.lines, creditFen },
      });
    }
    return { number, creditFen };
  });
}
