import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** Low stock when what is free falls to this, unless the SKU says otherwise (`stock.reorder_at`). */
export const DEFAULT_REORDER_AT = 10;

export interface PickLine {
  sku: string;
  name: string;
  category: string | null;
  location: string | null;
  unit: string;
  /** What to take for all the orders together. */
  qty: number;
  perOrder: { orderNumber: string; lineNo: number; qty: number }[];
}

/**
 * What to take from the shelves for these orders (what is reserved for them and not shipped yet), one line per SKU,
 * sorted by location then category, so one walk through the warehouse picks them all.
 */
export async function pickList(db: Kysely<Database>, orderNumbers: readonly string[]): Promise<PickLine[]> {
  if (orderNumbers.length === 0) return [];
  const rows = await db
    .selectFrom('order_lines as l')
    .innerJoin('orders as o', 'o.id', 'l.order_id')
    .innerJoin('products as p', 'p.sku', 'l.sku')
    .leftJoin('stock as s', 's.sku', 'l.sku')
    .select([
      'l.sku',
      'p.name',
      'p.category',
      's.location',
      'l.unit',
      'o.number',
      'l.line_no',
      'l.reserved_qty',
    ])
    .where('o.number', 'in', [...orderNumbers])
    .where('o.status', 'in', ['approved', 'partially_shipped'])
    .where('l.reserved_qty', '>', 0)
    .execute();
  const bySku = new Map<string, PickLine>();
  for (const r of rows) {
    const line = bySku.get(r.sku) ?? {
      sku: r.sku,
      name: r.name,
      category: r.category,
      location: r.location,
      unit: r.unit,
      qty: 0,
      perOrder: [],
    };
    line.qty += r.reserved_qty;
    line.perOrder.push({ orderNumber: r.number, lineNo: r.line_no, qty: r.reserved_qty });
    bySku.set(r.sku, line);
  }
  const key = (l: PickLine) => `${l.location ?? '\uffff'}|${l.category ?? '\uffff'}|${l.name}`;
  return [...bySku.values()].sort((a, b) => key(a).localeCompare(key(b), 'zh-CN'));
}

/** A delivery note (发货单): the shipment, its order and customer, the lines with their prices. */
export async function deliveryNote(db: Kysely<Database>, shipmentNumber: string) {
  const head = await db
    .selectFrom('shipments as s')
    .innerJoin('orders as o', 'o.id', 's.order_id')
    .leftJoin('customers as c', 'c.id', 'o.customer_id')
    .leftJoin('staff as st', 'st.id', 's.staff_id')
    .select([
      's.id',
      's.number',
      'o.id as order_id',
      'o.number as orderNumber',
      'c.id as customerId',
      'c.name as customerName',
      'c.rep_id as repId',
      'c.region',
      'st.name as staffName',
      's.note',
      's.shipped_at as shippedAt',
    ])
    .where('s.number', '=', shipmentNumber)
    .executeTakeFirst();
  if (!head) return undefined;
  const lines = await db
    .selectFrom('shipment_lines as sl')
    .innerJoin('order_lines as l', (j) => j.onRef('l.line_no', '=', 'sl.line_no'))
    .innerJoin('products as p', 'p.sku', 'sl.sku')
    .select([
      'sl.line_no as lineNo',
      'sl.sku',
      'p.name',
      'l.unit',
      'sl.qty',
      'sl.returned_qty as returnedQty',
      'l.unit_price_fen as unitPriceFen',
    ])
    .where('sl.shipment_id', '=', head.id)
    .where('l.order_id', '=', head.order_id)
    .orderBy('sl.line_no')
    .execute();
  const { id: _id, order_id: _order, ...rest } = head;
  return {
    ...rest,
    lines: lines.map((l) => ({ ...l, amountFen: l.qty * l.unitPriceFen })),
    totalFen: lines.reduce((s, l) => s + l.qty * l.unitPriceFen, 0),
  };
}

export interface StockRow {
  sku: string;
  name: string;
  category: string | null;
  unit: string;
  location: string | null;
  onHand: number;
  reserved: number;
  available: number;
  reorderAt: number;
  low: boolean;
}

/** Stock per SKU, by name; `low` only the SKUs at or under their reorder level. */
export async function listStock(
  db: Kysely<Database>,
  q: { search?: string; low?: boolean; limit?: number; offset?: number },
): Promise<{ items: StockRow[]; total: number }> {
  let query = db
    .selectFrom('products as p')
    .leftJoin('stock as s', 's.sku', 'p.sku')
    .where('p.active', '=', true);
  if (q.search) {
    const like = `%${q.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb('p.name', 'like', like), eb('p.sku', 'ilike', like)]));
  }
  if (q.low) {
    query = query.where(
      sql<boolean>`coalesce(s.on_hand, 0) - coalesce(s.reserved, 0) <= coalesce(s.reorder_at, ${DEFAULT_REORDER_AT})`,
    );
  }
  const [rows, count] = await Promise.all([
    query
      .select([
        'p.sku',
        'p.name',
        'p.category',
        'p.unit',
        's.location',
        sql<number>`coalesce(s.on_hand, 0)`.as('on_hand'),
        sql<number>`coalesce(s.reserved, 0)`.as('reserved'),
        sql<number>`coalesce(s.reorder_at, ${DEFAULT_REORDER_AT})`.as('reorder_at'),
      ])
      .orderBy('p.name')
      .limit(Math.min(q.limit ?? 50, 500))
      .offset(q.offset ?? 0)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => {
      const available = Number(r.on_hand) - Number(r.reserved);
      return {
        sku: r.sku,
        name: r.name,
        category: r.category,
        unit: r.unit,
        location: r.location,
        onHand: Number(r.on_hand),
        reserved: Number(r.reserved),
        available,
        reorderAt: Number(r.reorder_at),
        low: available <= Number(r.reorder_at),
      };
    }),
    total: Number(count.n),
  };
}

/** Every movement of one SKU, newest first, with the document it belongs to. */
export async function stockLedger(
  db: Kysely<Database>,
  sku: string,
  q: { limit?: number; offset?: number } = {},
) {
  const rows = await db
    .selectFrom('stock_ledger as g')
    .leftJoin('orders as o', 'o.id', 'g.order_id')
    .leftJoin('shipments as s', 's.id', 'g.shipment_id')
    .leftJoin('order_returns as r', 'r.id', 'g.return_id')
    .select([
      'g.id',
      'g.reason',
      'g.on_hand_delta as onHandDelta',
      'g.reserved_delta as reservedDelta',
      'o.number as orderNumber',
      'g.line_no as lineNo',
      's.number as shipmentNumber',
      'r.number as returnNumber',
      'g.receipt_id as receiptId',
      'g.actor',
      'g.note',
      'g.at',
    ])
    .where('g.sku', '=', sku)
    .orderBy('g.id', 'desc')
    .limit(Math.min(q.limit ?? 100, 500))
    .offset(q.offset ?? 0)
    .execute();
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}
