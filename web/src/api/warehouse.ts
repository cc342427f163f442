import { get, send } from './request';

/** One thing to take from the shelves for the selected orders (the lifecycle's pick list). */
export interface PickLine {
  sku: string;
  name: string;
  spec?: string;
  unit: string;
  qty: number;
  location?: string | null;
  category?: string | null;
  orders?: { number: string; lineNo?: number; qty: number; customerName?: string }[];
}

export interface DeliveryNote {
  number: string;
  orderNumber?: string;
  at: string;
  staffId?: string;
  staffName?: string;
  note?: string | null;
  customer?: {
    id?: string;
    name: string;
    region?: string | null;
    phone?: string | null;
    address?: string | null;
  } | null;
  customerName?: string;
  lines: {
    lineNo: number;
    sku: string;
    name: string;
    spec?: string;
    unit: string;
    qty: number;
    unitPriceFen?: number;
  }[];
}

export interface StockRow {
  sku: string;
  name: string;
  spec?: string;
  category?: string | null;
  unit: string;
  onHand: number;
  reserved: number;
  available?: number;
  location?: string | null;
  low?: boolean;
}

export interface LedgerRow {
  id?: number;
  at: string;
  change?: number;
  onHandDelta?: number;
  reservedDelta?: number;
  reason: string;
  orderNumber?: string | null;
  shipmentNumber?: string | null;
  receiptNumber?: string | null;
  staffId?: string | null;
  actor?: string | null;
  note?: string | null;
}

export async function pickList(orders: string[]): Promise<PickLine[]> {
  const r = await get<{ lines?: PickLine[]; items?: PickLine[] }>('/api/pick-list', {
    orders: orders.join(','),
  });
  return r.lines ?? r.items ?? [];
}

export const deliveryNote = (number: string) =>
  get<DeliveryNote>(`/api/shipments/${encodeURIComponent(number)}`);

export const goodsIn = (
  body: { supplier: string; lines: { sku: string; qty: number }[]; note: string },
  key: string,
) => send<{ number?: string }>('post', '/api/goods-in', body, key);

export const stockCount = (
  body: { lines: { sku: string; countedQty: number }[]; reason: string },
  key: string,
) => send('post', '/api/stock-counts', body, key);

export async function listStock(f: { search?: string; low?: '1'; offset?: number; limit?: number }) {
  const r = await get<{ items: StockRow[]; total?: number }>('/api/stock', { ...f });
  return { items: r.items, total: r.total ?? r.items.length };
}

export async function stockLedger(sku: string) {
  const r = await get<{ items?: LedgerRow[]; entries?: LedgerRow[]; sku?: string; name?: string }>(
    `/api/stock/${encodeURIComponent(sku)}/ledger`,
  );
  return { ...r, items: r.items ?? r.entries ?? [] };
}
