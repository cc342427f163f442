import { groupsSummingTo, ordersFitting } from './amount-groups.js';
import { matchText } from './finance-text.js';
import type { MatchConfig, OpenOrder } from './open-orders.js';
import { createOrderBook, dayNumber, type BookOrder, type OrderBook } from './order-book.js';
import { createPayerDirectory } from './payer-directory.js';
import { decideByAmount, decideByOrderNumber, type Decision, type RowFacts } from './match-rules.js';
import type { MatchResult } from './match-types.js';
import type { StatementRow } from './statement-types.js';

const interest = /结息|利息/;
/** Interest is paid by the bank: no counterparty, the bank itself, or an interest account (应付…利息). */
const bankOrNobody = (payerName: string | null) =>
  payerName === null || /银行|利息|结息|存款/.test(payerName);

/** Options of one run over a statement. */
export interface MatchOptions {
  /** The statement's account holder (`户名：X` above the header): its own transfers are not payments. */
  accountHolder: string | null;
}

/** Orders that fit the amount or belong to a group of one customer's orders that sums to it, any customer. */
function anyCustomerCandidates(book: OrderBook, amount: number, toleranceFen: number): BookOrder[] {
  const fitting = ordersFitting(book.all, amount, toleranceFen);
  const byCustomer = new Map<string, BookOrder[]>();
  for (const entry of book.all) {
    if (entry.open <= 0 || entry.open >= amount) continue;
    const list = byCustomer.get(entry.order.customerId);
    if (list) list.push(entry);
    else byCustomer.set(entry.order.customerId, [entry]);
  }
  const members: BookOrder[] = [];
  for (const entries of byCustomer.values()) {
    if (entries.length < 2) continue;
    members.push(...groupsSummingTo(entries, amount, 2_000).members);
  }
  return [...new Set([...fitting, ...members])];
}

/**
 * Builds the matcher for one set of open orders (FORMAT.md §6). Each `match` call applies a statement's income
 * rows in line order to a fresh copy of the open amounts: an `auto` row pays its orders down before the next
 * row is read, so instalments and "this order is already paid" come out as a careful accountant would see them.
 * Only what is certain is booked automatically; everything else is a suggestion or left unmatched.
 */
export function createPaymentMatcher(orders: readonly OpenOrder[], config: MatchConfig) {
  function match(rows: readonly StatementRow[], options: MatchOptions): MatchResult[] {
    const book = createOrderBook(orders, config);
    const payers = createPayerDirectory(orders, options.accountHolder);
    const results: MatchResult[] = [];
    for (const row of rows) {
      if (row.direction !== 'income' || row.amountFen <= 0) continue;
      const decision = decide(row, book, payers);
      if (decision.decision === 'auto') {
        for (const payment of decision.payments) {
          payment.entry.open = payment.settles ? 0 : payment.entry.open - payment.amountFen;
        }
      }
      results.push(toResult(row.line, decision));
    }
    return results;
  }

  function decide(
    row: StatementRow,
    book: OrderBook,
    payers: ReturnType<typeof createPayerDirectory>,
  ): Decision {
    const payer = payers.identify(row.payerName, row.remarks);
    if (payer.kind === 'account-holder') {
      return {
        decision: 'unmatched',
        kind: 'not-a-customer',
        candidates: [],
        reason: matchText.ownAccount(payer.holder),
      };
    }
    if (bankOrNobody(row.payerName) && row.remarks.some((remark) => interest.test(remark))) {
      return { decision: 'unmatched', kind: 'not-a-customer', candidates: [], reason: matchText.interest };
    }
    const payerCustomerId = payer.kind === 'known' ? payer.customerId : null;
    const facts: RowFacts = {
      amount: row.amountFen,
      day: dayNumber(row.date),
      payerCustomerId,
      payerShownAs: payer.shownAs ?? '',
    };
    const named = book.namedOrders(row.remarks, payerCustomerId);
    if (named.orders.length + named.missing.length + named.ambiguous.length > 0) {
      return decideByOrderNumber(named, facts, book, config);
    }
    if (payerCustomerId) return decideByAmount(payerCustomerId, facts, book, config);
    const inRemark = payers.customerInRemarks(row.remarks);
    if (inRemark) {
      const customerName = payers.customerName(inRemark);
      const byName = decideByAmount(inRemark, { ...facts, payerShownAs: customerName }, book, config);
      if (byName.decision === 'auto') {
        return {
          ...byName,
          kind: 'customer-in-remark',
          reason: matchText.customerInRemark(customerName, byName.reason),
        };
      }
    }
    const candidates = anyCustomerCandidates(book, row.amountFen, config.toleranceFen);
    const unknownNote = payer.kind === 'unknown' && payer.note ? `（${payer.note}）` : '';
    if (candidates.length) {
      const numbers = candidates.map((entry) => entry.order.orderNo);
      return {
        decision: 'suggest',
        kind: 'amount-only',
        proposal:
          candidates.length === 1
            ? [
                {
                  entry: candidates[0]!,
                  amountFen: Math.min(row.amountFen, candidates[0]!.open),
                  settles: false,
                },
              ]
            : [],
        candidates,
        reason: matchText.amountOnly(payer.shownAs, numbers) + unknownNote,
      };
    }
    return {
      decision: 'unmatched',
      kind: 'unknown-payer',
      candidates: [],
      reason: matchText.unknownPayer(payer.shownAs) + unknownNote,
    };
  }

  return { match };
}

function toResult(line: number, decision: Decision): MatchResult {
  const orderNos = (entries: readonly BookOrder[]) => entries.map((entry) => entry.order.orderNo);
  switch (decision.decision) {
    case 'auto':
      return {
        line,
        decision: 'auto',
        kind: decision.kind,
        allocations: decision.payments.map((p) => ({
          orderNo: p.entry.order.orderNo,
          amountFen: p.amountFen,
        })),
        reason: decision.reason,
      };
    case 'suggest':
      return {
        line,
        decision: 'suggest',
        kind: decision.kind,
        allocations: decision.proposal.map((p) => ({
          orderNo: p.entry.order.orderNo,
          amountFen: p.amountFen,
        })),
        candidates: orderNos(decision.candidates),
        reason: decision.reason,
      };
    case 'unmatched':
      return {
        line,
        decision: 'unmatched',
        kind: decision.kind,
        allocations: [],
        candidates: orderNos(decision.candidates),
        reason: decision.reason,
      };
  }
}
