import { sql } from 'kysely';
import type { Db } from '../db/pg-database.js';

export interface HistoryOptions {
  /** How many orders, spread over `days` days before `now` (Beijing business hours mostly). */
  orders: number;
  days: number;
  now: Date;
  /** Extra customers to add first (`gen-c-…`, spread over the regions below, with the demo reps). */
  extraCustomers?: number;
  /** A burst of orders in the last hour from one region's customers (to see surge detection). */
  burst?: { region: string; orders: number };
}

const REGIONS = ['城东', '城西', '城南', '开发区', '县城', '北郊', '高新区', '老城'];

/**
 * Writes an order history straight into PostgreSQL with set-based SQL (`generate_series`, no row-by-row inserts):
 * orders with 1–4 lines of the catalog's products at their list price, statuses as such a history has them
 * (old orders completed, cancelled or rejected, some of the last two months shipped and unpaid; recent ones in
 * every status), receivables for approved-or-later orders (paid for completed ones). Generated numbers are
 * `LD-<day>-G<n>`, apart from the shop's own sequence. The live-notify and open-balance triggers are off while it writes; open
 * balances are recomputed at the end. Deterministic for a given `now`.
 */
export async function generateOrderHistory(db: Db, o: HistoryOptions): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await sql`select setseed(0.42)`.execute(tx);
    await sql`alter table orders disable trigger user`.execute(tx);
    await sql`alter table receivables disable trigger user`.execute(tx);
    if (o.extraCustomers) {
      await sql`
        insert into customers (id, name, tier, region, credit_limit_fen, rep_id)
        select 'gen-c-' || g, '客户' || g || '号', (array['A','B','C',null])[1 + g % 4],
               (${REGIONS}::text[])[1 + g % ${REGIONS.length}], (1 + g % 10) * 1000000,
               (array['rep-chen','rep-liu','rep-zhao'])[1 + g % 3]
        from generate_series(1, ${o.extraCustomers}) g
        on conflict (id) do nothing`.execute(tx);
    }
    await sql`create temp table gen_customers on commit drop as
      select row_number() over (order by id) as i, id, region from customers`.execute(tx);
    await sql`create temp table gen_products on commit drop as
      select row_number() over (order by sku) as i, sku, unit, price_fen from products where active`.execute(
      tx,
    );
    const day0 = sql`(date_trunc('day', ${o.now}::timestamptz at time zone 'Asia/Shanghai') at time zone 'Asia/Shanghai')`;
    await sql`create temp table gen_orders on commit drop as
      select g, c.id as customer_id, t.created_at
      from generate_series(1, ${o.orders}) g
      cross join lateral (
        -- g in the expression keeps the subquery correlated: a random time per order, not one for all
        select ${day0} - make_interval(days => (floor(random() * ${o.days}) + 0 * g)::int)
               + make_interval(mins => (7 * 60 + floor(random() * 12 * 60) + 0 * g)::int) as at0
      ) d
      cross join lateral (select case when d.at0 >= ${o.now}::timestamptz then d.at0 - interval '1 day' else d.at0 end as created_at) t
      join gen_customers c on c.i = 1 + (g::bigint * 7919) % (select count(*) from gen_customers)`.execute(
      tx,
    );
    if (o.burst) {
      await sql`
        insert into gen_orders
        select ${o.orders} + g, c.id, ${o.now}::timestamptz - make_interval(secs => (random() * 3500)::int)
        from generate_series(1, ${o.burst.orders}) g
        join lateral (select id from gen_customers where region = ${o.burst.region} order by i
                      offset g % greatest(1, (select count(*) from gen_customers where region = ${o.burst.region}))::int
                      limit 1) c on true`.execute(tx);
    }
    await sql`create temp table gen_lines on commit drop as
      select o.g, k as line_no, p.sku, p.unit, p.price_fen, 1 + (o.g * 31 + k * 17) % 40 as qty
      from gen_orders o
      cross join lateral generate_series(1, 1 + (o.g % 4)::int) k
      join gen_products p on p.i = 1 + (o.g * 13 + k * 101) % (select count(*) from gen_products)`.execute(
      tx,
    );
    // Settled history: orders older than 60 days are completed, cancelled or rejected; between 3 and 60 days a
    // few are still shipped and unpaid (the overdue receivables); the last 3 days are in every status.
    await sql`
      insert into orders (id, number, customer_id, channel, source_key, status, review_step, review_plan, total_fen,
                          created_at, updated_at)
      select 'gen-' || o.g,
             'LD-' || to_char(o.created_at at time zone 'Asia/Shanghai', 'YYYYMMDD') || '-G' || lpad(o.g::text, 7, '0'),
             o.customer_id, (array['wechat','web','desk'])[1 + o.g % 3], 'gen-' || o.g, st.status,
             case when st.status = 'in_review' then (array['rep','order','finance','warehouse'])[1 + o.g % 4] end,
             case when st.status = 'in_review' then array[(array['rep','order','finance','warehouse'])[1 + o.g % 4]]
                  else '{}'::text[] end,
             l.total, o.created_at, o.created_at
      from gen_orders o
      join (select g, sum(qty * price_fen) as total from gen_lines group by g) l on l.g = o.g
      cross join lateral (select case
        when o.created_at < ${o.now}::timestamptz - interval '60 days' then
          (array['completed','completed','completed','completed','completed','completed','completed','completed',
                 'cancelled','rejected'])[1 + o.g % 10]
        when o.created_at < ${o.now}::timestamptz - interval '3 days' then
          (array['completed','completed','completed','completed','completed','completed','completed','completed',
                 'cancelled','rejected','shipped'])[1 + o.g % 11]
        else (array['confirmed','reserved','priced','in_review','approved','partially_shipped','shipped',
                    'completed','cancelled'])[1 + o.g % 9]
      end as status) st`.execute(tx);
    await sql`
      insert into order_lines (order_id, line_no, sku, qty, unit, unit_price_fen, line_total_fen, reserved_qty,
                               shipped_qty)
      select 'gen-' || l.g, l.line_no, l.sku, l.qty, l.unit, l.price_fen, l.qty * l.price_fen, 0,
             case when o.status in ('shipped', 'completed') then l.qty
                  when o.status = 'partially_shipped' then l.qty / 2 else 0 end
      from gen_lines l join orders o on o.id = 'gen-' || l.g`.execute(tx);
    await sql`
      insert into receivables (order_id, customer_id, amount_fen, committed_fen, paid_fen, status, created_at,
                               settled_at)
      select o.id, o.customer_id,
             case when o.status = 'approved' then 0 else o.total_fen end,
             case when o.status = 'approved' then o.total_fen else 0 end,
             case when o.status = 'completed' then o.total_fen else 0 end,
             case when o.status = 'completed' then 'paid' else 'open' end,
             o.created_at + interval '1 hour',
             case when o.status = 'completed' then o.created_at + interval '10 days' end
      from orders o
      where o.id like 'gen-%' and o.status in ('approved', 'partially_shipped', 'shipped', 'completed')`.execute(
      tx,
    );
    await sql`
      update customers c set open_fen = coalesce(x.owed, 0)
      from (select c2.id, (select sum(amount_fen + committed_fen - paid_fen) from receivables r
                           where r.customer_id = c2.id and r.status = 'open') as owed from customers c2) x
      where x.id = c.id`.execute(tx);
    await sql`alter table orders enable trigger user`.execute(tx);
    await sql`alter table receivables enable trigger user`.execute(tx);
  });
  await sql`analyze orders`.execute(db);
  await sql`analyze order_lines`.execute(db);
  await sql`analyze receivables`.execute(db);
  await sql`analyze customers`.execute(db);
}
