import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { OpenOrder } from './open-orders.js';

/**
 * The open receivables as the matcher reads them (FORMAT.md §1): every order that still asks for money, with its
 * customer's name and payer names; `amountFen` is what it asks for in all (owed + committed − written off) and
 * `paidFen` what was allocated; `idOf` maps order numbers to ids. With `lock`, the orders and their receivables are locked (id order) first, so the
 * books cannot move under a statement being booked.
 */
export async function loadOpenOrders(
  tx: Kysely<Database>,
  opts: { lock: boolean },
): Promise<{ orders: OpenOrder[]; idOf: Map<string, string> }> {
  if (opts.lock) {
    await sql`select o.id from orders o join receivables r on r.order_id = o.id
              where r.status <> 'void' and r.amount_fen + r.committed_fen - r.paid_fen - r.written_off_fen > 0
              order by o.id for update of o`.execute(tx);
    await sql`select order_id from receivables
              where status <> 'void' and amount_fen + committed_fen - paid_fen - written_off_fen > 0
              order by order_id for update`.execute(tx);
  }
  const rows = await sql<{
    id: string;
    number: string;
    customer_id: string;
    customer_name: string;
    payer_names: string[];
    amount_fen: number;
    paid_fen: number;
    issued_at: string;
    shipped_at: string | null;
  }>`
    select o.id, o.number, r.customer_id, c.name as customer_name,
           coalesce((select array_agg(p.name order by p.name) from customer_payer_names p
                     where p.customer_id = r.customer_id), '{}') as payer_names,
           r.amount_fen + r.committed_fen - r.written_off_fen as amount_fen, r.paid_fen,
           to_char(o.created_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as issued_at,
           (select to_char(min(s.shipped_at) at time zone 'Asia/Shanghai', 'YYYY-MM-DD') from shipments s
             where s.order_id = o.id) as shipped_at
    from receivables r join orders o on o.id = r.order_id join customers c on c.id = r.customer_id
    where r.status <> 'void' and r.amount_fen + r.committed_fen - r.paid_fen - r.written_off_fen > 0
    order by o.number`.execute(tx);
  const orders = rows.rows.map((r) => ({
    orderNo: r.number,
    customerId: r.customer_id,
    customerName: r.customer_name,
    payerNames: r.payer_names,
    amountFen: Number(r.amount_fen),
    paidFen: Number(r.paid_fen),
    issuedAt: r.issued_at,
    shippedAt: r.shipped_at,
  }));
  return { orders, idOf: new Map(rows.rows.map((r) => [r.number, r.id])) };
}
