import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { CustomerScope } from '../auth/access.js';
import type { Database } from '../db/schema.js';
import { ageOrder, sumAging, type AgingAmounts, type OrderAging } from './aging.js';
import { readFinanceSettings } from './pg-finance-settings.js';

/** The customers a scope covers, as a condition on `customers c`. */
export function scopeCondition(scope: CustomerScope): RawBuilder<boolean> {
  switch (scope.kind) {
    case 'all':
      return sql<boolean>`true`;
    case 'customer':
      return sql<boolean>`c.id = ${scope.customerId}`;
    case 'some':
      return sql<boolean>`(c.rep_id = ${scope.repId ?? null} or c.region = any(${scope.regions}::text[]))`;
  }
}

/** One order that still asks for money, as finance sees it. */
export interface OpenOrderMoney {
  orderId: string;
  orderNumber: string;
  customerId: string;
  status: string;
  /** The day the order was placed (Asia/Shanghai). */
  issuedOn: string;
  firstShippedOn: string | null;
  orderedFen: number;
  shippedFen: number;
  creditedFen: number;
  /** Owed: shipped less credits (returns). */
  owedFen: number;
  committedFen: number;
  paidFen: number;
  writtenOffFen: number;
  outstandingFen: number;
  aging: OrderAging;
  overdue: boolean;
}

/** The shop's "today" (Asia/Shanghai) unless a day is given. */
async function dayOf(db: Kysely<Database>, asOf: string | undefined): Promise<string> {
  if (asOf) return asOf;
  const r = await sql<{
    day: string;
  }>`select to_char(now() at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day`.execute(db);
  return r.rows[0]!.day;
}

/**
 * The orders of the customers in `scope` (or of one customer) that still ask for money, each with what shipped,
 * came back, was paid and written off, aged first in, first out from its shipments' days.
 */
export async function openOrderMoney(
  db: Kysely<Database>,
  filter: { scope: CustomerScope; customerId?: string; asOf?: string },
): Promise<{ asOf: string; termsDays: number; orders: OpenOrderMoney[] }> {
  const [asOf, settings] = await Promise.all([dayOf(db, filter.asOf), readFinanceSettings(db)]);
  const rows = await sql<{
    order_id: string;
    number: string;
    customer_id: string;
    status: string;
    issued_on: string;
    first_shipped_on: string | null;
    total_fen: number;
    amount_fen: number;
    committed_fen: number;
    paid_fen: number;
    written_off_fen: number;
    credited_fen: number;
    charges: { day: string; amountFen: number }[] | null;
  }>`
    select r.order_id, o.number, r.customer_id, o.status,
           to_char(o.created_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as issued_on,
           (select to_char(min(s.shipped_at) at time zone 'Asia/Shanghai', 'YYYY-MM-DD') from shipments s
             where s.order_id = r.order_id) as first_shipped_on,
           o.total_fen, r.amount_fen, r.committed_fen, r.paid_fen, r.written_off_fen,
           coalesce((select sum(j.amount_fen) from money_journal j where j.order_id = r.order_id and j.kind = 'credit'), 0)
             as credited_fen,
           (select json_agg(json_build_object(
                     'day', to_char(j.effective_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD'), 'amountFen', j.amount_fen))
              from money_journal j
             where j.order_id = r.order_id and j.kind = 'charge' and j.reverses_id is null
               and not exists (select 1 from money_journal x where x.reverses_id = j.id)) as charges
    from receivables r
    join orders o on o.id = r.order_id
    join customers c on c.id = r.customer_id
    where r.status <> 'void' and r.amount_fen + r.committed_fen - r.paid_fen - r.written_off_fen > 0
      and ${scopeCondition(filter.scope)}
      ${filter.customerId ? sql`and r.customer_id = ${filter.customerId}` : sql``}
    order by o.created_at, o.number`.execute(db);
  const orders = rows.rows.map((r): OpenOrderMoney => {
    const owed = Number(r.amount_fen);
    const credited = Number(r.credited_fen);
    const paid = Number(r.paid_fen);
    const writtenOff = Number(r.written_off_fen);
    const aging = ageOrder(
      {
        charges: (r.charges ?? []).map((c) => ({ day: c.day, amountFen: Number(c.amountFen) })),
        settledFen: credited + paid + writtenOff,
      },
      asOf,
      settings.paymentTermsDays,
    );
    return {
      orderId: r.order_id,
      orderNumber: r.number,
      customerId: r.customer_id,
      status: r.status,
      issuedOn: r.issued_on,
      firstShippedOn: r.first_shipped_on,
      orderedFen: Number(r.total_fen),
      shippedFen: owed + credited,
      creditedFen: credited,
      owedFen: owed,
      committedFen: Number(r.committed_fen),
      paidFen: paid,
      writtenOffFen: writtenOff,
      outstandingFen: owed + Number(r.committed_fen) - paid - writtenOff,
      aging,
      overdue: aging.overdueFen > 0,
    };
  });
  return { asOf, termsDays: settings.paymentTermsDays, orders };
}

/** One customer's position: what it owes and commits, its 预收, its aging. */
export interface CustomerReceivable {
  customerId: string;
  customerName: string;
  region: string | null;
  repId: string | null;
  /** The balance the credit check reads: owed + committed − written off − received. */
  openFen: number;
  outstandingFen: number;
  owedFen: number;
  committedFen: number;
  unappliedFen: number;
  aging: AgingAmounts;
  overdueFen: number;
  /** Overdue money beyond what its 预收 covers: the review chain's `overdue`. */
  overdue: boolean;
  openOrders: number;
}

/** Receivables per customer in scope: customers with money open or unapplied, most overdue first. */
export async function receivablesByCustomer(
  db: Kysely<Database>,
  filter: { scope: CustomerScope; customerId?: string; asOf?: string },
): Promise<{ asOf: string; termsDays: number; customers: CustomerReceivable[]; totals: AgingAmounts }> {
  const open = await openOrderMoney(db, filter);
  const customers = await db
    .selectFrom('customers as c')
    .select(['c.id', 'c.name', 'c.region', 'c.rep_id', 'c.open_fen', 'c.unapplied_fen'])
    .where(scopeCondition(filter.scope))
    .where((eb) =>
      filter.customerId
        ? eb('c.id', '=', filter.customerId)
        : eb.or([
            eb('c.unapplied_fen', '>', 0),
            eb('c.id', 'in', [...new Set(open.orders.map((o) => o.customerId)), '']),
          ]),
    )
    .execute();
  const byCustomer = new Map<string, OpenOrderMoney[]>();
  for (const o of open.orders) byCustomer.set(o.customerId, [...(byCustomer.get(o.customerId) ?? []), o]);
  const list = customers.map((c): CustomerReceivable => {
    const orders = byCustomer.get(c.id) ?? [];
    const overdueFen = orders.reduce((s, o) => s + o.aging.overdueFen, 0);
    return {
      customerId: c.id,
      customerName: c.name,
      region: c.region,
      repId: c.rep_id,
      openFen: Number(c.open_fen),
      outstandingFen: orders.reduce((s, o) => s + o.outstandingFen, 0),
      owedFen: orders.reduce((s, o) => s + o.aging.owedFen, 0),
      committedFen: orders.reduce((s, o) => s + o.outstandingFen - o.aging.owedFen, 0),
      unappliedFen: Number(c.unapplied_fen),
      aging: sumAging(orders.map((o) => o.aging)),
      overdueFen,
      overdue: overdueFen > Number(c.unapplied_fen),
      openOrders: orders.length,
    };
  });
  list.sort((a, b) => b.overdueFen - a.overdueFen || b.outstandingFen - a.outstandingFen);
  return {
    asOf: open.asOf,
    termsDays: open.termsDays,
    customers: list,
    totals: sumAging(open.orders.map((o) => o.aging)),
  };
}

/**
 * The customers among `customerIds` that are overdue for the review chain: money owed longer than the payment
 * terms (first in, first out from the shipments' days), beyond what their 预收 covers. One statement, for the
 * credit check's hot path.
 */
export async function overdueCustomers(
  db: Kysely<Database>,
  customerIds: readonly string[],
): Promise<Set<string>> {
  if (customerIds.length === 0) return new Set();
  // Orders that owe money are found first (an index scan of the customers' open receivables, materialized), and
  // only their journal rows are read: most credit checks meet customers whose open orders are committed, not owed.
  // Every table is read by key (the settings row by its id), as the worker's key-lookup connections require.
  const r = await sql<{ customer_id: string }>`
    with owing as materialized (
      select r.order_id, r.customer_id from receivables r
      where r.customer_id = any(${[...new Set(customerIds)]}::text[]) and r.status = 'open'
        and r.amount_fen > r.paid_fen + r.written_off_fen),
    per_order as (
      select w.customer_id,
             greatest(0,
               coalesce(sum(j.amount_fen) filter (
                 where j.kind = 'charge' and j.effective_at < now() - make_interval(
                   days => (select payment_terms_days from finance_settings where id = 1))), 0)
               - coalesce(sum(j.amount_fen) filter (where j.kind in ('credit', 'allocation', 'write_off')), 0))
               as overdue
      from owing w
      join money_journal j on j.order_id = w.order_id
      where j.kind in ('charge', 'credit', 'allocation', 'write_off')
        and (j.kind <> 'charge' or (j.reverses_id is null
                                    and not exists (select 1 from money_journal x where x.reverses_id = j.id)))
      group by w.order_id, w.customer_id)
    select p.customer_id from per_order p join customers c on c.id = p.customer_id
    group by p.customer_id, c.unapplied_fen
    having sum(p.overdue) > c.unapplied_fen`.execute(db);
  return new Set(r.rows.map((row) => row.customer_id));
}
