/** Aging buckets of what customers owe, by days since the goods went out (账龄). */
export const AGING_BUCKETS = ['0-30', '31-60', '61-90', '90+'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];
export type AgingAmounts = Record<AgingBucket, number>;

export const noAging = (): AgingAmounts => ({ '0-30': 0, '31-60': 0, '61-90': 0, '90+': 0 });

/** The bucket of an amount owed for `days` days. */
export function bucketOf(days: number): AgingBucket {
  if (days <= 30) return '0-30';
  if (days <= 60) return '31-60';
  if (days <= 90) return '61-90';
  return '90+';
}

/** Days from one YYYY-MM-DD date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** What one order owes as the journal says: its standing charges by day, and what settled them. */
export interface OrderCharges {
  /** Standing charges (shipments), each with the day it was owed from. */
  charges: readonly { day: string; amountFen: number }[];
  /** Credit notes, allocations and write-offs standing on the order: they settle the oldest charges first. */
  settledFen: number;
}

/** An order's owed money by age: the buckets, what is past the payment terms, and the oldest unpaid day. */
export interface OrderAging {
  owedFen: number;
  buckets: AgingAmounts;
  overdueFen: number;
  oldestDays: number | null;
}

/**
 * Ages one order's owed money first in, first out: credits and payments settle the oldest charges first, and
 * what is left of each charge is as old as its shipment. Money approved but not shipped is not owed yet and not
 * aged. `termsDays` is the shop's payment terms: owed money older than that is overdue.
 */
export function ageOrder(order: OrderCharges, asOf: string, termsDays: number): OrderAging {
  const sorted = [...order.charges].sort((a, b) => a.day.localeCompare(b.day));
  const result: OrderAging = { owedFen: 0, buckets: noAging(), overdueFen: 0, oldestDays: null };
  let settle = order.settledFen;
  for (const charge of sorted) {
    const taken = Math.min(Math.max(settle, 0), charge.amountFen);
    settle -= taken;
    const left = charge.amountFen - taken;
    if (left <= 0) continue;
    const days = Math.max(0, daysBetween(charge.day, asOf));
    result.owedFen += left;
    result.buckets[bucketOf(days)] += left;
    if (days > termsDays) result.overdueFen += left;
    result.oldestDays = Math.max(result.oldestDays ?? 0, days);
  }
  return result;
}

/** Adds up agings (per customer, per shop). */
export function sumAging(agings: readonly OrderAging[]): AgingAmounts {
  const total = noAging();
  for (const a of agings) for (const bucket of AGING_BUCKETS) total[bucket] += a.buckets[bucket];
  return total;
}
