import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { jobIds } from './jobs.js';
import { lockOrderStatus, transitionOrder } from './pg-order-repository.js';
import { enqueueJobs } from './pg-outbox.js';
import { priceLines, type PriceRule } from './pricing.js';

export type PriceResult = { kind: 'skipped'; status: string } | { kind: 'priced'; totalFen: number };

/**
 * Prices a reserved order: each line's unit price by the customer's tier and the quantity actually reserved (what
 * will be delivered, so a shortage can fall below a break), line and order totals in integer fen; moves it to
 * `priced` and queues the credit check. An order no longer `reserved` is skipped.
 */
export async function priceOrder(
  db: Kysely<Database>,
  orderId: string,
  actor = 'worker:pricing',
): Promise<PriceResult> {
  return db.transaction().execute(async (tx) => {
    const status = await lockOrderStatus(tx, orderId);
    if (status !== 'reserved') return { kind: 'skipped', status };
    const customer = await tx
      .selectFrom('orders as o')
      .leftJoin('customers as c', 'c.id', 'o.customer_id')
      .select('c.tier')
      .where('o.id', '=', orderId)
      .executeTakeFirstOrThrow();
    const tier = customer.tier ?? null;
    const lines = await tx
      .selectFrom('order_lines')
      .select(['line_no', 'sku', 'reserved_qty'])
      .where('order_id', '=', orderId)
      .orderBy('line_no')
      .execute();
    const products = await tx
      .selectFrom('products as p')
      .leftJoin('tier_prices as t', (j) => j.onRef('t.sku', '=', 'p.sku').on('t.tier', '=', tier ?? ''))
      .select(['p.sku', 'p.price_fen', 'p.price_breaks', 't.price_fen as tier_price_fen'])
      .where('p.sku', 'in', [...new Set(lines.map((l) => l.sku))])
      .execute();
    const rules = new Map<string, PriceRule>(
      products.map((p) => [
        p.sku,
        {
          sku: p.sku,
          priceFen: p.price_fen,
          tierPricesFen: tier && p.tier_price_fen !== null ? { [tier]: p.tier_price_fen } : {},
          priceBreaks: p.price_breaks,
        },
      ]),
    );
    const priced = priceLines(
      lines.map((l) => ({ lineNo: l.line_no, sku: l.sku, qty: l.reserved_qty })),
      rules,
      tier,
    );
    await sql`
      update order_lines set unit_price_fen = v.unit, line_total_fen = v.total
      from (values ${sql.join(
        priced.lines.map((l) => sql`(${l.lineNo}::int, ${l.unitPriceFen}::int, ${l.lineTotalFen}::bigint)`),
      )}) as v(line_no, unit, total)
      where order_lines.order_id = ${orderId} and order_lines.line_no = v.line_no`.execute(tx);
    await tx.updateTable('orders').set({ total_fen: priced.totalFen }).where('id', '=', orderId).execute();
    await transitionOrder(tx, { orderId, from: 'reserved', to: 'priced', actor });
    await enqueueJobs(tx, [
      {
        queue: 'finance',
        name: 'credit-check',
        jobId: jobIds.creditCheck(orderId),
        payload: { orderId },
      },
    ]);
    return { kind: 'priced', totalFen: priced.totalFen };
  });
}
