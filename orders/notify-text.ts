import { formatYuan } from './credit.js';
import { jobIds, type NotifyEvent, type NotifyPayload, type PipelineJob, type Recipient } from './jobs.js';

/** What the chat messages about one order are made from. */
export interface NoticeOrder {
  orderId: string;
  orderNo: number;
  customerId: string | null;
  /** The customer's sales rep. */
  repId: string | null;
  placedByStaffId: string | null;
  /** Staff to tell when the order has neither rep nor placing staff (an unknown contact's order): the reps. */
  fallbackStaffIds?: string[];
  customerName: string | null;
  totalFen: number;
  lines: { name: string; unit: string; qty: number; reserved: number; shortage: number }[];
}

export type NoticeEvent =
  | { event: 'reserved' }
  | { event: 'shortage' }
  | { event: 'pending_review'; reason: string; overCredit: boolean }
  | { event: 'approved' }
  | { event: 'rejected'; reason: string | null }
  | { event: 'shipped' }
  | { event: 'cancelled'; reason: string | null };

export interface Notification {
  jobId: string;
  payload: NotifyPayload;
}

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

function reservedText(o: NoticeOrder): string {
  const short = shortageText(o);
  if (!short) return `您的订单 #${o.orderNo} 已备货，正在核价。`;
  return `您的订单 #${o.orderNo} 已备货：${short}。`;
}

/**
 * The chat messages one order event produces (pure). Customer and staff may get different texts (staff see the
 * review reason); messages without anyone to tell are left out. Job ids are deterministic per order, event and
 * audience, so one event never sends a message twice.
 */
export function buildNotifications(o: NoticeOrder, ev: NoticeEvent): Notification[] {
  const customer: Recipient[] = o.customerId ? [{ kind: 'customer', id: o.customerId }] : [];
  const own = [o.repId, o.placedByStaffId].filter((s): s is string => !!s);
  const staff: Recipient[] = [...new Set(own.length ? own : (o.fallbackStaffIds ?? []))].map((id) => ({
    kind: 'staff',
    id,
  }));
  const no = `#${o.orderNo}`;
  const who = o.customerName ?? '新客户';
  const out: { audience: 'customer' | 'staff' | 'all'; to: Recipient[]; text: string }[] = [];
  switch (ev.event) {
    case 'reserved':
      out.push({ audience: 'all', to: [...customer, ...staff], text: reservedText(o) });
      break;
    case 'shortage':
      out.push({
        audience: 'all',
        to: [...customer, ...staff],
        text: `抱歉，订单 ${no} 缺货（${shortageText(o)}），订单已取消，请调整数量后再下单。`,
      });
      break;
    case 'pending_review':
      out.push({
        audience: 'customer',
        to: customer,
        text: ev.overCredit
          ? `订单 ${no} 超出信用额度，等待审核，审核后马上通知您。`
          : `订单 ${no} 已收到，等待审核，审核后马上通知您。`,
      });
      out.push({
        audience: 'staff',
        to: staff,
        text: `订单 ${no}（${who}，${formatYuan(o.totalFen)}）等待审核：${ev.reason}`,
      });
      break;
    case 'approved':
      out.push({
        audience: 'all',
        to: [...customer, ...staff],
        text: `订单 ${no} 已确认，合计${formatYuan(o.totalFen)}，我们尽快为您安排发货。`,
      });
      break;
    case 'rejected':
      out.push({
        audience: 'all',
        to: [...customer, ...staff],
        text: `抱歉，订单 ${no} 未通过审核${ev.reason ? `：${ev.reason}` : ''}。如有疑问请联系业务员。`,
      });
      break;
    case 'shipped':
      out.push({ audience: 'all', to: [...customer, ...staff], text: `订单 ${no} 已发货，请注意查收。` });
      break;
    case 'cancelled':
      out.push({
        audience: 'all',
        to: [...customer, ...staff],
        text: `订单 ${no} 已取消${ev.reason ? `：${ev.reason}` : ''}。`,
      });
      break;
  }
  const event: NotifyEvent = ev.event;
  return out
    .filter((m) => m.to.length > 0)
    .map((m) => ({
      jobId: jobIds.notify(o.orderId, event, m.audience),
      payload: { orderId: o.orderId, orderNo: o.orderNo, event, to: m.to, text: m.text },
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
