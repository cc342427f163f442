import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database, OrderStatus } from '../db/schema.js';
import type { PipelineJob } from './jobs.js';
import type { NoticeOrder } from './notify-text.js';
import { assertTransition } from './order-status.js';
import {
  deferNotices,
  noticesDeferred,
  onOneConnection,
  orderNotice,
  sendChangeNotices,
} from './pg-change-notices.js';
import type { LockedOrder } from './pg-order-read.js';
import { OUTBOX_CHANNEL } from './pg-outbox.js';

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
  /**
   * The order as the step left it, when the step read it whole without locks and wrote it in one statement (the
   * batched reservation): the next step of the same job may take it instead of reading the order again.
   */
  order?: LockedOrder;
}

/** One order for a step that runs for several: the order, and where its hot-path follow-ups go (DirectFollowUps). */
export interface StepRequest {
  orderId: string;
  direct?: DirectFollowUps;
  /**
   * The order as the step before, in the same job, left it (its DirectFollowUps' `order`): read without locks, as
   * the batched steps read orders anyway, so a step that checks what it read when it writes may use it.
   */
  read?: LockedOrder;
}

/** A step request for one order (`direct` only when given). */
export function oneOrder(orderId: string, direct: DirectFollowUps | undefined): StepRequest[] {
  return [{ orderId, ...(direct && { direct }) }];
}

/** The single result of a step run for one order: its value, or its error thrown. */
export async function onlyResult<R>(results: Promise<PromiseSettledResult<R>[]>): Promise<R> {
  const [r] = await results;
  if (!r) throw new Error('the step returned no result');
  if (r.status === 'rejected') throw r.reason;
  return r.value;
}

/** How `p` settled, as Promise.allSettled reports it: one order's failure is its result, not the batch's. */
export function settled<R>(p: Promise<R>): Promise<PromiseSettledResult<R>> {
  return p.then(
    (value) => ({ status: 'fulfilled', value }),
    (reason: unknown) => ({ status: 'rejected', reason }),
  );
}

/**
 * The first deliveries among `requests`, each order once: order id → index of its request. A redelivery, or the
 * second request for one order, is left to the step's single-order path.
 */
export function firstDeliveries(requests: readonly StepRequest[]): Map<string, number> {
  const first = new Map<string, number>();
  requests.forEach((r, i) => {
    if (!r.direct?.redelivery && !first.has(r.orderId)) first.set(r.orderId, i);
  });
  return first;
}

/** Clock skew tolerated between the job producer and PostgreSQL when comparing a job's age with a transition. */
const CLOCK_SLACK_MS = 30_000;

/**
 * True when `direct` is a redelivery and the order made the transition `from → to` after the job was created
 * (less the clock slack): the redelivery must re-add the step's follow-ups. The caller checks the current status.
 * `actor`: only a transition made by this actor counts (a step that can end where another step ends too).
 */
export async function transitionAfter(
  tx: Kysely<Database>,
  orderId: string,
  from: OrderStatus,
  to: OrderStatus,
  direct: DirectFollowUps,
  actor?: string,
): Promise<boolean> {
  if (!direct.redelivery) return false;
  const jobCreatedAt = direct.jobCreatedAt;
  const r = await sql<{ n: number }>`
    select count(*)::int as n from order_status_history
    where order_id = ${orderId} and from_status = ${from} and to_status = ${to}
      ${actor === undefined ? sql`` : sql`and actor = ${actor}`}
      and at >= to_timestamp(${(jobCreatedAt - CLOCK_SLACK_MS) / 1000}::float8)`.execute(tx);
  return (r.rows[0]?.n ?? 0) > 0;
}

/** The notice data of a locked order; `override` replaces what the step has just changed. */
export function noticeOf(o: LockedOrder, override: Partial<NoticeOrder> = {}): NoticeOrder {
  return {
    orderId: o.id,
    orderNumber: o.number,
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
  /**
   * Two steps in one: the orders pass through this status on their way from `from` to `to` (each transition
   * allowed by the state machine, each with its history row, `via`'s first), and `step_moved` lists the orders
   * that made both.
   */
  via?: OrderStatus;
  /** The review chain version every moved order is decided under. */
  chainVersion?: number;
  /** Outbox jobs, each written only when its order moves. */
  jobs?: readonly { orderId: string; job: PipelineJob }[];
  /**
   * The statement is its own transaction (`tx` is the pool, not a transaction): its change notices (the orders
   * moved, the stock rows of `skus`, the outbox) are sent right after it commits instead of in its commit, so
   * that it does not hold PostgreSQL's notification lock through its WAL flush (pg-change-notices.ts). `skus`:
   * the stock rows it changes when the orders move.
   */
  ownTransaction?: { skus: readonly string[] };
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
  // The statement and the notices after its commit on one connection (one pool checkout).
  return w.ownTransaction && !tx.isTransaction
    ? onOneConnection(tx, (connection) => writeStepsOn(connection, w))
    : writeStepsOn(tx, w);
}

/** writeSteps on the connection or transaction given. */
async function writeStepsOn(
  tx: Kysely<Database>,
  w: StepsWrite,
): Promise<{ moved: Set<string>; counts: Record<string, number> }> {
  const path = w.via ? [w.from, w.via, w.to] : [w.from, w.to];
  for (const o of w.orders)
    for (let k = 1; k < path.length; k++) assertTransition(o.orderId, path[k - 1]!, path[k]!);
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
  if (w.chainVersion !== undefined) set.push(sql`, review_chain_version = ${w.chainVersion}::int`);
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
  const own = w.ownTransaction;
  const before = [...(own ? [deferNotices] : []), ...(w.before ?? [])];
  const r = await sql<Record<string, unknown> & { moved: string[]; customers: (string | null)[] }>`
    with step_input as (
      select * from unnest(
        ${w.orders.map((o) => o.orderId)}::text[],
        ${w.orders.map((o) => o.totalFen ?? 0)}::bigint[],
        ${w.orders.map((o) => o.hasShortage ?? false)}::boolean[],
        ${w.orders.map((o) => o.reviewReason ?? null)}::text[],
        ${w.orders.map(() => w.from)}::text[]
      ) as v(id, total_fen, has_shortage, review_reason, from_status)
    ), ${before.length ? sql`${sql.join(before)},` : sql``} step_moved as (
      update orders set status = ${w.to}, updated_at = now() ${sql.join(set, sql` `)}
      from step_input v
      where orders.id = v.id and orders.status = v.from_status ${w.guard ? sql`and ${w.guard}` : sql``}
      returning orders.id, orders.customer_id
    ), step_history as (
      insert into order_status_history (order_id, from_status, to_status, actor, reason)
      select id, h.from_status, h.to_status, ${w.actor}, ${w.reason ?? null}
      from step_moved,
           unnest(${path.slice(0, -1)}::text[], ${path.slice(1)}::text[]) with ordinality as h(from_status, to_status, k)
      order by id, h.k
      returning 1
    ) ${jobRows} ${writes}
    select array(select id from step_moved) as moved ${sql.join(counts, sql` `)}
      ${own ? sql`, array(select customer_id from step_moved) as customers, ${noticesDeferred}` : sql``}
      ${jobs.length && !own ? sql`, (select pg_notify(${OUTBOX_CHANNEL}, '') where exists (select 1 from step_jobs)) as woke` : sql``}`.execute(
    tx,
  );
  const row = r.rows[0];
  const moved = row?.moved ?? [];
  if (own && moved.length > 0) {
    const movedSet = new Set(moved);
    await sendChangeNotices(tx, {
      orders: moved.map((id, k) => orderNotice('update', id, w.to, row?.customers[k] ?? null)),
      skus: own.skus,
      outbox: jobs.some((j) => movedSet.has(j.orderId)),
    });
  }
  return {
    moved: new Set(moved),
    counts: Object.fromEntries((w.count ?? []).map((name) => [name, Number(row?.[name] ?? 0)])),
  };
}
