/**
 * The 对账单 (customer statement) of one customer and a period, as pure data: the opening balance, each order,
 * shipment, return, payment and write-off of the period with the balance after it, and the closing balance. The
 * balance is what the customer owes for goods delivered less what it paid (negative: money with the shop); orders
 * are listed for reference and owe nothing until they ship.
 */
import { moneyText as formatYuan } from './yuan.js';

export type StatementLineKind = 'order' | 'shipment' | 'return' | 'credit' | 'payment' | 'write_off';

/** One thing that happened, as read from the books. */
export interface StatementEvent {
  /** YYYY-MM-DD (Asia/Shanghai). */
  day: string;
  /** For ordering events of one day. */
  at: string;
  kind: StatementLineKind;
  /** The document: order number, delivery note (FH-…), return (TH-…), receipt (SK-…). */
  document: string;
  orderNumber: string | null;
  /** What it raises the balance by (negative lowers it); 0 for an order. */
  effectFen: number;
  /** An order's total, shown for reference. */
  amountFen: number;
  /** A reversal of an earlier booking. */
  reversal: boolean;
  detail: string;
}

export interface StatementLine extends StatementEvent {
  description: string;
  /** Raises what is owed (shipments, reversed payments). */
  debitFen: number;
  /** Lowers it (payments, returns, write-offs). */
  creditFen: number;
  balanceFen: number;
}

export interface CustomerStatement {
  customer: { id: string; name: string };
  from: string;
  to: string;
  openingFen: number;
  lines: StatementLine[];
  totals: { debitFen: number; creditFen: number };
  closingFen: number;
  /** Approved orders not yet shipped at the end of the period (committed, not owed). */
  committedFen: number;
}

const KIND_WORDS: Record<StatementLineKind, string> = {
  order: '订单',
  shipment: '发货',
  return: '退货',
  credit: '冲减',
  payment: '收款',
  write_off: '手续费差额核销',
};

function describe(e: StatementEvent): string {
  const order = e.orderNumber && e.document !== e.orderNumber ? `（订单 ${e.orderNumber}）` : '';
  const base =
    e.kind === 'order'
      ? `订单 ${e.document}，金额${formatYuan(e.amountFen)}，发货后计入应收`
      : `${KIND_WORDS[e.kind]}${order}`;
  const detail = e.detail ? `：${e.detail}` : '';
  return `${e.reversal ? '冲销 ' : ''}${base}${detail}`;
}

/** Builds the statement: events in time order, each with the running balance. */
export function buildCustomerStatement(input: {
  customer: { id: string; name: string };
  from: string;
  to: string;
  openingFen: number;
  events: readonly StatementEvent[];
  committedFen: number;
}): CustomerStatement {
  const sorted = [...input.events].sort(
    (a, b) => a.at.localeCompare(b.at) || a.document.localeCompare(b.document),
  );
  let balance = input.openingFen;
  const totals = { debitFen: 0, creditFen: 0 };
  const lines = sorted.map((e): StatementLine => {
    balance += e.effectFen;
    const debitFen = Math.max(0, e.effectFen);
    const creditFen = Math.max(0, -e.effectFen);
    totals.debitFen += debitFen;
    totals.creditFen += creditFen;
    return { ...e, description: describe(e), debitFen, creditFen, balanceFen: balance };
  });
  return {
    customer: input.customer,
    from: input.from,
    to: input.to,
    openingFen: input.openingFen,
    lines,
    totals,
    closingFen: balance,
    committedFen: input.committedFen,
  };
}

/** The statement as chat text: short enough for one message (the last lines when there are many). */
export function statementAsText(s: CustomerStatement, maxLines = 15): string {
  const shown = s.lines.filter((l) => l.kind !== 'order').slice(-maxLines);
  const skipped = s.lines.filter((l) => l.kind !== 'order').length - shown.length;
  const rows = shown.map(
    (l) =>
      `${l.day.slice(5)} ${l.description} ${l.debitFen ? `+${formatYuan(l.debitFen)}` : `-${formatYuan(l.creditFen)}`} 余${formatYuan(l.balanceFen)}`,
  );
  return [
    `${s.customer.name} 对账单 ${s.from} 至 ${s.to}`,
    `期初：${formatYuan(s.openingFen)}`,
    ...(skipped > 0 ? [`（前 ${skipped} 笔略）`] : []),
    ...rows,
    `期末：${formatYuan(s.closingFen)}${s.committedFen ? `；另有已确认未发货${formatYuan(s.committedFen)}` : ''}`,
  ].join('\n');
}
