/** Money allocated from one statement row to one order, in fen. */
export interface Allocation {
  orderNo: string;
  amountFen: number;
}

/** The situation that decided a row (FORMAT.md §6 tags, where one fits). */
export type MatchKind =
  | 'not-a-customer'
  | 'payer-order-conflict'
  | 'order-not-open'
  | 'order-no-ambiguous'
  | 'out-of-window'
  | 'order-no'
  | 'part-payment'
  | 'several-orders'
  | 'several-orders-short'
  | 'known-payer'
  | 'pays-all-open'
  | 'customer-in-remark'
  | 'amount-ambiguous'
  | 'known-payer-no-amount'
  | 'amount-only'
  | 'unknown-payer';

/**
 * The outcome for one income row. `auto`: booked without asking; `suggest`: shown to finance with the orders
 * worth looking at (`allocations` is a proposal, possibly empty); `unmatched`: nothing to propose. Money beyond
 * the allocations is the customer's unapplied credit (预收).
 */
export type MatchResult =
  | { decision: 'auto'; line: number; kind: MatchKind; allocations: Allocation[]; reason: string }
  | {
      decision: 'suggest';
      line: number;
      kind: MatchKind;
      allocations: Allocation[];
      candidates: string[];
      reason: string;
    }
  | {
      decision: 'unmatched';
      line: number;
      kind: MatchKind;
      allocations: [];
      candidates: string[];
      reason: string;
    };
