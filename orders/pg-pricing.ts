import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { jobIds } from './jobs.js';
import { OrderNotFoundError } from './order-status.js';
import { readOrder, transitionAfter, writeStep, type DirectFollowUps } from './pg-order-step.js';
import type { PipelineJob } from './jobs.js';
import { priceLines, type PriceRule } from './pricing.js';

export type PriceResult = { kind: 'skipped'; status: string } | { kind: 'priced'; totalFen: number };

/**
 * Prices a reserved order: each line's unit price by the customer's tier and the quantity actually reserved (what
 * will be delivered, so a shortage can fall below a break), line and order totals in integer fen; moves it to
 * `priced` and queues the credit check. An order no longer `reserved` is skipped. With `direct`, the credit check
 * is handed back there instead of the outbox (see DirectFollowUps).
 */
export async function priceOrder(
  db: Kysely<Database>,
  orderId: string,
  actor = 'worker:pricing',
  direct?: DirectFollowUps,
): Promise<PriceResult> {
  const next: PipelineJob[] = [
    { queue: 'finance', name: 'credit-check', jobId: jobIds.creditCheck(orderId), payload: { orderId } },
  ];
  // No transaction: the read needs no lock (a `reserved` order's lines no longer change) and the write is one
  // statement guarded by `status = 'reserved'`, so of two deliveries exactly one prices the order.
  const order = await readOrder(db, orderId, { lock: 'none', withPrices: true });
  if (!order) throw new OrderNotFoundError(orderId);
  if (order.status !== 'reserved') {
    if (
      direct &&
      order.status === 'priced' &&
      (await transitionAfter(db, orderId, 'reserved', 'priced', direct))
    ) {
      direct.jobs = next;
    }
    return { kind: 'skipped', status: order.status };
  }
  const tier = order.customerTier;
  const rules = new Map<string, PriceRule>(
    order.lines.map((l) => [
      l.sku,
      {
        sku: l.sku,
        priceFen: l.priceFen ?? 0,
        tierPricesFen: tier && l.tierPriceFen != null ? { [tier]: l.tierPriceFen } : {},
        priceBreaks: l.priceBreaks ?? [],
      },
    ]),
  );
  const priced = priceLines(
    order.lines.map((l) => ({ lineNo: l.lineNo, sku: l.sku, qty: l.reservedQty })),
    rules,
    tier,
  );
  const step = await writeStep(db, {
    orderId,
    from: 'reserved',
    to: 'priced',
    actor,
    set: { total_fen: priced.totalFen },
    writes: [
      sql`line_prices as (
        update order_lines set unit_price_fen = v.unit, line_total_fen = v.total
        from (values ${sql.join(
          priced.lines.map((l) => sql`(${l.lineNo}::int, ${l.unitPriceFen}::int, ${l.lineTotalFen}::bigint)`),
        )}) as v(line_no, unit, total)
        where order_lines.order_id = ${orderId} and order_lines.line_no = v.line_no
          and exists (select 1 from step_moved)
        returning 1)`,
    ],
    jobs: direct ? [] : next,
  });
  if (!step.moved) return { kind: 'skipped', status: 'priced' };
  if (direct) direct.jobs = next;
  return { kind: 'priced', totalFen: priced.totalFen };
}
