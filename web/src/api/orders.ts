import { get, send } from './request';

/** An order in a list (the lifecycle's contract; `no` is today's numeric number until the human one lands). */
export interface OrderSummary {
  number?: string;
  no?: number;
  status: string;
  reviewStep?: string | null;
  reviewReason?: string | null;
  customerId: string | null;
  customerName: string | null;
  repId?: string | null;
  repName?: string | null;
  region?: string | null;
  channel?: string;
  totalFen: number;
  hasShortage?: boolean;
  createdAt: string;
}

export interface OrderLine {
  lineNo: number;
  sku: string;
  name: string;
  specs?: Record<string, string>;
  unit: string;
  qty: number;
  unitPriceFen: number;
  lineTotalFen?: number;
  reservedQty?: number;
  shortageQty?: number;
  shippedQty?: number;
  returnedQty?: number;
  cancelledQty?: number;
}

export interface Review {
  step: string;
  decision: 'approve' | 'reject' | string;
  staffId: string;
  staffName?: string;
  comment?: string | null;
  at: string;
}

export interface Shipment {
  number: string;
  at: string;
  staffId?: string;
  staffName?: string;
  note?: string | null;
  lines: { lineNo: number; sku?: string; name?: string; unit?: string; qty: number; returnedQty?: number }[];
}

export interface OrderDetail extends OrderSummary {
  lines: OrderLine[];
  reviews?: Review[];
  /** The steps this order's review chain planned for it, in order. */
  reviewPlan?: string[];
  history?: { from: string | null; to: string; actor: string; reason: string | null; at: string }[];
  /** Owed for what was shipped (`amountFen`) and for what is approved but not shipped yet (`committedFen`). */
  receivable?: {
    orderedFen?: number;
    amountFen: number;
    committedFen?: number;
    paidFen: number;
    status?: string;
  } | null;
  payments?: {
    id?: number;
    amountFen: number;
    method: string;
    reference?: string | null;
    actor?: string;
    receivedAt?: string;
    at?: string;
  }[];
  shipments?: Shipment[];
  returns?: {
    number?: string;
    shipmentNumber?: string;
    at: string;
    reason?: string;
    lines: { lineNo: number; qty: number; disposition?: string }[];
  }[];
}

export interface OrderFilters {
  status?: string;
  reviewStep?: string;
  customerId?: string;
  repId?: string;
  region?: string;
  from?: string;
  to?: string;
  minFen?: number;
  maxFen?: number;
  q?: string;
  offset?: number;
  limit?: number;
}

/** The number people quote: the human one (LD-…), or today's numeric one. */
export const numberOf = (o: { number?: string; no?: number }): string => o.number ?? String(o.no ?? '');

/** A page of orders and how many match (`capped`: more than `total`, which the server stops counting at). */
export async function listOrders(
  filters: OrderFilters,
): Promise<{ items: OrderSummary[]; total: number; capped: boolean }> {
  const r = await get<{ items: OrderSummary[]; total: number; totalCapped?: boolean }>('/api/orders', {
    ...filters,
  });
  return { items: r.items, total: r.total, capped: r.totalCapped ?? false };
}

export const getOrder = (number: string) => get<OrderDetail>(`/api/orders/${encodeURIComponent(number)}`);

/** Decides the step the page shows (`step`), so a step decided meanwhile by someone else is not decided again. */
export const reviewOrder = (
  number: string,
  step: string,
  decision: 'approve' | 'reject',
  comment: string,
  key: string,
) =>
  send(
    'post',
    `/api/orders/${encodeURIComponent(number)}/review`,
    { decision, step, ...(comment && { comment }) },
    key,
  );

export const cancelOrder = (number: string, reason: string, key: string) =>
  send('post', `/api/orders/${encodeURIComponent(number)}/cancel`, { reason }, key);

export const shipOrder = (
  number: string,
  lines: { lineNo: number; qty: number }[],
  note: string,
  key: string,
) =>
  send<{ number: string }>(
    'post',
    `/api/orders/${encodeURIComponent(number)}/shipments`,
    { lines, note },
    key,
  );

export const cancelRemainder = (number: string, reason: string, key: string) =>
  send('post', `/api/orders/${encodeURIComponent(number)}/cancel-remainder`, { reason }, key);

export const recordPayment = (
  number: string,
  body: { amountFen: number; method: string; reference?: string },
  key: string,
) => send('post', `/api/orders/${encodeURIComponent(number)}/payments`, body, key);

export const returnGoods = (
  shipment: string,
  lines: { lineNo: number; qty: number; disposition: 'restock' | 'damaged' }[],
  reason: string,
  key: string,
) => send('post', `/api/shipments/${encodeURIComponent(shipment)}/returns`, { lines, reason }, key);
