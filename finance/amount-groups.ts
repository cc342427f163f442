import type { BookOrder } from './order-book.js';

/** What a search for groups of orders whose open amounts add up exactly to an amount found. */
export interface GroupSearch {
  /** At least one group of two or more orders sums to the amount. */
  found: boolean;
  /** Every order that belongs to some such group. */
  members: Set<BookOrder>;
  /** False when the search gave up (too many orders or groups): then nothing may be booked on its answer. */
  complete: boolean;
}

/**
 * Finds the groups (two or more orders) whose open amounts sum to `target`, by a depth-first search over the
 * orders largest first, cut where the rest cannot reach the target. The search is bounded by `budget` steps;
 * a search that runs out says so instead of guessing.
 */
export function groupsSummingTo(
  entries: readonly BookOrder[],
  target: number,
  budget = 200_000,
): GroupSearch {
  const sorted = entries
    .filter((entry) => entry.open > 0 && entry.open < target)
    .sort((a, b) => b.open - a.open);
  const rest: number[] = new Array<number>(sorted.length + 1).fill(0);
  for (let i = sorted.length - 1; i >= 0; i--) rest[i] = rest[i + 1]! + sorted[i]!.open;
  const members = new Set<BookOrder>();
  const chosen: BookOrder[] = [];
  let steps = 0;
  let groups = 0;
  let complete = true;

  const visit = (from: number, remaining: number): void => {
    if (!complete) return;
    if (remaining === 0) {
      if (chosen.length >= 2) {
        groups++;
        for (const entry of chosen) members.add(entry);
        if (groups > 1000) complete = false;
      }
      return;
    }
    for (let i = from; i < sorted.length; i++) {
      if (++steps > budget) {
        complete = false;
        return;
      }
      if (rest[i]! < remaining) return;
      const open = sorted[i]!.open;
      if (open > remaining) continue;
      chosen.push(sorted[i]!);
      visit(i + 1, remaining - open);
      chosen.pop();
    }
  };
  visit(0, target);
  return { found: members.size > 0, members, complete };
}

/** The orders whose open amount `amount` settles: `open - tolerance ≤ amount ≤ open`. */
export function ordersFitting(
  entries: readonly BookOrder[],
  amount: number,
  toleranceFen: number,
): BookOrder[] {
  return entries.filter(
    (entry) => entry.open > 0 && entry.open - toleranceFen <= amount && amount <= entry.open,
  );
}
