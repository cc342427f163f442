import type { MatchResult } from './match-types.js';
import type { OpenOrder } from './open-orders.js';
import type { StatementRow } from './statement-types.js';

/** One `auto` row as a booking: the customer, and each order's allocation and fee write-off. */
export interface AutoBooking {
  row: StatementRow;
  customerId: string;
  allocations: { orderNo: string; amountFen: number; writeOffFen: number }[];
}

/**
 * Turns the matcher's `auto` results into bookings, reading the rows in line order against the open amounts as
 * the matcher did: an allocation that leaves at most the tolerance open settles its order, and the difference is
 * written off as a bank fee (FORMAT.md §6 "settles"); what the row brought beyond its allocations stays with the
 * customer as 预收. Every order of an `auto` row belongs to one customer (the matcher's rule); a row that broke
 * it would be a bug, and is refused loudly rather than booked.
 */
export function planAutoBookings(
  orders: readonly OpenOrder[],
  rows: readonly StatementRow[],
  results: readonly MatchResult[],
  toleranceFen: number,
): { bookings: AutoBooking[] } {
  const open = new Map(
    orders.map((o) => [o.orderNo, { order: o, open: Math.max(0, o.amountFen - o.paidFen) }]),
  );
  const byLine = new Map(rows.map((r) => [r.line, r]));
  const bookings: AutoBooking[] = [];
  for (const result of results) {
    if (result.decision !== 'auto') continue;
    const row = byLine.get(result.line);
    if (!row) throw new Error(`result for line ${result.line} has no row`);
    const customers = new Set<string>();
    const allocations = result.allocations.map((a) => {
      const entry = open.get(a.orderNo);
      if (!entry || a.amountFen > entry.open)
        throw new Error(`auto allocation to ${a.orderNo} exceeds what is open`);
      customers.add(entry.order.customerId);
      const rest = entry.open - a.amountFen;
      const writeOffFen = rest > 0 && rest <= toleranceFen ? rest : 0;
      entry.open = rest - writeOffFen;
      return { orderNo: a.orderNo, amountFen: a.amountFen, writeOffFen };
    });
    const allocated = allocations.reduce((s, a) => s + a.amountFen, 0);
    if (customers.size !== 1 || allocated > row.amountFen) {
      throw new Error(`auto result for line ${result.line} is not one customer's money`);
    }
    bookings.push({ row, customerId: [...customers][0]!, allocations });
  }
  return { bookings };
}

/**
 * When money on a bank row came in: its day and time (Beijing). A row without a time came some time that day; it is
 * placed at the day's end, after that day's shipments, so a 对账单 never shows a payment before what it paid for.
 */
export function bankRowMoment(day: string, time: string | null): string {
  return `${day}T${time ?? '23:59:59'}+08:00`;
}
