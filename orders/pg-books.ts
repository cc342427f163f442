import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/**
 * One reconciliation of the books, read in one statement (one snapshot). Every field counts rows that break a rule
 * of the books, so all are zero when the books hold; `ordersInFlight` and `outboxWaiting` are work not done yet
 * rather than errors, and a caller that waits for the pipeline to settle expects them at zero too.
 */
export interface BooksReport {
  /** Orders the worker still has to move on (confirmed, reserved, priced). */
  ordersInFlight: number;
  /** Outbox rows not yet published to the queues. */
  outboxWaiting: number;
  /** Stock rows below zero, or reserving more than is on hand. */
  stockNegative: number;
  /** SKUs whose ledger rows do not sum to their stock row (on hand or reserved). */
  ledgerNotStock: number;
  /** SKUs whose reserved stock is not what the lines of open orders hold. */
  reservedNotHeld: number;
  /** Lines shipped or cancelled beyond their quantity, returned beyond what shipped, or reserved below zero. */
  linesOverShipped: number;
  /** Lines whose shipped quantity is not the sum of their shipment lines. */
  shipmentsNotLines: number;
  /** Receivables that do not owe what was shipped less credit notes (returns are credit notes). */
  receivablesNotDelivered: number;
  /** Orders with more than one receivable. */
  receivablesTwice: number;
  /** Receivables whose paid amount is not the sum of their payments. */
  paymentsNotPaid: number;
  /**
   * Money booked twice or spent twice: receipts allocated beyond what they booked or not to the sum of their
   * allocation rows, one bank statement row behind two live receipts, one journal row reversed twice.
   */
  paymentsTwice: number;
  /** Customers whose open balance is not what their receivables ask for less their unapplied money (预收). */
  openBalanceOff: number;
  /** Orders that entered one status more than once (a step applied twice). */
  transitionsTwice: number;
  /** Pipeline stock movements (not of a shipment, return or goods-in) of one order line and reason written twice. */
  movementsTwice: number;
}

export type BooksRule = keyof BooksReport;

/** Reads every rule of the books at once. Cheap enough to run after every test case; a full scan, not for hot paths. */
export async function reconcileBooks(db: Kysely<Database>): Promise<BooksReport> {
  const r = await sql<BooksReport>`
    select
      (select count(*) from orders where status in ('confirmed', 'reserved', 'priced'))::int as "ordersInFlight",
      (select count(*) from outbox where published_at is null)::int as "outboxWaiting",
      (select count(*) from stock where on_hand < 0 or reserved < 0 or reserved > on_hand)::int as "stockNegative",
      (select count(*) from stock s
         full join (select sku, sum(on_hand_delta) as on_hand, sum(reserved_delta) as reserved
                    from stock_ledger group by sku) l on l.sku = s.sku
         where coalesce(s.on_hand, 0) <> coalesce(l.on_hand, 0)
            or coalesce(s.reserved, 0) <> coalesce(l.reserved, 0))::int as "ledgerNotStock",
      (select count(*) from stock s
         where s.reserved <> coalesce((select sum(l.reserved_qty) from order_lines l
                                       join orders o on o.id = l.order_id
                                       where l.sku = s.sku and o.status not in ('cancelled', 'rejected')), 0)
      )::int as "reservedNotHeld",
      (select count(*) from order_lines
         where shipped_qty + cancelled_qty > qty or returned_qty > shipped_qty or reserved_qty < 0)::int
        as "linesOverShipped",
      (select count(*) from order_lines l
         where l.shipped_qty <> coalesce((select sum(sl.qty) from shipment_lines sl
                                          join shipments s on s.id = sl.shipment_id
                                          where s.order_id = l.order_id and sl.line_no = l.line_no), 0)
      )::int as "shipmentsNotLines",
      (select count(*) from receivables r
         where r.amount_fen <> coalesce((select sum(sl.qty * l.unit_price_fen) from shipment_lines sl
                                          join shipments s on s.id = sl.shipment_id
                                          join order_lines l on l.order_id = s.order_id and l.line_no = sl.line_no
                                          where s.order_id = r.order_id), 0)
                               - coalesce((select sum(c.amount_fen) from credit_notes c
                                           where c.order_id = r.order_id), 0)
      )::int as "receivablesNotDelivered",
      (select count(*) from (select 1 from receivables group by order_id having count(*) > 1) d)::int
        as "receivablesTwice",
      (select count(*) from receivables r
         where r.paid_fen <> coalesce((select sum(amount_fen) from payments p where p.order_id = r.order_id), 0)
      )::int as "paymentsNotPaid",
      ((select count(*) from money_receipts m
          where m.allocated_fen > m.booked_fen
             or m.allocated_fen <> coalesce((select sum(j.amount_fen) from money_journal j
                                             where j.receipt_id = m.id and j.kind = 'allocation'), 0))
       + (select count(*) from (select 1 from money_receipts where statement_row_id is not null and booked_fen > 0
                                group by statement_row_id having count(*) > 1) d)
       + (select count(*) from (select 1 from money_journal where reverses_id is not null
                                group by reverses_id having count(*) > 1) d))::int as "paymentsTwice",
      (select count(*) from customers c
         where c.open_fen <> coalesce((select sum(amount_fen + committed_fen - paid_fen - written_off_fen)
                                       from receivables r where r.customer_id = c.id), 0) - c.unapplied_fen)::int
        as "openBalanceOff",
      (select count(*) from (select 1 from order_status_history
                             group by order_id, to_status having count(*) > 1) d)::int as "transitionsTwice",
      (select count(*) from (select 1 from stock_ledger
                             where order_id is not null and shipment_id is null and return_id is null
                               and receipt_id is null
                             group by order_id, line_no, reason having count(*) > 1) d)::int as "movementsTwice"
  `.execute(db);
  const row = r.rows[0];
  if (!row) throw new Error('reconciliation returned no row');
  return row;
}

/**
 * The rules a report breaks, as `rule: count` strings (empty when the books hold). `allow` names rules a caller
 * does not hold the books to (e.g. `outboxWaiting` where no relay runs).
 */
export function brokenRules(report: BooksReport, allow: readonly BooksRule[] = []): string[] {
  return (Object.entries(report) as [BooksRule, number][])
    .filter(([rule, n]) => n !== 0 && !allow.includes(rule))
    .map(([rule, n]) => `${rule}: ${n}`);
}
