import { sql } from 'kysely';
import type { Db } from '../db/pg-database.js';
import type { OpenOrder } from '../finance/open-orders.js';
import { bookEntries } from '../finance/pg-money-journal.js';
import { bookReceipts } from '../finance/pg-receipts.js';

/**
 * Puts a matching set's open orders (FORMAT.md §1) into PostgreSQL as the books would hold them: customers with
 * their payer names, orders with those numbers placed on `issuedAt`, receivables charged on `shippedAt` (shipped)
 * or committed (not shipped), and what `paidFen` says as a receipt allocated to the order. Set-based, so 5,000
 * orders take a few statements.
 */
export async function seedOpenOrders(db: Db, orders: readonly OpenOrder[]): Promise<void> {
  const customers = new Map<string, { name: string; payers: Set<string> }>();
  for (const o of orders) {
    const c = customers.get(o.customerId) ?? { name: o.customerName, payers: new Set<string>() };
    for (const p of o.payerNames) c.payers.add(p);
    customers.set(o.customerId, c);
  }
  const ids = [...customers.keys()];
  await sql`insert into customers (id, name, credit_limit_fen)
            select id, name, 0 from unnest(${ids}::text[], ${ids.map((id) => customers.get(id)!.name)}::text[]) as v(id, name)
            on conflict (id) do nothing`.execute(db);
  const payers = [...customers].flatMap(([id, c]) => [...c.payers].map((name) => [id, name] as const));
  if (payers.length) {
    await sql`insert into customer_payer_names (customer_id, name, source)
              select c, n, 'entered' from unnest(${payers.map((p) => p[0])}::text[], ${payers.map((p) => p[1])}::text[]) as v(c, n)
              on conflict do nothing`.execute(db);
  }
  await sql`
    insert into orders (id, number, customer_id, channel, source_key, status, total_fen, created_at)
    select n, n, c, 'seed', n, s, t, (d || 'T10:00:00+08:00')::timestamptz
    from unnest(${orders.map((o) => o.orderNo)}::text[], ${orders.map((o) => o.customerId)}::text[],
                ${orders.map((o) => (o.shippedAt ? 'shipped' : 'approved'))}::text[],
                ${orders.map((o) => o.amountFen)}::bigint[], ${orders.map((o) => o.issuedAt)}::text[]) as v(n, c, s, t, d)`.execute(
    db,
  );
  await sql`insert into receivables (order_id, customer_id, amount_fen, created_at)
            select n, c, 0, now() from unnest(${orders.map((o) => o.orderNo)}::text[], ${orders.map((o) => o.customerId)}::text[]) as v(n, c)`.execute(
    db,
  );
  await db.transaction().execute(async (tx) => {
    await bookEntries(
      tx,
      orders.map((o) => ({
        kind: o.shippedAt ? ('charge' as const) : ('commitment' as const),
        customerId: o.customerId,
        orderId: o.orderNo,
        amountFen: o.amountFen,
        actor: 'seed',
        effectiveAt: `${o.shippedAt ?? o.issuedAt}T12:00:00+08:00`,
      })),
    );
    const paid = orders.filter((o) => (o.paidFen ?? 0) > 0);
    await bookReceipts(
      tx,
      paid.map((o) => ({
        customerId: o.customerId,
        amountFen: o.paidFen,
        method: 'transfer',
        actor: 'seed',
        receivedAt: `${o.issuedAt}T15:00:00+08:00`,
        allocations: [{ orderId: o.orderNo, amountFen: o.paidFen }],
      })),
    );
    await sql`delete from outbox`.execute(tx);
  });
}
