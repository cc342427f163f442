import { formatYuan } from './money.js';
import { jobIds, type NotifyEvent, type NotifyPayload, type PipelineJob, type Recipient } from './jobs.js';
import { REVIEW_STEP_LABELS, type ReviewStep } from './review-chain.js';

/** What the chat messages about one order are made from. */
export interface NoticeOrder {
  orderId: string;
  /** The one human number (`LD-20261205-0007`). */
  orderNumber: string;
  customerId: string | null;
  /** An unknown contact's order: their chat, told instead of a customer. */
  guestChat?: { channel: string; contactId: string; groupId?: string };
  /** The customer's sales rep. */
  repId: string | null;
  placedByStaffId: string | null;
  /** Staff to tell besides (or instead of) the rep: those who decide a waiting review step. */
  fallbackStaffIds?: string[];
  customerName: string | null;
  totalFen: number;
  lines: { name: string; unit: string; qty: number; reserved: number; shortage: number }[];
}

/** Quantities of lines, e.g. what one shipment took or what stays back-ordered. */
export interface LineQuantity {
  name: string;
  unit: string;
  qty: number;
}

export type NoticeEvent =
  | { event: 'reserved' }
  | { event: 'shortage' }
  | { event: 'in_review'; step: ReviewStep; reason: string }
  | { event: 'approved' }
  | { event: 'rejected'; step: ReviewStep; reason: string }
  | { event: 'shipped'; shipment: string; shipped: LineQuantity[]; backOrdered: LineQuantity[] }
  | { event: 'remainder_cancelled'; cancelled: LineQuantity[]; reason: string }
  | { event: 'returned'; returnNumber: string; returned: LineQuantity[]; creditFen: number }
  | { event: 'paid'; paymentId: number; amountFen: number; owedFen: number }
  | { event: 'completed' }
  | { event: 'cancelled'; reason: string | null };

export interface Notification {
  jobId: string;
  payload: NotifyPayload;
}

const list = (lines: LineQuantity[]) => lines.map((l) => `${l.name} ${l.qty}${l.unit}`).join('、');

function shortageText(o: NoticeOrder): string {
  return o.lines
    .filter((l) => l.shortage > 0)
    .map((l) =>
      l.reserved > 0
        ? `${l.name}缺货${l.shortage}${l.unit}，已为您保留${l.reserved}${l.unit}`
        : `${l.name}缺货${l.shortage}${l.unit}`,
    )
    .join('；');
}

/** What an event is for one order: one occurrence per order, or one per step, shipment, return, payment. */
function occurrence(ev: NoticeEvent): string {
  switch (ev.event) {
    case 'in_review':
    case 'rejected':
      return ev.step;
    case 'shipped':
      return ev.shipment;
    case 'returned':
      return ev.returnNumber;
    case 'paid':
      return String(ev.paymentId);
    default:
      return '';
  }
}

/**
 * The chat messages one order event produces (pure). Customer and staff may get different texts (staff see the
 * review reason); messages without anyone to tell are left out. Job ids are deterministic per order, event,
 * occurrence and audience, so one event never sends a message twice.
 */
export function buildNotifications(o: NoticeOrder, ev: NoticeEvent): Notification[] {
  const customer: Recipient[] = o.customerId
    ? [{ kind: 'customer', id: o.customerId }]
    : o.guestChat
      ? [{ kind: 'chat', ...o.guestChat }]
      : [];
  const own = [o.repId, o.placedByStaffId].filter((s): s is string => !!s);
  const ownStaff: Recipient[] = [...new Set(own.length ? own : (o.fallbackStaffIds ?? []))].map((id) => ({
    kind: 'staff',
    id,
  }));
  const no = o.orderNumber;
  const who = o.customerName ?? '新客户';
  const out: { audience: 'customer' | 'staff' | 'rep' | 'all'; to: Recipient[]; text: string }[] = [];
  const everyone = (text: string) => out.push({ audience: 'all', to: [...customer, ...ownStaff], text });
  switch (ev.event) {
    case 'reserved': {
      const short = shortageText(o);
      everyone(short ? `您的订单 ${no} 已备货：${short}。` : `您的订单 ${no} 已备货，正在核价。`);
      break;
    }
    case 'shortage':
      everyone(`抱歉，订单 ${no} 缺货（${shortageText(o)}），订单已取消，请调整数量后再下单。`);
      break;
    case 'in_review': {
      const step = REVIEW_STEP_LABELS[ev.step];
      const deciders = [...new Set([...(ev.step === 'rep' ? own : []), ...(o.fallbackStaffIds ?? [])])];
      const informed = own.filter((id) => !deciders.includes(id));
      out.push({
        audience: 'customer',
        to: customer,
        text: `订单 ${no} 已收到，正在${step}，确认后马上通知您。`,
      });
      out.push({
        audience: 'staff',
        to: deciders.map((id) => ({ kind: 'staff', id })),
        text: `订单 ${no}（${who}，${formatYuan(o.totalFen)}）等待${step}：${ev.reason}。回复“确认 ${no}”通过，“驳回 ${no} 原因”驳回。`,
      });
      out.push({
        audience: 'rep',
        to: informed.map((id) => ({ kind: 'staff', id })),
        text: `您的客户${who}的订单 ${no}（${formatYuan(o.totalFen)}）正在${step}：${ev.reason}。`,
      });
      break;
    }
    case 'approved':
      everyone(`订单 ${no} 已确认，合计${formatYuan(o.totalFen)}，我们尽快为您安排发货。`);
      break;
    case 'rejected':
      everyone(`抱歉，订单 ${no} 未通过${REVIEW_STEP_LABELS[ev.step]}：${ev.reason}。如有疑问请联系业务员。`);
      break;
    case 'shipped':
      everyone(
        ev.backOrdered.length
          ? `订单 ${no} 已发出一部分（发货单 ${ev.shipment}）：${list(ev.shipped)}。还欠：${list(ev.backOrdered)}，到货后再发。`
          : `订单 ${no} 已发货（发货单 ${ev.shipment}）：${list(ev.shipped)}，请注意查收。`,
      );
      break;
    case 'remainder_cancelled':
      everyone(`订单 ${no} 剩下没发的不再发了：${list(ev.cancelled)}（${ev.reason}），这部分不收钱。`);
      break;
    case 'returned':
      everyone(
        `订单 ${no} 的退货已收到（${ev.returnNumber}）：${list(ev.returned)}，已冲减货款${formatYuan(ev.creditFen)}。`,
      );
      break;
    case 'paid':
      everyone(
        ev.owedFen > 0
          ? `收到订单 ${no} 的付款${formatYuan(ev.amountFen)}，谢谢！这单还差${formatYuan(ev.owedFen)}。`
          : `收到订单 ${no} 的付款${formatYuan(ev.amountFen)}，这单已结清，谢谢！`,
      );
      break;
    case 'completed':
      everyone(`订单 ${no} 已发完货、货款已结清，谢谢惠顾！`);
      break;
    case 'cancelled':
      everyone(`订单 ${no} 已取消${ev.reason ? `：${ev.reason}` : ''}。`);
      break;
  }
  const event: NotifyEvent = ev.event;
  const once = occurrence(ev);
  return out
    .filter((m) => m.to.length > 0)
    .map((m) => ({
      jobId: jobIds.notify(o.orderId, event, m.audience, once),
      payload: { orderId: o.orderId, orderNumber: o.orderNumber, event, to: m.to, text: m.text },
    }));
}

/** The same messages as outbox jobs for the `notify` queue. */
export function notificationJobs(o: NoticeOrder, ev: NoticeEvent): PipelineJob[] {
  return buildNotifications(o, ev).map((n) => ({
    queue: 'notify',
    name: 'notify',
    jobId: n.jobId,
    payload: n.payload,
  }));
}
