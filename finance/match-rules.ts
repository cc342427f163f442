import { groupsSummingTo, ordersFitting } from './amount-groups.js';
import { matchText } from './finance-text.js';
import type { MatchConfig } from './open-orders.js';
import type { BookOrder, NamedOrders, OrderBook } from './order-book.js';
import type { MatchKind } from './match-types.js';

/** A payment the run will make to one order when the row is booked; `settles` closes the order. */
export interface Payment {
  entry: BookOrder;
  amountFen: number;
  settles: boolean;
}

/** A decision before it is written out: `auto` carries the payments to apply. */
export type Decision =
  | { decision: 'auto'; kind: MatchKind; payments: Payment[]; reason: string }
  | { decision: 'suggest'; kind: MatchKind; proposal: Payment[]; candidates: BookOrder[]; reason: string }
  | { decision: 'unmatched'; kind: MatchKind; candidates: BookOrder[]; reason: string };

/** What the rules know about one income row. */
export interface RowFacts {
  amount: number;
  day: number;
  payerCustomerId: string | null;
  payerShownAs: string;
}

const numbers = (entries: readonly BookOrder[]) => entries.map((entry) => entry.order.orderNo);
const unique = (entries: readonly BookOrder[]) => [...new Set(entries)];
const suggest = (
  kind: MatchKind,
  candidates: BookOrder[],
  reason: string,
  proposal: Payment[] = [],
): Decision => ({
  decision: 'suggest',
  kind,
  proposal,
  candidates: unique(candidates),
  reason,
});

/** The rows of §6 for a remark that names orders. */
export function decideByOrderNumber(
  named: NamedOrders,
  facts: RowFacts,
  book: OrderBook,
  config: MatchConfig,
): Decision {
  const { amount, day, payerCustomerId } = facts;
  const ownFitting = () =>
    payerCustomerId ? ordersFitting(book.openOrdersOf(payerCustomerId), amount, config.toleranceFen) : [];
  const openNamed = named.orders.filter((entry) => entry.open > 0);
  const foreign = named.orders.filter(
    (entry) => payerCustomerId && entry.order.customerId !== payerCustomerId,
  );
  if (foreign.length) {
    return suggest(
      'payer-order-conflict',
      [...openNamed, ...ownFitting()],
      matchText.payerOrderConflict(facts.payerShownAs, numbers(foreign)),
    );
  }
  if (named.ambiguous.length) {
    const options = named.ambiguous.flatMap((item) => item.orders).filter((entry) => entry.open > 0);
    return suggest(
      'order-no-ambiguous',
      [...openNamed, ...options],
      matchText.orderAmbiguous(named.ambiguous[0]!.text),
    );
  }
  const closed = named.orders.filter((entry) => entry.open === 0);
  if (closed.length || named.missing.length) {
    return {
      decision: 'unmatched',
      kind: 'order-not-open',
      candidates: openNamed,
      reason: matchText.orderNotOpen([...numbers(closed), ...named.missing]),
    };
  }
  if (named.orders.length === 1) {
    const entry = named.orders[0]!;
    const no = entry.order.orderNo;
    if (!book.inWindow(entry, day)) {
      return suggest('out-of-window', [entry], matchText.outOfWindow(no), [
        { entry, amountFen: Math.min(amount, entry.open), settles: false },
      ]);
    }
    if (amount >= entry.open - config.toleranceFen) {
      const paid = Math.min(amount, entry.open);
      return {
        decision: 'auto',
        kind: 'order-no',
        payments: [{ entry, amountFen: paid, settles: true }],
        reason: matchText.orderSettled(no, amount - paid, entry.open - paid),
      };
    }
    return {
      decision: 'auto',
      kind: 'part-payment',
      payments: [{ entry, amountFen: amount, settles: false }],
      reason: matchText.partPayment(no, entry.open - amount),
    };
  }
  const total = named.orders.reduce((sum, entry) => sum + entry.open, 0);
  const customers = new Set(named.orders.map((entry) => entry.order.customerId));
  if (customers.size === 1 && named.orders.every((entry) => book.inWindow(entry, day)) && amount >= total) {
    return {
      decision: 'auto',
      kind: 'several-orders',
      payments: named.orders.map((entry) => ({ entry, amountFen: entry.open, settles: true })),
      reason: matchText.severalOrders(numbers(named.orders), amount - total),
    };
  }
  return suggest(
    'several-orders-short',
    [...named.orders, ...ownFitting()],
    matchText.severalOrdersShort(numbers(named.orders)),
  );
}

/** The rows of §6 for a customer taken as the payer when no order is named. */
export function decideByAmount(
  customerId: string,
  facts: RowFacts,
  book: OrderBook,
  config: MatchConfig,
): Decision {
  const { amount, day } = facts;
  const open = book.openOrdersOf(customerId);
  const fitting = ordersFitting(open, amount, config.toleranceFen);
  const groups = groupsSummingTo(open, amount);
  const payer = facts.payerShownAs;
  if (fitting.length === 1 && !groups.found && groups.complete) {
    const entry = fitting[0]!;
    if (!book.inWindow(entry, day)) {
      return suggest('out-of-window', [entry], matchText.amountOutOfWindow(payer, entry.order.orderNo), [
        { entry, amountFen: amount, settles: false },
      ]);
    }
    return {
      decision: 'auto',
      kind: 'known-payer',
      payments: [{ entry, amountFen: amount, settles: true }],
      reason: matchText.knownPayer(payer, entry.order.orderNo, entry.open - amount),
    };
  }
  const total = open.reduce((sum, entry) => sum + entry.open, 0);
  if (
    fitting.length === 0 &&
    open.length >= 2 &&
    total === amount &&
    open.every((entry) => book.inWindow(entry, day))
  ) {
    return {
      decision: 'auto',
      kind: 'pays-all-open',
      payments: open.map((entry) => ({ entry, amountFen: entry.open, settles: true })),
      reason: matchText.paysAllOpen(payer, numbers(open)),
    };
  }
  if (fitting.length || groups.found) {
    const candidates = [...fitting, ...groups.members];
    const proposal =
      fitting.length === 1 && !groups.found
        ? [{ entry: fitting[0]!, amountFen: amount, settles: false }]
        : [];
    return suggest(
      'amount-ambiguous',
      candidates,
      matchText.amountAmbiguous(payer, numbers(candidates)),
      proposal,
    );
  }
  return {
    decision: 'unmatched',
    kind: 'known-payer-no-amount',
    candidates: [],
    reason: matchText.knownPayerNoAmount(payer),
  };
}
