import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { CustomerScope } from '../auth/access.js';
import type { Database } from '../db/schema.js';
import { DEFAULT_REORDER_AT } from '../orders/pg-warehouse-queries.js';
import type { RegionHour } from './surge.js';

/** The shop's clock: days and hours of the dashboard are Beijing time whatever the server's zone. */
export const SHOP_ZONE = 'Asia/Shanghai';
/** Units on hand less reserved at or below which a SKU without its own reorder level is listed as low. */
export const LOW_STOCK_UNITS = DEFAULT_REORDER_AT;
/** Days after which an unpaid receivable is overdue (the shop's usual credit term). */
export const CREDIT_TERM_DAYS = 30;

/** Orders that never became business: left out of sales and shares. */
const VOID = sql`('cancelled', 'rejected')`;
/** Statuses in which goods have left the warehouse. */
const SHIPPED = sql`('shipped', 'partially_shipped', 'completed')`;
/** Statuses of orders still on their way (the status index answers them). */
const OPEN = sql`('confirmed', 'reserved', 'priced', 'pending_review', 'in_review', 'approved', 'partially_shipped')`;
/** Statuses that wait for a person. */
const IN_REVIEW = sql`('pending_review', 'in_review')`;

/** SQL condition on the customer alias `c`: within the scope (`true` for the whole shop). */
export function scopeSql(scope: CustomerScope): RawBuilder<boolean> {
  switch (scope.kind) {
    case 'all':
      return sql<boolean>`true`;
    case 'customer':
      return sql<boolean>`c.id = ${scope.customerId}`;
    case 'some': {
      const parts: RawBuilder<boolean>[] = [sql<boolean>`false`];
      if (scope.repId !== undefined) parts.push(sql<boolean>`c.rep_id = ${scope.repId}`);
      if (scope.regions.length) parts.push(sql<boolean>`c.region = any(${scope.regions}::text[])`);
      return sql<boolean>`(${sql.join(parts, sql` or `)})`;
    }
  }
}

/**
 * SQL condition: the order alias's customer is within the scope (`true` for the whole shop). A semi-join on the
 * small customers table, so the planner keeps reading orders by their time index first.
 */
function orderInScope(scope: CustomerScope, alias = 'o'): RawBuilder<boolean> {
  return scope.kind === 'all'
    ? sql<boolean>`true`
    : sql<boolean>`${sql.ref(`${alias}.customer_id`)} in (select c.id from customers c where ${scopeSql(scope)})`;
}

/** A product's spec values in one string (`10平方 蓝`), for lists. */
const specText = sql<string>`coalesce((select string_agg(v, ' ') from jsonb_each_text(p.specs) as e(k, v)), '')`;

const dayStart = (now: Date) =>
  sql`(date_trunc('day', ${now}::timestamptz at time zone ${SHOP_ZONE}) at time zone ${SHOP_ZONE})`;

export interface TodayFigures {
  orders: number;
  salesFen: number;
  /** Yesterday from midnight to the same time of day. */
  yesterdayOrders: number;
  yesterdaySalesFen: number;
  /** The 7 days before today, each from midnight to the same time of day, averaged. */
  weekAvgOrders: number;
  weekAvgSalesFen: number;
  /** Of today's orders that stand (not cancelled or rejected), those whose goods have left. */
  shipped: number;
  standing: number;
}

/** 今日订单量 and 销售额 against the same time yesterday and the 7-day average; 已发货占比. */
export async function todayFigures(
  db: Kysely<Database>,
  scope: CustomerScope,
  now: Date,
): Promise<TodayFigures> {
  const r = await sql<Record<string, string | null>>`
    with w as (
      select d, ${dayStart(now)} - make_interval(days => d) as lo,
             ${now}::timestamptz - make_interval(days => d) as hi
      from generate_series(0, 7) d
    ), o as materialized (
      select w.d, o.status, o.total_fen, o.customer_id
      from w join orders o on o.created_at >= w.lo and o.created_at < w.hi
    )
    select
      count(*) filter (where o.d = 0) as orders,
      coalesce(sum(o.total_fen) filter (where o.d = 0 and o.status not in ${VOID}), 0) as sales,
      count(*) filter (where o.d = 1) as y_orders,
      coalesce(sum(o.total_fen) filter (where o.d = 1 and o.status not in ${VOID}), 0) as y_sales,
      count(*) filter (where o.d >= 1) as w_orders,
      coalesce(sum(o.total_fen) filter (where o.d >= 1 and o.status not in ${VOID}), 0) as w_sales,
      count(*) filter (where o.d = 0 and o.status in ${SHIPPED}) as shipped,
      count(*) filter (where o.d = 0 and o.status not in ${VOID}) as standing
    from o where ${orderInScope(scope)}`.execute(db);
  const row = r.rows[0] ?? {};
  const n = (k: string) => Number(row[k] ?? 0);
  return {
    orders: n('orders'),
    salesFen: n('sales'),
    yesterdayOrders: n('y_orders'),
    yesterdaySalesFen: n('y_sales'),
    weekAvgOrders: Math.round((n('w_orders') / 7) * 10) / 10,
    weekAvgSalesFen: Math.round(n('w_sales') / 7),
    shipped: n('shipped'),
    standing: n('standing'),
  };
}

/** Orders per Beijing hour, today and yesterday (24 each). */
export async function hourlyOrders(
  db: Kysely<Database>,
  scope: CustomerScope,
  now: Date,
): Promise<{ today: number[]; yesterday: number[] }> {
  const r = await sql<{ day: number; hour: number; n: string }>`
    with o as materialized (
      select o.created_at, o.customer_id from orders o
      where o.created_at >= ${dayStart(now)} - interval '1 day' and o.created_at < ${now}::timestamptz
    )
    select (o.created_at >= ${dayStart(now)})::int as day,
           extract(hour from o.created_at at time zone ${SHOP_ZONE})::int as hour, count(*) as n
    from o where ${orderInScope(scope)}
    group by 1, 2`.execute(db);
  const today = Array<number>(24).fill(0);
  const yesterday = Array<number>(24).fill(0);
  for (const row of r.rows) (row.day === 1 ? today : yesterday)[row.hour] = Number(row.n);
  return { today, yesterday };
}

/** Open orders per status (waiting for stock, price, review, shipment…). */
export async function openOrdersByStatus(
  db: Kysely<Database>,
  scope: CustomerScope,
): Promise<{ status: string; count: number }[]> {
  const r = await sql<{ status: string; n: string }>`
    select o.status, count(*) as n from orders o
    where o.status in ${OPEN} and ${orderInScope(scope)}
    group by o.status order by o.status`.execute(db);
  return r.rows.map((x) => ({ status: x.status, count: Number(x.n) }));
}

/** Orders waiting for review: how many, per step (业务员确认, 订单审核, 财务审核, 出库审核), and the oldest. */
export async function reviewBacklog(
  db: Kysely<Database>,
  scope: CustomerScope,
): Promise<{ count: number; oldest: Date | null; bySteps: { step: string; count: number }[] }> {
  const r = await sql<{ step: string | null; n: string; oldest: Date | null }>`
    select o.review_step as step, count(*) as n, min(o.created_at) as oldest from orders o
    where o.status in ${IN_REVIEW} and ${orderInScope(scope)}
    group by o.review_step`.execute(db);
  const oldest = r.rows.reduce<Date | null>(
    (m, x) => (x.oldest && (!m || x.oldest < m) ? x.oldest : m),
    null,
  );
  return {
    count: r.rows.reduce((n, x) => n + Number(x.n), 0),
    oldest,
    bySteps: r.rows.map((x) => ({ step: x.step ?? 'unknown', count: Number(x.n) })),
  };
}

/**
 * Per region: orders in the last hour, the average of the same hour over the 14 days before, and today's count.
 * Customers without a region count as 未分区.
 */
export async function regionHours(
  db: Kysely<Database>,
  scope: CustomerScope,
  now: Date,
): Promise<RegionHour[]> {
  const r = await sql<{ region: string; last_hour: string; past: string; today: string }>`
    with w as (
      select d, ${now}::timestamptz - make_interval(days => d) - interval '1 hour' as lo,
             ${now}::timestamptz - make_interval(days => d) as hi
      from generate_series(0, 14) d
    ), hours as materialized (
      select w.d, o.customer_id from w join orders o on o.created_at >= w.lo and o.created_at < w.hi
    ), today as materialized (
      select o.customer_id from orders o
      where o.created_at >= ${dayStart(now)} and o.created_at < ${now}::timestamptz
    ), counts as (
      select customer_id, count(*) filter (where d = 0) as last_hour, count(*) filter (where d > 0) as past,
             0 as today
      from hours group by customer_id
      union all
      select customer_id, 0, 0, count(*) from today group by customer_id
    )
    select coalesce(c.region, '未分区') as region, sum(x.last_hour) as last_hour, sum(x.past) as past,
           sum(x.today) as today
    from counts x join customers c on c.id = x.customer_id and ${scopeSql(scope)}
    group by 1`.execute(db);
  const by = new Map<string, RegionHour>();
  for (const row of r.rows) {
    const cur = by.get(row.region) ?? { region: row.region, lastHour: 0, usual: 0, today: 0 };
    cur.lastHour += Number(row.last_hour);
    cur.usual += Number(row.past) / 14;
    cur.today += Number(row.today);
    by.set(row.region, cur);
  }
  return [...by.values()];
}

export interface TopSku {
  sku: string;
  name: string;
  /** The product's spec values, e.g. `10平方 蓝`. */
  spec: string;
  unit: string;
  qty: number;
  amountFen: number;
  orders: number;
}

/** The SKUs sold most (by amount) today (Beijing day), orders that stand only. */
export async function topSkus(
  db: Kysely<Database>,
  scope: CustomerScope,
  now: Date,
  limit = 10,
): Promise<TopSku[]> {
  const r = await sql<{
    sku: string;
    name: string;
    spec: string;
    unit: string;
    qty: string;
    amount: string;
    orders: string;
  }>`
    with o as materialized (
      select o.id from orders o
      where o.created_at >= ${dayStart(now)} and o.created_at < ${now}::timestamptz
        and o.status not in ${VOID} and ${orderInScope(scope)}
    ), t as (
      -- Each order's lines by its key (lateral): today's few thousand orders, never a scan of all lines.
      select l.sku, sum(l.qty) as qty, sum(l.line_total_fen) as amount, count(*) as orders
      from o cross join lateral (
        select x.sku, x.qty, x.line_total_fen from order_lines x where x.order_id = o.id
      ) l
      group by l.sku order by amount desc limit ${limit}
    )
    select t.sku, p.name, ${specText} as spec, p.unit, t.qty, t.amount, t.orders
    from t join products p on p.sku = t.sku
    order by t.amount desc`.execute(db);
  return r.rows.map((x) => ({
    sku: x.sku,
    name: x.name,
    spec: x.spec,
    unit: x.unit,
    qty: Number(x.qty),
    amountFen: Number(x.amount),
    orders: Number(x.orders),
  }));
}

export interface LowStock {
  sku: string;
  name: string;
  spec: string;
  unit: string;
  onHand: number;
  reserved: number;
  available: number;
}

/** Active SKUs whose free stock (on hand less reserved) is at or below their reorder level, emptiest first. */
export async function lowStock(
  db: Kysely<Database>,
  limit = 10,
): Promise<{ items: LowStock[]; total: number }> {
  const r = await sql<{
    sku: string;
    name: string;
    spec: string;
    unit: string;
    on_hand: number;
    reserved: number;
    total: string;
  }>`
    select s.sku, p.name, ${specText} as spec, p.unit, s.on_hand, s.reserved, count(*) over () as total
    from stock s join products p on p.sku = s.sku and p.active
    where s.on_hand - s.reserved <= coalesce(s.reorder_at, ${LOW_STOCK_UNITS})
    order by s.on_hand - s.reserved, s.sku limit ${limit}`.execute(db);
  return {
    total: Number(r.rows[0]?.total ?? 0),
    items: r.rows.map((x) => ({
      sku: x.sku,
      name: x.name,
      spec: x.spec,
      unit: x.unit,
      onHand: Number(x.on_hand),
      reserved: Number(x.reserved),
      available: Number(x.on_hand) - Number(x.reserved),
    })),
  };
}

export interface OverdueCustomer {
  customerId: string;
  name: string;
  region: string | null;
  overdueFen: number;
  orders: number;
  oldest: Date;
}

/**
 * Customers owing for goods delivered longer ago than the credit term (what was shipped less what came back, less
 * what was paid; goods approved but not shipped are not due), most owed first, and the shop's total.
 */
export async function overdueReceivables(
  db: Kysely<Database>,
  scope: CustomerScope,
  now: Date,
  limit = 10,
): Promise<{ items: OverdueCustomer[]; totalFen: number; customers: number }> {
  const r = await sql<{
    customer_id: string;
    name: string;
    region: string | null;
    owed: string;
    orders: string;
    oldest: Date;
    total: string;
    customers: string;
  }>`
    select r.customer_id, c.name, c.region, sum(greatest(r.amount_fen - r.paid_fen, 0)) as owed, count(*) as orders,
           min(r.created_at) as oldest,
           sum(sum(greatest(r.amount_fen - r.paid_fen, 0))) over () as total, count(*) over () as customers
    from receivables r join customers c on c.id = r.customer_id and ${scopeSql(scope)}
    where r.status = 'open' and r.amount_fen > r.paid_fen and r.created_at < ${now}::timestamptz - make_interval(days => ${CREDIT_TERM_DAYS})
    group by r.customer_id, c.name, c.region
    order by owed desc limit ${limit}`.execute(db);
  return {
    totalFen: Number(r.rows[0]?.total ?? 0),
    customers: Number(r.rows[0]?.customers ?? 0),
    items: r.rows.map((x) => ({
      customerId: x.customer_id,
      name: x.name,
      region: x.region,
      overdueFen: Number(x.owed),
      orders: Number(x.orders),
      oldest: x.oldest,
    })),
  };
}
