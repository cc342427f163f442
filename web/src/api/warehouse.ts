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
  perOrder?: { orderNumber: string; lineNo: number; qty: number }[];
}

/** A delivery note (发货单) as the api answers it. */
export interface DeliveryNote {
  number: string;
  orderNumber: string;
  shippedAt: string;
  staffName?: string | null;
  note?: string | null;
  customerName: string | null;
  region?: string | null;
  lines: {
    lineNo: number;
    sku: string;
    name: string;
    unit: string;
    qty: number;
    returnedQty: number;
    unitPriceFen: number;
    amountFen: number;
  }[];
  totalFen: number;
}

export interface StockRow {
  sku: string;
  name: string;
  reorderAt?: number;
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
  returnNumber?: string | null;
  receiptId?: number | null;
  staffId?: string | null;
  actor?: string | null;
  note?: string | null;
}

export async function pickList(orders: string[]): Promise<PickLine[]> {
  return (await get<{ items: PickLine[] }>('/api/pick-list', { orders: orders.join(',') })).items;
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

export async function listStock(f: { search?: string; low?: 'true'; offset?: number; limit?: number }) {
  const r = await get<{ items: StockRow[]; total?: number }>('/api/stock', { ...f });
  return { items: r.items, total: r.total ?? r.items.length };
}

export async function stockLedger(sku: string) {
  const r = await get<{ items?: LedgerRow[]; entries?: LedgerRow[]; sku?: string; name?: string }>(
    `/api/stock/${encodeURIComponent(sku)}/ledger`,
  );
  return { ...r, items: r.items ?? r.entries ?? [] };
}
