import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { buildCustomerStatement, type CustomerStatement, type StatementEvent } from './customer-statement.js';
import { FinanceRefusedError } from './finance-errors.js';
import { financeText } from './finance-desk-text.js';
import { moneyText as formatYuan } from './yuan.js';
import { methodWords } from './payment-notice-text.js';

const balanceEffect = sql<number>`case j.kind when 'charge' then j.amount_fen when 'credit' then -j.amount_fen
  when 'write_off' then -j.amount_fen when 'receipt' then -j.amount_fen else 0 end`;

/** The receipt number people see: `SK-` and the receipt's id. */
export const receiptNumber = (id: number) => `SK-${String(id).padStart(6, '0')}`;

/**
 * Reads a customer's 对账单 for the days `from`–`to` (inclusive, Asia/Shanghai) from the money journal: the
 * balance before `from`, the period's shipments, returns, payments (with the orders they paid) and write-offs,
 * reversals as their own lines, the orders placed in the period for reference, and what is committed at the end.
 */
export async function readCustomerStatement(
  db: Kysely<Database>,
  q: { customerId: string; from: string; to: string },
): Promise<CustomerStatement> {
  const customer = await db
    .selectFrom('customers')
    .select(['id', 'name'])
    .where('id', '=', q.customerId)
    .executeTakeFirst();
  if (!customer) throw new FinanceRefusedError('not_found', financeText.noSuchCustomer);
  const start = sql`(${q.from}::date)::timestamp at time zone 'Asia/Shanghai'`;
  const end = sql`(${q.to}::date + 1)::timestamp at time zone 'Asia/Shanghai'`;
  const [opening, rows, allocations, orders, committed] = await Promise.all([
    sql<{ fen: number }>`select coalesce(sum(${balanceEffect}), 0) as fen from money_journal j
                         where j.customer_id = ${q.customerId} and j.effective_at < ${start}`.execute(db),
    sql<{
      kind: string;
      amount_fen: number;
      reversal: boolean;
      day: string;
      at: string;
      order_number: string | null;
      shipment: string | null;
      return_number: string | null;
      receipt_id: number | null;
      method: string | null;
      reference: string | null;
      reason: string | null;
    }>`
      select j.kind, ${balanceEffect} as amount_fen, j.reverses_id is not null as reversal,
             to_char(j.effective_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day,
             to_char(j.effective_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD"T"HH24:MI:SS') || lpad(j.id::text, 12, '0') as at,
             o.number as order_number, s.number as shipment, r.number as return_number, j.receipt_id, m.method, m.reference,
             j.reason
      from money_journal j
      left join orders o on o.id = j.order_id
      left join shipments s on s.id = j.shipment_id
      left join order_returns r on r.id = j.return_id
      left join money_receipts m on m.id = j.receipt_id
      where j.customer_id = ${q.customerId} and j.kind in ('charge', 'credit', 'write_off', 'receipt')
        and j.effective_at >= ${start} and j.effective_at < ${end}`.execute(db),
    sql<{ receipt_id: number; number: string; fen: number }>`
      select j.receipt_id, o.number, sum(j.amount_fen) as fen
      from money_journal j join orders o on o.id = j.order_id
      where j.customer_id = ${q.customerId} and j.kind = 'allocation'
      group by j.receipt_id, o.number having sum(j.amount_fen) > 0 order by o.number`.execute(db),
    sql<{ number: string; total_fen: number; day: string; at: string }>`
      select o.number, o.total_fen, to_char(o.created_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day,
             to_char(o.created_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD"T"HH24:MI:SS') as at
      from orders o join receivables r on r.order_id = o.id
      where o.customer_id = ${q.customerId} and r.status <> 'void' and o.created_at >= ${start} and o.created_at < ${end}`.execute(
      db,
    ),
    sql<{ fen: number }>`select coalesce(sum(j.amount_fen), 0) as fen from money_journal j
                         where j.customer_id = ${q.customerId} and j.kind = 'commitment' and j.effective_at < ${end}`.execute(
      db,
    ),
  ]);
  const paidWith = new Map<number, string[]>();
  for (const a of allocations.rows) {
    const list = paidWith.get(Number(a.receipt_id)) ?? [];
    list.push(`${a.number} ${formatYuan(Number(a.fen))}`);
    paidWith.set(Number(a.receipt_id), list);
  }
  const events: StatementEvent[] = [
    ...orders.rows.map((o): StatementEvent => ({
      day: o.day,
      at: o.at,
      kind: 'order',
      document: o.number,
      orderNumber: o.number,
      effectFen: 0,
      amountFen: Number(o.total_fen),
      reversal: false,
      detail: '',
    })),
    ...rows.rows.map((r): StatementEvent => {
      const receipt = r.receipt_id === null ? null : Number(r.receipt_id);
      const kind =
        r.kind === 'charge'
          ? 'shipment'
          : r.kind === 'credit'
            ? r.return_number
              ? 'return'
              : 'credit'
            : r.kind === 'receipt'
              ? 'payment'
              : 'write_off';
      const paid = receipt !== null ? (paidWith.get(receipt) ?? []) : [];
      const detail =
        kind === 'payment'
          ? [methodWords(r.method ?? ''), r.reference, paid.length ? `用于 ${paid.join('、')}` : '预收']
              .filter(Boolean)
              .join('，')
          : kind === 'return' || kind === 'credit'
            ? (r.reason ?? '')
            : '';
      return {
        day: r.day,
        at: r.at,
        kind,
        document:
          kind === 'shipment'
            ? (r.shipment ?? r.order_number ?? '')
            : kind === 'return'
              ? r.return_number!
              : kind === 'payment'
                ? receiptNumber(receipt!)
                : (r.order_number ?? ''),
        orderNumber: r.order_number,
        effectFen: Number(r.amount_fen),
        amountFen: Math.abs(Number(r.amount_fen)),
        reversal: r.reversal,
        detail,
      };
    }),
  ];
  return buildCustomerStatement({
    customer,
    from: q.from,
    to: q.to,
    openingFen: Number(opening.rows[0]?.fen ?? 0),
    events,
    committedFen: Number(committed.rows[0]?.fen ?? 0),
  });
}
