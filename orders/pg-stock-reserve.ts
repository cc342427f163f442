import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { jobIds, type PipelineJob } from './jobs.js';
import { notificationJobs, type NoticeOrder } from './notify-text.js';
import { lockOrder, readOrder, readOrders, type LockedOrder } from './pg-order-read.js';
import {
  byIdInStatus,
  firstDeliveries,
  oneOrder,
  onlyResult,
  settled,
  noticeOf,
  transitionAfter,
  writeStep,
  writeSteps,
  type DirectFollowUps,
  type StepRequest,
} from './pg-order-step.js';
import { priceOf } from './pg-pricing.js';
import { lockStock } from './pg-stock.js';
import type { PricedOrder } from './pricing.js';
import { allocate, type LineAllocation, type ShortagePolicy } from './stock-allocation.js';

export type ReserveResult =
  | { kind: 'skipped'; status: string }
  | { kind: 'full' | 'partial'; reservedUnits: number; shortageUnits: number }
  | { kind: 'none'; shortageUnits: number };

/**
 * Reserves every line of a confirmed order and moves it on: to `reserved` (shortages recorded per line, pricing
 * queued), to `priced` through `reserved` when every line was reserved in full at once (see reserveOrdersStock),
 * or, when nothing could be reserved, to `cancelled`. The customer and rep are told either way. A ledger
 * row records each movement. An order no longer `confirmed` is skipped, so a job delivered twice reserves once.
 * With `direct`, the pricing job and the `reserved` notification are handed back there instead of the outbox (see
 * DirectFollowUps); an order cancelled for want of stock is still told through the outbox. See reserveOrdersStock.
 */
export async function reserveOrderStock(
  db: Kysely<Database>,
  orderId: string,
  policy: ShortagePolicy,
  actor = 'worker:stock',
  direct?: DirectFollowUps,
): Promise<ReserveResult> {
  return onlyResult(reserveOrdersStock(db, oneOrder(orderId, direct), policy, actor));
}

/**
 * Reserves the stock of several orders, results in request order. Stock changes are conditional updates
 * (`reserved + n` only where `on_hand - reserved >= n`). The common case is optimistic and takes two statements
 * and no explicit transaction for all the orders together: they, the free stock of their SKUs and their price
 * rules are read without locks, and when every line of every order fits (the orders one after the other), ONE
 * statement locks the orders (id order), then the stock rows (SKU order, as every stock writer does, so no
 * deadlocks), checks every SKU's condition on the locked rows and only when all hold (and every order is still
 * `confirmed`) writes the reservations, ledger, lines, transitions and history. Hot SKUs stay locked only for that
 * statement. An order reserved in full this way is priced in the same statement (its quantities are final, and a
 * `reserved` order's lines no longer change): it moves `confirmed → reserved → priced`, both transitions in its
 * history, and its follow-ups are the credit check and the `reserved` notification, so the pricing step's job,
 * read, write and commit are saved. If that fails for a group, each order tries alone; an order with a shortage,
 * a SKU without stock row, a product without a price, a redelivery or an order in another status takes a
 * transaction with its stock rows locked before reading, stops at `reserved` and queues pricing as before.
 */
export async function reserveOrdersStock(
  db: Kysely<Database>,
  requests: readonly StepRequest[],
  policy: ShortagePolicy,
  actor = 'worker:stock',
): Promise<PromiseSettledResult<ReserveResult>[]> {
  const results: (PromiseSettledResult<ReserveResult> | undefined)[] = requests.map(() => undefined);
  const firstOf = firstDeliveries(requests);
  const orders = await readOrders(db, [...firstOf.keys()], {
    lock: 'none',
    withStock: true,
    withPrices: true,
    withOpen: true,
  });
  // What the orders before it leave of each SKU, as read.
  const left = new Map<string, number>();
  for (const o of orders.values()) for (const l of o.lines) left.set(l.sku, l.available ?? 0);
  const fits: Fit[] = [];
  for (const [orderId, i] of firstOf) {
    const order = orders.get(orderId);
    if (!order || order.status !== 'confirmed') continue;
    const allocation = allocate(order.lines, left, policy);
    if (allocation.kind !== 'full') continue;
    const priced = pricedOrNot(order, allocation.lines);
    if (!priced) continue;
    for (const l of allocation.lines) left.set(l.sku, (left.get(l.sku) ?? 0) - l.reserved);
    fits.push({ i, order, lines: allocation.lines, priced, direct: requests[i]?.direct });
  }
  const locked = (orderId: string, direct: DirectFollowUps | undefined) =>
    db.transaction().execute((tx) => reserveLocked(tx, orderId, policy, actor, direct));
  const together = fits.length > 0 && (await reserveTogether(db, fits, actor));
  if (together) {
    for (const f of fits) results[f.i] = { status: 'fulfilled', value: full(f) };
  } else if (fits.length > 1) {
    // A group that failed: each order tries alone (someone else took stock, or one order moved on).
    await Promise.all(
      fits.map(async (f) => {
        results[f.i] = await settled(
          reserveTogether(db, [f], actor).then((ok) => (ok ? full(f) : locked(f.order.id, f.direct))),
        );
      }),
    );
  }
  await Promise.all(
    requests.map(async (r, i) => {
      if (!results[i]) results[i] = await settled(locked(r.orderId, r.direct));
    }),
  );
  return results as PromiseSettledResult<ReserveResult>[];
}

/** An order whose every line fitted the stock as read, with its allocation and its prices. */
interface Fit {
  i: number;
  order: LockedOrder;
  lines: LineAllocation[];
  priced: PricedOrder;
  direct: DirectFollowUps | undefined;
}

/** The prices of an order for its allocation, or null when it cannot be priced (it then fails at pricing, alone). */
function pricedOrNot(order: LockedOrder, lines: readonly LineAllocation[]): PricedOrder | null {
  try {
    return priceOf(
      order,
      lines.map((l) => l.reserved),
    );
  } catch {
    return null;
  }
}

const full = (f: Fit): ReserveResult => ({
  kind: 'full',
  reservedUnits: f.lines.reduce((a, l) => a + l.reserved, 0),
  shortageUnits: 0,
});

/** The notice data of an order with its lines as allocated. */
function allocatedNotice(order: LockedOrder, lines: readonly LineAllocation[]): NoticeOrder {
  return noticeOf(order, {
    lines: lines.map((l, k) => ({
      name: order.lines[k]?.name ?? l.sku,
      unit: order.lines[k]?.unit ?? '',
      qty: l.qty,
      reserved: l.reserved,
      shortage: l.shortage,
    })),
  });
}

/**
 * The optimistic reservation and pricing of orders that all fit as read, in ONE guarded statement (see
 * reserveOrdersStock). Returns false, having written nothing, when any order is no longer `confirmed` or any SKU
 * no longer has enough.
 */
async function reserveTogether(db: Kysely<Database>, fits: readonly Fit[], actor: string): Promise<boolean> {
  const perSku = new Map<string, number>();
  for (const f of fits) for (const l of f.lines) perSku.set(l.sku, (perSku.get(l.sku) ?? 0) + l.reserved);
  const moves = [...perSku].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const lines = fits.flatMap((f) =>
    f.lines.map((l, k) => ({ orderId: f.order.id, ...l, price: f.priced.lines[k]! })),
  );
  const followUps = fits.map((f) => reservedAndPricedJobs(allocatedNotice(f.order, f.lines)));
  const need = sql`unnest(${moves.map(([sku]) => sku)}::text[], ${moves.map(([, n]) => n)}::int[]) as v(sku, qty)`;
  const step = await writeSteps(db, {
    orders: fits.map((f) => ({ orderId: f.order.id, hasShortage: false, totalFen: f.priced.totalFen })),
    from: 'confirmed',
    via: 'reserved',
    to: 'priced',
    actor,
    before: [
      // Order rows first, then stock rows in SKU order: the lock order of every other writer.
      sql`order_lock as (
        select o.id from ${byIdInStatus(
          fits.map((f) => f.order.id),
          'confirmed',
        )}
        order by o.id for update of o)`,
      sql`stock_locks as (
        select sku, on_hand - reserved as free from stock
        where sku = any(${moves.map(([sku]) => sku)}::text[])
          and (select count(*) from order_lock) = ${fits.length}::int
        order by sku for update)`,
      // One row when every order is locked and still `confirmed` and every SKU still has enough.
      sql`stock_ok as (
        select 1 from stock_locks k join ${need} on v.sku = k.sku
        having count(*) = ${moves.length}::int and bool_and(k.free >= v.qty))`,
    ],
    guard: sql`exists (select 1 from stock_ok)`,
    writes: [
      sql`line_updates as (
        update order_lines set reserved_qty = v.qty, shortage_qty = 0, unit_price_fen = v.unit,
                               line_total_fen = v.total
        from unnest(${lines.map((l) => l.orderId)}::text[], ${lines.map((l) => l.lineNo)}::int[],
                    ${lines.map((l) => l.reserved)}::int[], ${lines.map((l) => l.price.unitPriceFen)}::int[],
                    ${lines.map((l) => l.price.lineTotalFen)}::bigint[])
             as v(order_id, line_no, qty, unit, total)
        where order_lines.order_id = v.order_id and order_lines.line_no = v.line_no
          and v.order_id in (select id from step_moved)
        returning 1)`,
      sql`ledger as (
        insert into stock_ledger (sku, order_id, line_no, reason, reserved_delta, actor)
        select v.sku, v.order_id, v.line_no, 'reserve', v.qty, ${actor}
        from unnest(${lines.map((l) => l.sku)}::text[], ${lines.map((l) => l.orderId)}::text[],
                    ${lines.map((l) => l.lineNo)}::int[], ${lines.map((l) => l.reserved)}::int[])
             as v(sku, order_id, line_no, qty)
        where v.order_id in (select id from step_moved)
        returning sku, reserved_delta)`,
      // Exactly what the ledger recorded, so stock and ledger cannot disagree.
      sql`stock_moves as (
        update stock set reserved = stock.reserved + m.qty, updated_at = now()
        from (select sku, sum(reserved_delta)::int as qty from ledger group by sku) m
        where stock.sku = m.sku
        returning 1)`,
    ],
    jobs: fits.flatMap((f, k) =>
      f.direct ? [] : (followUps[k] ?? []).map((job) => ({ orderId: f.order.id, job })),
    ),
    ownTransaction: { skus: moves.map(([sku]) => sku) },
  });
  if (step.moved.size === 0) return false;
  if (step.moved.size !== fits.length) {
    // Cannot happen (stock_ok needs every order locked in `confirmed`). Were it to, what moved has committed; the
    // failed jobs' retries re-collect its follow-ups.
    throw new Error(`reserved ${step.moved.size} of ${fits.length} orders locked together`);
  }
  fits.forEach((f, k) => {
    if (!f.direct) return;
    f.direct.jobs = followUps[k] ?? [];
    f.direct.order = pricedAsWritten(f);
  });
  return true;
}

/** An order of a group reserved and priced together, as the statement left it. */
function pricedAsWritten(f: Fit): LockedOrder {
  return {
    ...f.order,
    status: 'priced',
    totalFen: f.priced.totalFen,
    lines: f.order.lines.map((l, k) => ({
      ...l,
      reservedQty: f.lines[k]?.reserved ?? l.reservedQty,
      shortageQty: 0,
    })),
  };
}

/** What a reserved order triggers: pricing and the `reserved` notification (with any shortage). */
function reservedJobs(notice: NoticeOrder): PipelineJob[] {
  return [
    {
      queue: 'pricing',
      name: 'price',
      jobId: jobIds.price(notice.orderId),
      payload: { orderId: notice.orderId },
    },
    ...notificationJobs(notice, { event: 'reserved' }),
  ];
}

/** What an order reserved and priced in one step triggers: the credit check and the `reserved` notification. */
function reservedAndPricedJobs(notice: NoticeOrder): PipelineJob[] {
  return [
    {
      queue: 'finance',
      name: 'credit-check',
      jobId: jobIds.creditCheck(notice.orderId),
      payload: { orderId: notice.orderId },
    },
    ...notificationJobs(notice, { event: 'reserved' }),
  ];
}

/**
 * A redelivery that finds the order where (a delivery of) this job left it re-collects its follow-ups: `reserved`,
 * or priced by this step itself (not by the pricing step, whose own job then carries the credit check). Priced by
 * this step also when the order has gone on to `approved` or `in_review`: the worker runs the credit check in the
 * reservation's own job (worker/processors.ts), so a job that died after that check committed and before its
 * follow-ups were added finds the order there; the credit check handed back re-collects its own notification.
 */
async function recollect(
  tx: Kysely<Database>,
  order: LockedOrder,
  actor: string,
  direct: DirectFollowUps | undefined,
) {
  if (!direct) return;
  if (order.status === 'reserved') {
    if (await transitionAfter(tx, order.id, 'confirmed', 'reserved', direct))
      direct.jobs = reservedJobs(noticeOf(order));
  } else if (order.status === 'priced' || order.status === 'approved' || order.status === 'in_review') {
    if (await transitionAfter(tx, order.id, 'reserved', 'priced', direct, actor))
      direct.jobs = reservedAndPricedJobs(noticeOf(order));
  }
}

/** The reservation under locks: order and stock rows are locked before reading, so shortages are current. */
async function reserveLocked(
  tx: Kysely<Database>,
  orderId: string,
  policy: ShortagePolicy,
  actor: string,
  direct: DirectFollowUps | undefined,
): Promise<ReserveResult> {
  const read = await readOrder(tx, orderId, { lock: 'order+stock', withStock: true });
  // A SKU without stock row: lock the order and the stock rows there are, separately.
  const order = read ?? (await lockOrder(tx, orderId));
  if (order.status !== 'confirmed') {
    await recollect(tx, order, actor, direct);
    return { kind: 'skipped', status: order.status };
  }
  const allocation = allocate(
    order.lines,
    read
      ? new Map(order.lines.map((l) => [l.sku, l.available ?? 0]))
      : await lockStock(
          tx,
          order.lines.map((l) => l.sku),
        ),
    policy,
  );
  const perSku = new Map<string, number>();
  for (const l of allocation.lines) perSku.set(l.sku, (perSku.get(l.sku) ?? 0) + l.reserved);
  const moves = [...perSku].filter(([, n]) => n > 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const reservedLines = allocation.lines.filter((l) => l.reserved > 0);
  const writes = [
    sql`line_updates as (
      update order_lines set reserved_qty = v.reserved, shortage_qty = v.shortage
      from (values ${sql.join(
        allocation.lines.map((l) => sql`(${l.lineNo}::int, ${l.reserved}::int, ${l.shortage}::int)`),
      )}) as v(line_no, reserved, shortage)
      where order_lines.order_id = ${orderId} and order_lines.line_no = v.line_no
      returning 1)`,
  ];
  if (moves.length > 0) {
    const skus = sql.join(moves.map(([sku]) => sql`${sku}`));
    writes.push(
      // Lock first, in SKU order; the update then re-checks each row's newest version against its condition.
      sql`stock_locks as (
        select sku from stock where sku in (${skus}) order by sku for update
      )`,
      sql`stock_moves as (
        update stock set reserved = stock.reserved + v.qty, updated_at = now()
        from (values ${sql.join(moves.map(([sku, n]) => sql`(${sku}, ${n}::int)`))}) as v(sku, qty), stock_locks k
        where stock.sku = v.sku and k.sku = v.sku and stock.on_hand - stock.reserved >= v.qty
        returning 1)`,
      sql`ledger as (
        insert into stock_ledger (sku, order_id, line_no, reason, reserved_delta, actor)
        values ${sql.join(
          reservedLines.map(
            (l) => sql`(${l.sku}, ${orderId}, ${l.lineNo}::int, 'reserve', ${l.reserved}::int, ${actor})`,
          ),
        )}
        returning 1)`,
    );
  }
  const shortageUnits = allocation.lines.reduce((s, l) => s + l.shortage, 0);
  const reservedUnits = allocation.lines.reduce((s, l) => s + l.reserved, 0);
  const notice = allocatedNotice(order, allocation.lines);
  const none = allocation.kind === 'none';
  const followUps = none ? notificationJobs(notice, { event: 'shortage' }) : reservedJobs(notice);
  const step = await writeStep(tx, {
    orderId,
    from: 'confirmed',
    to: none ? 'cancelled' : 'reserved',
    actor,
    reason: none ? 'out of stock' : null,
    set: { has_shortage: shortageUnits > 0 },
    writes,
    count: moves.length > 0 ? ['stock_moves'] : [],
    jobs: direct && !none ? [] : followUps,
  });
  if (!step.moved) throw new Error(`order ${orderId} moved while locked`);
  if (moves.length > 0 && step.counts.stock_moves !== moves.length) {
    // Rolls the whole statement back; under locks this cannot happen.
    throw new Error(`reservation of order ${orderId} lost its locks`);
  }
  if (direct && !none) direct.jobs = followUps;
  return none ? { kind: 'none', shortageUnits } : { kind: allocation.kind, reservedUnits, shortageUnits };
}
