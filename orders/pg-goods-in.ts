import { sql, type Kysely } from 'kysely';
import { writeAudit, type AuditActor } from '../auth/pg-audit-log.js';
import type { Database } from '../db/schema.js';
import { applyLedgerToStock, WarehouseRefusedError } from './pg-shipments.js';
import { lockStock } from './pg-stock.js';

export interface GoodsInInput {
  supplier?: string;
  staffId: string;
  note?: string;
  lines: { sku: string; qty: number }[];
  audit?: AuditActor;
}

/** Statuses of orders still waiting for goods: reserved from what arrives, oldest order first. */
const WAITING = ['reserved', 'priced', 'in_review', 'approved', 'partially_shipped'];

async function checkSkus(tx: Kysely<Database>, skus: string[]): Promise<string[]> {
  const known = await tx.selectFrom('products').select('sku').where('sku', 'in', skus).execute();
  const have = new Set(known.map((k) => k.sku));
  return skus.filter((s) => !have.has(s)).map((s) => `没有这个商品：${s}`);
}

/**
 * Goods in from a supplier (入库), in one transaction: a receipt, a ledger row per SKU, the stock raised, and then
 * what arrived reserved for back-ordered lines, oldest order first (a ledger row per line, naming the receipt).
 * Returns the receipt id and the units it reserved for orders.
 */
export async function receiveGoods(
  db: Kysely<Database>,
  input: GoodsInInput,
): Promise<{ receiptId: number; reserved: number }> {
  const problems = input.lines.flatMap((l) =>
    Number.isInteger(l.qty) && l.qty > 0 ? [] : [`${l.sku}：入库数量要是正整数`],
  );
  if (input.lines.length === 0) problems.push('至少要有一行');
  if (problems.length) throw new WarehouseRefusedError(problems);
  return db.transaction().execute(async (tx) => {
    const unknown = await checkSkus(tx, [...new Set(input.lines.map((l) => l.sku))]);
    if (unknown.length) throw new WarehouseRefusedError(unknown);
    await lockStock(
      tx,
      input.lines.map((l) => l.sku),
    );
    const receipt = await tx
      .insertInto('goods_receipts')
      .values({ supplier: input.supplier ?? null, staff_id: input.staffId, note: input.note ?? null })
      .returning('id')
      .executeTakeFirstOrThrow();
    const actor = `staff:${input.staffId}`;
    await tx
      .insertInto('stock_ledger')
      .values(
        input.lines.map((l) => ({
          sku: l.sku,
          reason: 'receive' as const,
          on_hand_delta: l.qty,
          receipt_id: receipt.id,
          actor,
          note: input.note ?? null,
        })),
      )
      .execute();
    await applyLedgerToStock(
      tx,
      input.lines.map((l) => ({ sku: l.sku, onHand: l.qty, reserved: 0 })),
    );
    // Back-orders: lines still expecting units that are not reserved, oldest order first, as far as stock goes.
    const reserved = await sql<{ sku: string; qty: number }>`
      with free as (
        select sku, on_hand - reserved as available from stock where sku = any(${input.lines.map((l) => l.sku)}::text[])
      ), waiting as (
        select l.order_id, l.line_no, l.sku, l.qty - l.shipped_qty - l.cancelled_qty - l.reserved_qty as need,
               sum(l.qty - l.shipped_qty - l.cancelled_qty - l.reserved_qty)
                 over (partition by l.sku order by o.created_at, o.id, l.line_no) as need_so_far
        from order_lines l join orders o on o.id = l.order_id
        where l.sku in (select sku from free) and o.status = any(${WAITING}::text[])
          and l.qty - l.shipped_qty - l.cancelled_qty - l.reserved_qty > 0
      ), take as (
        select w.order_id, w.line_no, w.sku,
               least(w.need, greatest(f.available - (w.need_so_far - w.need), 0))::int as qty
        from waiting w join free f on f.sku = w.sku
      ), moved as (
        update order_lines l set reserved_qty = l.reserved_qty + t.qty,
               shortage_qty = greatest(l.shortage_qty - t.qty, 0)
        from take t where t.qty > 0 and l.order_id = t.order_id and l.line_no = t.line_no
        returning t.order_id, t.line_no, t.sku, t.qty
      ), ledger as (
        insert into stock_ledger (sku, order_id, line_no, reason, reserved_delta, receipt_id, actor)
        select sku, order_id, line_no, 'reserve', qty, ${receipt.id}::bigint, ${actor} from moved
        returning 1
      )
      select sku, qty from moved`.execute(tx);
    await applyLedgerToStock(
      tx,
      reserved.rows.map((r) => ({ sku: r.sku, onHand: 0, reserved: Number(r.qty) })),
    );
    if (input.audit) {
      await writeAudit(tx, input.audit, {
        action: 'stock.goods_in',
        detail: { receiptId: receipt.id, supplier: input.supplier ?? null, lines: input.lines },
      });
    }
    return { receiptId: receipt.id, reserved: reserved.rows.reduce((s, r) => s + Number(r.qty), 0) };
  });
}

export interface StockCountInput {
  staffId: string;
  reason: string;
  lines: { sku: string; countedQty: number }[];
  audit?: AuditActor;
}

/**
 * A stock count (盘点): each SKU's on-hand set to what was counted, by a ledger row of the difference with the
 * reason. A count below what is reserved for orders is refused: those orders must be dealt with first.
 */
export async function countStock(db: Kysely<Database>, input: StockCountInput): Promise<{ changed: number }> {
  if (!input.reason.trim()) throw new WarehouseRefusedError(['盘点要写原因']);
  return db.transaction().execute(async (tx) => {
    const unknown = await checkSkus(tx, [...new Set(input.lines.map((l) => l.sku))]);
    if (unknown.length) throw new WarehouseRefusedError(unknown);
    await lockStock(
      tx,
      input.lines.map((l) => l.sku),
    );
    const current = await tx
      .selectFrom('stock')
      .select(['sku', 'on_hand', 'reserved'])
      .where(
        'sku',
        'in',
        input.lines.map((l) => l.sku),
      )
      .execute();
    const bySku = new Map(current.map((c) => [c.sku, c]));
    const problems: string[] = [];
    const deltas: { sku: string; delta: number }[] = [];
    for (const l of input.lines) {
      const row = bySku.get(l.sku) ?? { on_hand: 0, reserved: 0 };
      if (!Number.isInteger(l.countedQty) || l.countedQty < 0)
        problems.push(`${l.sku}：盘点数量要是 0 或正整数`);
      else if (l.countedQty < row.reserved) {
        problems.push(
          `${l.sku}：盘点数 ${l.countedQty} 少于已为订单预留的 ${row.reserved}，请先处理相关订单`,
        );
      } else if (l.countedQty !== row.on_hand) deltas.push({ sku: l.sku, delta: l.countedQty - row.on_hand });
    }
    if (problems.length) throw new WarehouseRefusedError(problems);
    if (deltas.length) {
      await tx
        .insertInto('stock_ledger')
        .values(
          deltas.map((d) => ({
            sku: d.sku,
            reason: 'count' as const,
            on_hand_delta: d.delta,
            actor: `staff:${input.staffId}`,
            note: input.reason.trim(),
          })),
        )
        .execute();
      await applyLedgerToStock(
        tx,
        deltas.map((d) => ({ sku: d.sku, onHand: d.delta, reserved: 0 })),
      );
    }
    if (input.audit) {
      await writeAudit(tx, input.audit, {
        action: 'stock.count',
        detail: { reason: input.reason, lines: input.lines },
      });
    }
    return { changed: deltas.length };
  });
}
