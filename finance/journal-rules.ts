import type { JournalKind } from '../db/finance-schema.js';

/**
 * What one journal row of each kind does to the balances, for an amount `a` (a reversal is the same kind with
 * `-a`). The database trigger applies exactly these; the property test checks the stored balances against them.
 */
export const JOURNAL_EFFECTS: Record<
  JournalKind,
  { owed: number; committed: number; paid: number; writtenOff: number; received: number }
> = {
  commitment: { owed: 0, committed: 1, paid: 0, writtenOff: 0, received: 0 },
  charge: { owed: 1, committed: 0, paid: 0, writtenOff: 0, received: 0 },
  credit: { owed: -1, committed: 0, paid: 0, writtenOff: 0, received: 0 },
  write_off: { owed: 0, committed: 0, paid: 0, writtenOff: 1, received: 0 },
  receipt: { owed: 0, committed: 0, paid: 0, writtenOff: 0, received: 1 },
  allocation: { owed: 0, committed: 0, paid: 1, writtenOff: 0, received: 0 },
};

/** A standing journal row as the release plan needs it. */
export interface ReleasableRow {
  id: number;
  kind: JournalKind;
  customerId: string;
  orderId: string | null;
  receiptId: number | null;
  amountFen: number;
}

/** Rows to reverse, smaller rows to book in their place, and how much allocated money went back to 预收. */
export interface ReleasePlan {
  reverse: number[];
  rebook: ReleasableRow[];
  releasedAllocationFen: number;
}

/**
 * How to take `excess` fen of settlement off an order that asks for less than it was paid: write-offs go first
 * (they were only ever a courtesy for a bank fee), then allocations, newest first. A row that must only partly go
 * is reversed whole and booked again for what stays, so every row stays immutable.
 */
export function planRelease(rows: readonly ReleasableRow[], excess: number): ReleasePlan {
  const ordered = [
    ...rows.filter((r) => r.kind === 'write_off').sort((a, b) => b.id - a.id),
    ...rows.filter((r) => r.kind === 'allocation').sort((a, b) => b.id - a.id),
  ];
  const plan: ReleasePlan = { reverse: [], rebook: [], releasedAllocationFen: 0 };
  let left = excess;
  for (const row of ordered) {
    if (left <= 0) break;
    const take = Math.min(row.amountFen, left);
    plan.reverse.push(row.id);
    if (take < row.amountFen) plan.rebook.push({ ...row, amountFen: row.amountFen - take });
    if (row.kind === 'allocation') plan.releasedAllocationFen += take;
    left -= take;
  }
  if (left > 0) throw new Error(`cannot release ${excess} fen: only ${excess - left} is settled`);
  return plan;
}

/** An open order offered for allocation. */
export interface OpenForAllocation {
  orderId: string;
  orderNumber: string;
  outstandingFen: number;
  /** When the order was placed; the oldest is offered first. */
  issuedAt: string;
}

/**
 * Oldest first: each open order in turn takes what it still asks for until the money runs out. What is left is
 * the customer's unapplied credit (预收).
 */
export function allocateOldestFirst(
  orders: readonly OpenForAllocation[],
  amountFen: number,
): { allocations: { orderId: string; orderNumber: string; amountFen: number }[]; unappliedFen: number } {
  const sorted = [...orders]
    .filter((o) => o.outstandingFen > 0)
    .sort((a, b) => a.issuedAt.localeCompare(b.issuedAt) || a.orderNumber.localeCompare(b.orderNumber));
  const allocations: { orderId: string; orderNumber: string; amountFen: number }[] = [];
  let left = amountFen;
  for (const order of sorted) {
    if (left <= 0) break;
    const take = Math.min(order.outstandingFen, left);
    allocations.push({ orderId: order.orderId, orderNumber: order.orderNumber, amountFen: take });
    left -= take;
  }
  return { allocations, unappliedFen: left };
}
