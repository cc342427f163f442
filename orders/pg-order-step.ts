import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database, OrderStatus } from '../db/schema.js';
import type { PipelineJob } from './jobs.js';
import type { NoticeOrder } from './notify-text.js';
import { assertTransition, OrderNotFoundError } from './order-status.js';
import { OUTBOX_CHANNEL } from './pg-outbox.js';

/** An order as a pipeline step reads it: locked, with its customer and its lines (product names included). */
export interface LockedOrder {
  id: string;
  no: number;
  status: OrderStatus;
  customerId: string | null;
  customerName: string | null;
  customerTier: string | null;
  creditLimitFen: number;
  repId: string | null;
  placedByStaffId: string | null;
  totalFen: number;
  needsRep: boolean;
  /** With `withOpen`: the customer's open receivables (unpaid), `customers.open_fen` as read. */
  openFen?: number;
  lines: {
    lineNo: number;
    sku: string;
    name: string;
    qty: number;
    unit: string;
    reservedQty: number;
    shortageQty: number;
    /** With `withPrices`: list price, quantity breaks and the customer's tier price of the product. */
    priceFen?: number;
    priceBreaks?: { minQty: number; priceFen: number; tier?: string }[];
    tierPriceFen?: number | null;
    /** With lock `order+stock`: `on_hand - reserved` of the line's SKU, read under its row lock. */
    available?: number;
  }[];
}

/**
 * What to lock with the order row: `order+stock` also the stock rows of its SKUs (in SKU order, like every stock
 * writer; null when a SKU has no stock row), `order+customer` also its customer (null when it has none).
 */
export type ReadLock = 'none' | 'order' | 'order+stock' | 'order+customer';

/**
 * Reads an order with its customer and lines in one query and locks the order row until the transaction ends,
 * so two deliveries of one job serialize here and the second sees the first's outcome.
 */
export async function lockOrder(tx: Kysely<Database>, orderId: string): Promise<LockedOrder> {
  const o = await readOrder(tx, orderId, { lock: 'order' });
  if (!o) throw new OrderNotFoundError(orderId);
  return o;
}

/**
 * Reads an order with its customer and lines in one query, locking what `lock` says; see readOrders for the
 * options. Returns null when there is no such order, or when the stock read finds a SKU without stock row or
 * `order+customer` an order without customer (the caller then reads in separate steps).
 */
export async function readOrder(
  tx: Kysely<Database>,
  orderId: string,
  opts: { lock: ReadLock; withPrices?: boolean; withStock?: boolean; withOpen?: boolean },
): Promise<LockedOrder | null> {
  return (await readOrders(tx, [orderId], opts)).get(orderId) ?? null;
}

type OrderRow = {
  id: string;
  no: number;
  status: OrderStatus;
  customer_id: string | null;
  customer_name: string | null;
  tier: string | null;
  credit_limit_fen: number | null;
  open_fen: number | null;
  rep_id: string | null;
  placed_by_staff_id: string | null;
  total_fen: number;
  needs_rep: boolean;
  line_no: number;
  sku: string;
  name: string;
  qty: number;
  unit: string;
  reserved_qty: number;
  shortage_qty: number;
  price_fen?: number;
  price_breaks?: { minQty: number; priceFen: number; tier?: string }[];
  tier_price_fen?: number | null;
  available?: number;
  line_count?: number;
};

/**
 * Reads orders with their customers and lines in one query (the statement text does not depend on how many),
 * locking what `lock` says; `withPrices` adds the price rules of their products, `withStock` each line's free
 * stock (unlocked unless `order+stock`), `withOpen` the customer's open receivables (`customers.open_fen`). Orders
 * that do not exist are missing from the map, and so are those the stock read finds a SKU without stock row for or
 * `order+customer` without customer (the caller then reads them in separate steps).
 */
export async function readOrders(
  tx: Kysely<Database>,
  orderIds: readonly string[],
  opts: { lock: ReadLock; withPrices?: boolean; withStock?: boolean; withOpen?: boolean },
): Promise<Map<string, LockedOrder>> {
  if (orderIds.length === 0) return new Map();
  // `withStock` without the stock lock reads availability as of the statement: a guess to be checked on write.
  const stock = opts.lock === 'order+stock' || opts.withStock === true;
  // Rows are locked in output order: stock rows by SKU, the order row with the first of them.
  const locks: Record<ReadLock, RawBuilder<unknown>> = {
    none: sql``,
    order: sql`for update of o`,
    'order+stock': sql`for update of o, s`,
    'order+customer': sql`for update of o, c`,
  };
  const rows = await sql<OrderRow>`
    select o.id, o.no, o.status, o.customer_id, c.name as customer_name, c.tier, c.credit_limit_fen, c.open_fen,
           c.rep_id, o.placed_by_staff_id, o.total_fen, o.needs_rep,
           l.line_no, l.sku, p.name, l.qty, l.unit, l.reserved_qty, l.shortage_qty
           ${opts.withPrices ? sql`, p.price_fen, p.price_breaks, t.price_fen as tier_price_fen` : sql``}
           ${
             stock
               ? sql`, s.on_hand - s.reserved as available,
                     (select count(*) from order_lines x where x.order_id = o.id)::int as line_count`
               : sql``
           }
    from orders o
    join order_lines l on l.order_id = o.id
    join products p on p.sku = l.sku
    ${stock ? sql`join stock s on s.sku = l.sku` : sql``}
    ${opts.lock === 'order+customer' ? sql`join` : sql`left join`} customers c on c.id = o.customer_id
    ${opts.withPrices ? sql`left join tier_prices t on t.sku = l.sku and t.tier = c.tier` : sql``}
    where o.id = any(${orderIds}::text[])
    ${stock ? sql`order by s.sku, o.id, l.line_no` : sql`order by o.id, l.line_no`}
    ${locks[opts.lock]}`.execute(tx);
  const byOrder = new Map<string, OrderRow[]>();
  for (const r of rows.rows) {
    const list = byOrder.get(r.id);
    if (list) list.push(r);
    else byOrder.set(r.id, [r]);
  }
  const out = new Map<string, LockedOrder>();
  for (const [id, list] of byOrder) {
    const first = list[0]!;
    if (stock && first.line_count !== list.length) continue;
    if (stock) list.sort((a, b) => a.line_no - b.line_no);
    out.set(id, toLockedOrder(first, list, opts));
  }
  return out;
}

function toLockedOrder(
  first: OrderRow,
  rows: OrderRow[],
  opts: { withPrices?: boolean; withStock?: boolean; withOpen?: boolean; lock: ReadLock },
): LockedOrder {
  const stock = opts.lock === 'order+stock' || opts.withStock === true;
  return {
    id: first.id,
    no: Number(first.no),
    status: first.status,
    customerId: first.customer_id,
    customerName: first.customer_name,
    customerTier: first.tier,
    creditLimitFen: Number(first.credit_limit_fen ?? 0),
    repId: first.rep_id,
    placedByStaffId: first.placed_by_staff_id,
    totalFen: Number(first.total_fen),
    needsRep: first.needs_rep,
    ...(opts.withOpen && { openFen: Number(first.open_fen ?? 0) }),
    lines: rows.map((r) => ({
      lineNo: r.line_no,
      sku: r.sku,
      name: r.name,
      qty: r.qty,
      unit: r.unit,
      reservedQty: r.reserved_qty,
      shortageQty: r.shortage_qty,
      ...(opts.withPrices && {
        priceFen: r.price_fen ?? 0,
        priceBreaks: r.price_breaks ?? [],
        tierPriceFen: r.tier_price_fen ?? null,
      }),
      ...(stock && { available: Number(r.available) }),
    })),
  };
}

/**
 * A step run by a worker hands its hot-path follow-up jobs (the next step, the routine notifications) to the
 * caller instead of writing them to the outbox; the caller adds them to BullMQ after the commit, with their
 * deterministic ids. Pass an object with `jobs: []`; the step fills `jobs` (only on success).
 *
 * Crash window: a worker that dies after the commit and before adding the jobs leaves the job to be retried
 * (stalled or failed). The retry finds the order already moved on and, when (1) it is a redelivery, (2) the order
 * is still where this step left it (so the next step has not run: its job, if added, still exists) and (3) the job
 * was created before the step's transition (so this job made it), fills `jobs` again from the committed state;
 * BullMQ drops adds whose id exists, so nothing doubles. A first delivery, or a job created after the transition
 * (a late duplicate), gets no follow-ups. Rare outcomes (cancelled for shortage, waiting for review) still go
 * through the outbox, whose rows commit with the step.
 */
export interface DirectFollowUps {
  /** The job was started before: an earlier attempt may have committed the step. */
  redelivery: boolean;
  /** When the job running the step was created (ms since the epoch, the producer's clock). */
  jobCreatedAt: number;
  jobs: PipelineJob[];
}

/** One order for a step that runs for several: the order, and where its hot-path follow-ups go (DirectFollowUps). */
export interface StepRequest {
  orderId: string;
  direct?: DirectFollowUps;
}

/** Clock skew tolerated between the job producer and PostgreSQL when comparing a job's age with a transition. */
const CLOCK_SLACK_MS = 30_000;

/**
 * True when `direct` is a redelivery and the order made the transition `from → to` after the job was created
 * (less the clock slack): the redelivery must re-add the step's follow-ups. The caller checks the current status.
 */
export async function transitionAfter(
  tx: Kysely<Database>,
  orderId: string,
  from: OrderStatus,
  to: OrderStatus,
  direct: DirectFollowUps,
): Promise<boolean> {
  if (!direct.redelivery) return false;
  const jobCreatedAt = direct.jobCreatedAt;
  const r = await sql<{ n: number }>`
    select count(*)::int as n from order_status_history
    where order_id = ${orderId} and from_status = ${from} and to_status = ${to}
      and at >= to_timestamp(${(jobCreatedAt - CLOCK_SLACK_MS) / 1000}::float8)`.execute(tx);
  return (r.rows[0]?.n ?? 0) > 0;
}

/** The notice data of a locked order; `override` replaces what the step has just changed. */
export function noticeOf(o: LockedOrder, override: Partial<NoticeOrder> = {}): NoticeOrder {
  return {
    orderId: o.id,
    orderNo: o.no,
    customerId: o.customerId,
    repId: o.repId,
    placedByStaffId: o.placedByStaffId,
    customerName: o.customerName,
    totalFen: o.totalFen,
    lines: o.lines.map((l) => ({
      name: l.name,
      unit: l.unit,
      qty: l.qty,
      reserved: l.reservedQty,
      shortage: l.shortageQty,
    })),
    ...override,
  };
}

export interface StepWrite {
  orderId: string;
  from: OrderStatus;
  to: OrderStatus;
  actor: string;
  reason?: string | null;
  /** Other `orders` columns to set with the status. */
  set?: { has_shortage?: boolean; review_reason?: string | null; total_fen?: number };
  /** CTEs placed before the status change, e.g. row locks and checks the `guard` reads. */
  before?: RawBuilder<unknown>[];
  /** Extra condition of the status change: when false nothing moves (and writes guarded by `step_moved` do not run). */
  guard?: RawBuilder<unknown>;
  /** Data-modifying CTEs run in the same statement, e.g. sql`moves as (update stock …)`. */
  writes?: RawBuilder<unknown>[];
  /** Outbox jobs, written only when the transition happens. */
  jobs?: readonly PipelineJob[];
  /** Names of `writes` CTEs (with `returning 1`) whose row counts the caller wants back. */
  count?: string[];
}

/**
 * Writes a step's whole outcome in ONE statement: the guarded status change (`where status = from`), its history
 * row, the step's own writes, its outbox jobs and the relay's wake-up. One round trip keeps row locks short.
 * Returns false when the order was not in `from`; throws InvalidTransitionError when the step is not allowed.
 */
export async function writeStep(
  tx: Kysely<Database>,
  w: StepWrite,
): Promise<{ moved: boolean; counts: Record<string, number> }> {
  const { set, jobs, orderId, ...rest } = w;
  const r = await writeSteps(tx, {
    ...rest,
    orders: [
      {
        orderId,
        ...(set?.total_fen !== undefined && { totalFen: set.total_fen }),
        ...(set?.has_shortage !== undefined && { hasShortage: set.has_shortage }),
        ...(set?.review_reason !== undefined && { reviewReason: set.review_reason }),
      },
    ],
    jobs: (jobs ?? []).map((job) => ({ orderId, job })),
  });
  return { moved: r.moved.has(orderId), counts: r.counts };
}

/**
 * The orders among `ids` that are in `status`, as a FROM item `alias(id)` joined to `orders` by id, so the plan looks
 * each one up by primary key. (With `id = any(…) and status = '…'` the planner may prefer `orders_status_idx`
 * and read every order in that status.) Add `order by … for update of o` to lock them.
 */
export function byIdInStatus(ids: readonly string[], status: OrderStatus): RawBuilder<unknown> {
  return sql`unnest(${ids}::text[], ${ids.map(() => status)}::text[]) as want(id, status)
    join orders o on o.id = want.id and o.status = want.status`;
}

/** One order of a step written for several orders, with the `orders` columns the step sets besides the status. */
export interface StepOrder {
  orderId: string;
  totalFen?: number;
  hasShortage?: boolean;
  reviewReason?: string | null;
}

export interface StepsWrite extends Omit<StepWrite, 'orderId' | 'set' | 'jobs'> {
  /** The orders to move; every one must set the same columns. */
  orders: readonly StepOrder[];
  /** Outbox jobs, each written only when its order moves. */
  jobs?: readonly { orderId: string; job: PipelineJob }[];
}

/**
 * writeStep for several orders in ONE statement whose text does not depend on how many (the orders and their
 * jobs travel as arrays, so a prepared statement serves every batch size). Each order moves when it is in `from`
 * and `guard` holds for it (`guard` may refer to the order row as `orders`). `step_moved(id)` lists the orders
 * that moved, for the `writes`; `step_input(id, …)` lists all of them. Returns the ids that moved.
 *
 * The status each order must be in travels as a column of `step_input`, not as a constant: compared with a
 * constant, the planner may read every order of that status through `orders_status_idx` (thousands while a
 * backlog waits) instead of looking each order up by its id; see `byIdInStatus`.
 */
export async function writeSteps(
  tx: Kysely<Database>,
  w: StepsWrite,
): Promise<{ moved: Set<string>; counts: Record<string, number> }> {
  for (const o of w.orders) assertTransition(o.orderId, w.from, w.to);
  if (w.orders.length === 0) return { moved: new Set(), counts: {} };
  const first = w.orders[0]!;
  const cols = {
    total: first.totalFen !== undefined,
    shortage: first.hasShortage !== undefined,
    review: first.reviewReason !== undefined,
  };
  const set: RawBuilder<unknown>[] = [];
  if (cols.total) set.push(sql`, total_fen = v.total_fen`);
  if (cols.shortage) set.push(sql`, has_shortage = v.has_shortage`);
  if (cols.review) set.push(sql`, review_reason = v.review_reason`);
  const jobs = w.jobs ?? [];
  const jobRows = jobs.length
    ? sql`, step_jobs as (
        insert into outbox (queue, job_name, job_id, payload)
        select j.queue, j.job_name, j.job_id, j.payload
        from unnest(${jobs.map((j) => j.orderId)}::text[], ${jobs.map((j) => j.job.queue)}::text[],
                    ${jobs.map((j) => j.job.name)}::text[], ${jobs.map((j) => j.job.jobId)}::text[],
                    ${jobs.map((j) => JSON.stringify(j.job.payload))}::jsonb[])
             as j(order_id, queue, job_name, job_id, payload)
        where j.order_id in (select id from step_moved)
        returning 1)`
    : sql``;
  const writes = w.writes?.length ? sql`, ${sql.join(w.writes)}` : sql``;
  const counts = (w.count ?? []).map(
    (name) => sql`, (select count(*) from ${sql.id(name)})::int as ${sql.id(name)}`,
  );
  const before = w.before?.length ? sql`${sql.join(w.before)},` : sql``;
  const r = await sql<Record<string, unknown> & { moved: string[] }>`
    with step_input as (
      select * from unnest(
        ${w.orders.map((o) => o.orderId)}::text[],
        ${w.orders.map((o) => o.totalFen ?? 0)}::bigint[],
        ${w.orders.map((o) => o.hasShortage ?? false)}::boolean[],
        ${w.orders.map((o) => o.reviewReason ?? null)}::text[],
        ${w.orders.map(() => w.from)}::text[]
      ) as v(id, total_fen, has_shortage, review_reason, from_status)
    ), ${before} step_moved as (
      update orders set status = ${w.to}, updated_at = now() ${sql.join(set, sql` `)}
      from step_input v
      where orders.id = v.id and orders.status = v.from_status ${w.guard ? sql`and ${w.guard}` : sql``}
      returning orders.id
    ), step_history as (
      insert into order_status_history (order_id, from_status, to_status, actor, reason)
      select id, ${w.from}, ${w.to}, ${w.actor}, ${w.reason ?? null} from step_moved
      returning 1
    ) ${jobRows} ${writes}
    select array(select id from step_moved) as moved ${sql.join(counts, sql` `)}
      ${jobs.length ? sql`, (select pg_notify(${OUTBOX_CHANNEL}, '') where exists (select 1 from step_jobs)) as woke` : sql``}`.execute(
    tx,
  );
  const row = r.rows[0];
  return {
    moved: new Set(row?.moved ?? []),
    counts: Object.fromEntries((w.count ?? []).map((name) => [name, Number(row?.[name] ?? 0)])),
  };
}
