import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { jobIds } from './jobs.js';
import { OrderNotFoundError } from './order-status.js';
import type { PipelineJob } from './jobs.js';
import { readOrders, type LockedOrder } from './pg-order-read.js';
import {
  oneOrder,
  onlyResult,
  transitionAfter,
  writeSteps,
  type DirectFollowUps,
  type StepRequest,
} from './pg-order-step.js';
import { priceLines, type PricedOrder, type PriceRule } from './pricing.js';

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
  return onlyResult(priceOrders(db, oneOrder(orderId, direct), actor));
}

/**
 * Prices several orders in two statements, results in request order. No transaction: the read needs no lock (a
 * `reserved` order's lines no longer change) and the write is one statement guarded by `status = 'reserved'` per
 * order, so of two deliveries of one order exactly one prices it. An order that cannot be priced (a product
 * without price) fails alone.
 */
export async function priceOrders(
  db: Kysely<Database>,
  requests: readonly StepRequest[],
  actor = 'worker:pricing',
): Promise<PromiseSettledResult<PriceResult>[]> {
  const orders = await readOrders(
    db,
    requests.map((r) => r.orderId),
    { lock: 'none', withPrices: true },
  );
  const results: PromiseSettledResult<PriceResult>[] = [];
  const toWrite: { i: number; order: LockedOrder; priced: PricedOrder }[] = [];
  const claimed = new Set<string>();
  for (const [i, r] of requests.entries()) {
    const order = orders.get(r.orderId);
    if (!order) {
      results[i] = { status: 'rejected', reason: new OrderNotFoundError(r.orderId) };
    } else if (order.status !== 'reserved' || claimed.has(order.id)) {
      results[i] = { status: 'fulfilled', value: { kind: 'skipped', status: order.status } };
    } else {
      try {
        toWrite.push({ i, order, priced: priceOf(order) });
        claimed.add(order.id);
      } catch (err) {
        results[i] = { status: 'rejected', reason: err };
      }
    }
  }
  const moved = await writePrices(db, toWrite, requests, actor);
  for (const w of toWrite) {
    const direct = requests[w.i]?.direct;
    if (moved.has(w.order.id)) {
      if (direct) direct.jobs = next(w.order.id);
      results[w.i] = { status: 'fulfilled', value: { kind: 'priced', totalFen: w.priced.totalFen } };
    } else {
      results[w.i] = { status: 'fulfilled', value: { kind: 'skipped', status: 'priced' } };
    }
  }
  // A redelivery that finds its order priced by an earlier attempt re-collects the credit check.
  await Promise.all(
    requests.map(async (r, i) => {
      const res = results[i];
      if (res?.status !== 'fulfilled' || res.value.kind !== 'skipped' || res.value.status !== 'priced')
        return;
      if (r.direct && (await transitionAfter(db, r.orderId, 'reserved', 'priced', r.direct))) {
        r.direct.jobs = next(r.orderId);
      }
    }),
  );
  return results;
}

const next = (orderId: string): PipelineJob[] => [
  { queue: 'finance', name: 'credit-check', jobId: jobIds.creditCheck(orderId), payload: { orderId } },
];

/**
 * An order's prices (read `withPrices`) for the quantities reserved: its lines' `reservedQty`, or `reserved`
 * (one per line, in line order) for a step that prices what it is reserving.
 */
export function priceOf(order: LockedOrder, reserved?: readonly number[]): PricedOrder {
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
  return priceLines(
    order.lines.map((l, k) => ({ lineNo: l.lineNo, sku: l.sku, qty: reserved?.[k] ?? l.reservedQty })),
    rules,
    tier,
  );
}

/** Writes the prices of the orders still `reserved` and moves them to `priced`; returns the ids that moved. */
async function writePrices(
  db: Kysely<Database>,
  toWrite: readonly { i: number; order: LockedOrder; priced: PricedOrder }[],
  requests: readonly StepRequest[],
  actor: string,
): Promise<Set<string>> {
  if (toWrite.length === 0) return new Set();
  const lines = toWrite.flatMap((w) => w.priced.lines.map((l) => ({ orderId: w.order.id, ...l })));
  const step = await writeSteps(db, {
    orders: toWrite.map((w) => ({ orderId: w.order.id, totalFen: w.priced.totalFen })),
    from: 'reserved',
    to: 'priced',
    actor,
    writes: [
      sql`line_prices as (
        update order_lines set unit_price_fen = v.unit, line_total_fen = v.total
        from unnest(${lines.map((l) => l.orderId)}::text[], ${lines.map((l) => l.lineNo)}::int[],
                    ${lines.map((l) => l.unitPriceFen)}::int[], ${lines.map((l) => l.lineTotalFen)}::bigint[])
             as v(order_id, line_no, unit, total)
        where order_lines.order_id = v.order_id and order_lines.line_no = v.line_no
          and v.order_id in (select id from step_moved)
        returning 1)`,
    ],
    jobs: toWrite.flatMap((w) =>
      requests[w.i]?.direct ? [] : next(w.order.id).map((job) => ({ orderId: w.order.id, job })),
    ),
    ownTransaction: { skus: [] },
  });
  return step.moved;
}
