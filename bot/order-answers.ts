import type { OrderInquiry } from '../dialog/dialog-types.js';
import { readOrderInquiry } from '../dialog/order-inquiry.js';
import type { OrderStatus } from '../db/schema.js';
import { formatYuan } from '../orders/money.js';
import { REVIEW_STEP_LABELS, type ReviewStep } from '../orders/review-chain.js';

/**
 * Answers to a customer's (or their rep's) question about orders already placed, from the order records (pure).
 * The records are read by `pg-customer-orders.ts`; what may be cancelled in chat is decided here.
 */

/** One placed order as the chat talks about it. */
export interface OrderFacts {
  orderId: string;
  number: string;
  status: OrderStatus;
  placedAt: Date;
  customerName: string | null;
  totalFen: number;
  lines: { name: string; qty: number; unit: string; shippedQty: number; cancelledQty: number }[];
  reviewStep: ReviewStep | null;
  /** Why it was rejected or cancelled (the last status change's reason). */
  lastReason: string | null;
  /** What the customer has to pay for it as it stands (shipped and still to ship, less returns). */
  dueFen: number;
  paidFen: number;
  shipments: { number: string; shippedAt: Date }[];
}

/** Which orders a question found (or why none). */
export type FoundOrders =
  | { kind: 'found'; orders: OrderFacts[] }
  /** A number that names no order of theirs (another customer's order is not theirs either). */
  | { kind: 'no_such_number'; number: string }
  /** They have no orders at all (or no open ones when none was named). */
  | { kind: 'none' };

const day = (d: Date) => `${d.getMonth() + 1}月${d.getDate()}日`;
const qty = (n: number, unit: string) => `${n}${unit}`;

function statusText(o: OrderFacts): string {
  switch (o.status) {
    case 'confirmed':
    case 'reserved':
    case 'priced':
      return '已收到，正在备货核价';
    case 'in_review':
      return `正在${o.reviewStep ? REVIEW_STEP_LABELS[o.reviewStep] : '审核'}，确认后马上通知您`;
    case 'approved':
      return '已确认，等待仓库发货';
    case 'partially_shipped':
      return '已发出一部分，其余到货后再发';
    case 'shipped':
      return '已全部发货';
    case 'completed':
      return '已发完货、货款已结清';
    case 'cancelled':
      return `已取消${o.lastReason ? `（${o.lastReason}）` : ''}`;
    case 'rejected':
      return `未通过审核${o.lastReason ? `：${o.lastReason}` : ''}，如有疑问请联系业务员`;
  }
}

function heading(o: OrderFacts): string {
  return `订单 ${o.number}（${day(o.placedAt)}下单，${formatYuan(o.totalFen)}）`;
}

function contentsText(o: OrderFacts): string {
  return o.lines.map((l, i) => `${i + 1}. ${l.name} ${qty(l.qty, l.unit)}`).join('\n');
}

function shippingText(o: OrderFacts): string {
  const last = o.shipments.at(-1);
  switch (o.status) {
    case 'shipped':
    case 'completed':
      return `${heading(o)}已全部发货${last ? `（${day(last.shippedAt)}，发货单 ${last.number}）` : ''}。`;
    case 'partially_shipped': {
      const shipped = o.lines
        .filter((l) => l.shippedQty > 0)
        .map((l) => `${l.name} ${qty(l.shippedQty, l.unit)}`);
      const open = o.lines
        .map((l) => ({ ...l, open: l.qty - l.shippedQty - l.cancelledQty }))
        .filter((l) => l.open > 0)
        .map((l) => `${l.name} ${qty(l.open, l.unit)}`);
      return `${heading(o)}已发出一部分${last ? `（最近一次 ${day(last.shippedAt)}）` : ''}：${shipped.join('、')}。还没发：${open.join('、')}，到货后再发。`;
    }
    case 'cancelled':
    case 'rejected':
      return `${heading(o)}${statusText(o)}，不会发货。`;
    default:
      return `${heading(o)}还没发货，${statusText(o)}。`;
  }
}

function amountText(o: OrderFacts): string {
  if (o.status === 'cancelled' || o.status === 'rejected') return `${heading(o)}${statusText(o)}，不用付款。`;
  const owed = o.dueFen - o.paidFen;
  const paid = o.paidFen > 0 ? `已付${formatYuan(o.paidFen)}，` : '';
  if (owed <= 0) return `${heading(o)}应付${formatYuan(o.dueFen)}，${paid}已结清。`;
  return `${heading(o)}应付${formatYuan(o.dueFen)}，${paid}还差${formatYuan(owed)}。`;
}

/** The answer to a question that is not a cancellation. */
export function answerOrderQuestion(inquiry: OrderInquiry, found: FoundOrders): string[] {
  if (found.kind === 'no_such_number') {
    return [`没查到您的订单 ${found.number}，请核对一下单号（例如 LD-20261205-0007，也可以只说最后几位）。`];
  }
  if (found.kind === 'none') {
    return [
      inquiry.order.kind === 'unspecified'
        ? '您现在没有未完成的订单。要下单直接发要的货就行，例如“50袋425水泥”。'
        : '没查到您的订单。要下单直接发要的货就行，例如“50袋425水泥”。',
    ];
  }
  const many = found.orders.length > 1;
  const answers = found.orders.map((o) => {
    switch (inquiry.topic) {
      case 'shipping':
        return shippingText(o);
      case 'amount':
        return amountText(o);
      case 'contents':
        return `${heading(o)}${statusText(o)}：\n${contentsText(o)}`;
      case 'status':
      case 'cancel':
        return o.status === 'partially_shipped' ? shippingText(o) : `${heading(o)}${statusText(o)}。`;
    }
  });
  return many ? [`您有${found.orders.length}个订单在办：\n${answers.join('\n')}`] : answers;
}

/** What may be done when a customer asks to cancel an order in chat. */
export type CancelPlan =
  /** Cancelled after a yes, if the order is still in one of `onlyFrom` then. */
  | { kind: 'ask'; order: OrderFacts; text: string; onlyFrom: OrderStatus[] }
  /** Approved (the warehouse may be picking it) or paid: the rep is asked to deal with it, nothing changes here. */
  | { kind: 'to_rep'; order: OrderFacts; text: string; repText: string }
  /** Shipped, already cancelled or rejected: nothing to cancel. */
  | { kind: 'refuse'; text: string };

const SELF_CANCELLABLE: readonly OrderStatus[] = ['confirmed', 'reserved', 'priced', 'in_review'];

/** Staff roles that may cancel an order (as in the back office). */
const STAFF_CANCELLERS = ['rep', 'clerk', 'manager', 'admin'];

/**
 * Which order a cancellation is about (the one named, or the only one found; several are asked about) and what
 * may be done: a customer cancels alone only before the order is approved, staff who may cancel in the back
 * office until it ships. A paid order is never cancelled in chat (the money must be refunded first).
 */
export function planCancel(
  found: FoundOrders,
  by: { kind: 'customer'; name: string } | { kind: 'staff'; roles: readonly string[] },
): CancelPlan {
  if (found.kind !== 'found') {
    const text = answerOrderQuestion({ topic: 'cancel', order: { kind: 'latest' }, text: '' }, found)[0]!;
    return { kind: 'refuse', text };
  }
  if (found.orders.length > 1) {
    const numbers = found.orders.map((o) => o.number).join('、');
    return {
      kind: 'refuse',
      text: `找到${found.orders.length}个订单：${numbers}。要取消哪一个？请说“取消订单”加完整单号。`,
    };
  }
  const order = found.orders[0]!;
  const shipped = ['partially_shipped', 'shipped', 'completed'].includes(order.status);
  if (shipped) return { kind: 'refuse', text: `${heading(order)}已经发货，不能取消了；要退货请联系业务员。` };
  if (order.status === 'cancelled' || order.status === 'rejected') {
    return { kind: 'refuse', text: `${heading(order)}${statusText(order)}，不用再取消。` };
  }
  const ask = (onlyFrom: readonly OrderStatus[]): CancelPlan => ({
    kind: 'ask',
    order,
    text: `确定要取消${heading(order)}吗？回复“确认取消”就取消，回复别的就不取消。`,
    onlyFrom: [...onlyFrom],
  });
  if (by.kind === 'staff') {
    if (!by.roles.some((r) => STAFF_CANCELLERS.includes(r))) {
      return { kind: 'refuse', text: '您的账号不能取消订单，请找业务员或开单员。' };
    }
    if (order.paidFen > 0) {
      return {
        kind: 'refuse',
        text: `${heading(order)}已付${formatYuan(order.paidFen)}，请先在后台办理退款再取消。`,
      };
    }
    return ask([...SELF_CANCELLABLE, 'approved']);
  }
  if (order.paidFen > 0) {
    return {
      kind: 'to_rep',
      order,
      text: `${heading(order)}已经付过款，取消要由业务员办理退款，我已转告业务员，会尽快联系您。`,
      repText: `客户${by.name}要求取消订单 ${order.number}（已付${formatYuan(order.paidFen)}），请处理退款和取消。`,
    };
  }
  if (SELF_CANCELLABLE.includes(order.status)) return ask(SELF_CANCELLABLE);
  return {
    kind: 'to_rep',
    order,
    text: `${heading(order)}已确认，仓库可能正在备货，不能直接取消。我已转告业务员，会尽快联系您。`,
    repText: `客户${by.name}要求取消订单 ${order.number}（已确认，未发货），请尽快处理。`,
  };
}

/** A no to "确定要取消…吗？" said as such (anything that is not a yes keeps the order, too). */
export function isCancelNo(text: string): boolean {
  const t = text.replace(/[\s，。,.!！~]/g, '');
  return /^(不|不是|不用|不要取消|不取消|别取消|算了|先不|先不取消|不了|没有|否)$/.test(t);
}

/** A yes to "确定要取消…吗？" (anything else keeps the order). */
export function isCancelYes(text: string): boolean {
  const t = text.replace(/[\s，。,.!！~]/g, '');
  return /^(确认取消|确定取消|确认|确定|是|是的|对|对的|取消|取消吧|取消掉|嗯|嗯嗯|好|好的|可以|行)$/.test(t);
}

/** `LD-20261205-0007` as written in a message (the dash and leading zeros may be left out). */
export const WHOLE_ORDER_NUMBER = /LD[-\s]?(\d{8})[-\s]?(\d{1,4})(?!\d)/i;

/**
 * A message naming a whole order number is about that order, whatever else it says (LD-20261205-0007 到哪了): the
 * question it asks (status when it asks none). Null for every other message.
 */
export function wholeNumberInquiry(text: string): OrderInquiry | null {
  if (!WHOLE_ORDER_NUMBER.test(text)) return null;
  // The number stands in as a short one, so the question words around it are read as for 订单7发货了吗.
  const asked = readOrderInquiry(text.replace(WHOLE_ORDER_NUMBER, ' 订单1 '));
  return { topic: asked?.topic ?? 'status', order: { kind: 'unspecified' }, text };
}
