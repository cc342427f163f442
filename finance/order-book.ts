import type { MatchConfig, OpenOrder } from './open-orders.js';
import { compactText, findOrderReferences, type OrderReference } from './order-references.js';

/** An order with what is still open on it while a statement is applied. */
export interface BookOrder {
  order: OpenOrder;
  /** What is still owed, in fen; 0 once paid or settled within the tolerance. */
  open: number;
  /** Days since 1970-01-01 of issuedAt, for the date window. */
  issuedDay: number;
  sequence: number | null;
}

/** What the remark's spellings name, once looked up. */
export interface NamedOrders {
  /** Orders named, each once, in the order the remark names them. */
  orders: BookOrder[];
  /** Spellings that name no order of the list (a typo, or an order paid before the list was made). */
  missing: string[];
  /** Spellings that fit more than one order (`1201-7` when two years have a 12-01 order 7). */
  ambiguous: { text: string; orders: BookOrder[] }[];
}

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

const shape = /^([A-Z]*)[-_ ]?(\d{4})(\d{4})[-_ ]?(\d{1,6})$/;

/**
 * The open orders of one matching run, indexed by the parts people type (date, month-day and sequence), with
 * their open amounts, which the run pays down row by row.
 */
export function createOrderBook(orders: readonly OpenOrder[], config: MatchConfig) {
  const all: BookOrder[] = [];
  const byDated = new Map<string, BookOrder[]>();
  const byCustomer = new Map<string, BookOrder[]>();
  const prefixes = new Set<string>();
  const literals = new Map<string, BookOrder>();
  const add = <K>(map: Map<K, BookOrder[]>, key: K, entry: BookOrder) => {
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  };
  for (const order of orders) {
    const parts = shape.exec(order.orderNo.normalize('NFKC').toUpperCase());
    const entry: BookOrder = {
      order,
      open: Math.max(0, order.amountFen - order.paidFen),
      issuedDay: dayNumber(order.issuedAt),
      sequence: parts ? Number(parts[4]) : null,
    };
    all.push(entry);
    add(byCustomer, order.customerId, entry);
    if (parts) {
      prefixes.add(parts[1]!.toLowerCase());
      add(byDated, `${parts[2]}${parts[3]}-${entry.sequence}`, entry);
      add(byDated, `${parts[3]}-${entry.sequence}`, entry);
    } else {
      literals.set(compactText(order.orderNo), entry);
    }
  }
  const literalKeys = [...literals.keys()].filter((key) => key.length >= 6);

  function inWindow(entry: BookOrder, day: number): boolean {
    return day >= entry.issuedDay && day - entry.issuedDay <= config.dateWindowDays;
  }

  function openOrdersOf(customerId: string): BookOrder[] {
    return (byCustomer.get(customerId) ?? []).filter((entry) => entry.open > 0);
  }

  /** Looks up every spelling of the remarks; a bare sequence counts only for the known payer's one open order. */
  function namedOrders(remarks: readonly string[], payerCustomerId: string | null): NamedOrders {
    const references: OrderReference[] = remarks.flatMap((remark) =>
      findOrderReferences(remark, prefixes, literalKeys),
    );
    const named = new Set<BookOrder>();
    const missing = new Set<string>();
    const ambiguous: NamedOrders['ambiguous'] = [];
    for (const reference of references) {
      if (reference.kind === 'sequence') {
        if (payerCustomerId === null) continue;
        const same = openOrdersOf(payerCustomerId).filter((entry) => entry.sequence === reference.sequence);
        if (same.length === 1) named.add(same[0]!);
        continue;
      }
      if (reference.kind === 'literal') {
        named.add(literals.get(reference.compact)!);
        continue;
      }
      const key = `${reference.year ?? ''}${reference.monthDay}-${reference.sequence}`;
      const found = byDated.get(key) ?? [];
      if (found.length === 1) named.add(found[0]!);
      else if (found.length === 0) missing.add(reference.text);
      else ambiguous.push({ text: reference.text, orders: found });
    }
    return { orders: [...named], missing: [...missing], ambiguous };
  }

  return { all, inWindow, openOrdersOf, namedOrders };
}

export type OrderBook = ReturnType<typeof createOrderBook>;
