import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database, OrderStatus } from '../db/schema.js';
import { OrderNotFoundError } from './order-status.js';

/** An order as a pipeline step reads it: locked, with its customer and its lines (product names included). */
export interface LockedOrder {
  id: string;
  no: number;
  number: string;
  status: OrderStatus;
  customerId: string | null;
  customerName: string | null;
  customerTier: string | null;
  creditLimitFen: number;
  repId: string | null;
  placedByStaffId: string | null;
  totalFen: number;
  needsRep: boolean;
  /** With `withOpen`: the customer's open receivables (unpaid), `customers.open_fen` as read. */
  openFen?: number;
  lines: {
    lineNo: number;
    sku: string;
    name: string;
    qty: number;
    unit: string;
    reservedQty: number;
    shortageQty: number;
    /** With `withPrices`: list price, quantity breaks and the customer's tier price of the product. */
    priceFen?: number;
    priceBreaks?: { minQty: number; priceFen: number; tier?: string }[];
    tierPriceFen?: number | null;
    /** With lock `order+stock`: `on_hand - reserved` of the line's SKU, read under its row lock. */
    available?: number;
  }[];
}

/**
 * What to lock with the order row: `order+stock` also the stock rows of its SKUs (in SKU order, like every stock
 * writer; null when a SKU has no stock row), `order+customer` also its customer (null when it has none).
 */
export type ReadLock = 'none' | 'order' | 'order+stock' | 'order+customer';

/**
 * Reads an order with its customer and lines in one query and locks the order row until the transaction ends,
 * so two deliveries of one job serialize here and the second sees the first's outcome.
 */
export async function lockOrder(tx: Kysely<Database>, orderId: string): Promise<LockedOrder> {
  const o = await readOrder(tx, orderId, { lock: 'order' });
  if (!o) throw new OrderNotFoundError(orderId);
  return o;
}

/**
 * Reads an order with its customer and lines in one query, locking what `lock` says; see readOrders for the
 * options. Returns null when there is no such order, or when the stock read finds a SKU without stock row or
 * `order+customer` an order without customer (the caller then reads in separate steps).
 */
export async function readOrder(
  tx: Kysely<Database>,
  orderId: string,
  opts: { lock: ReadLock; withPrices?: boolean; withStock?: boolean; withOpen?: boolean },
): Promise<LockedOrder | null> {
  return (await readOrders(tx, [orderId], opts)).get(orderId) ?? null;
}

type OrderRow = {
  id: string;
  no: number;
  number: string;
  status: OrderStatus;
  customer_id: string | null;
  customer_name: string | null;
  tier: string | null;
  credit_limit_fen: number | null;
  open_fen: number | null;
  rep_id: string | null;
  placed_by_staff_id: string | null;
  total_fen: number;
  needs_rep: boolean;
  line_no: number;
  sku: string;
  name: string;
  qty: number;
  unit: string;
  reserved_qty: number;
  shortage_qty: number;
  price_fen?: number;
  price_breaks?: { minQty: number; priceFen: number; tier?: string }[];
  tier_price_fen?: number | null;
  available?: number;
  line_count?: number;
};

/**
 * Reads orders with their customers and lines in one query (the statement text does not depend on how many),
 * locking what `lock` says; `withPrices` adds the price rules of their products, `withStock` each line's free
 * stock (unlocked unless `order+stock`), `withOpen` the customer's open receivables (`customers.open_fen`). Orders
 * that do not exist are missing from the map, and so are those the stock read finds a SKU without stock row for or
 * `order+customer` without customer (the caller then reads them in separate steps).
 */
export async function readOrders(
  tx: Kysely<Database>,
  orderIds: readonly string[],
  opts: { lock: ReadLock; withPrices?: boolean; withStock?: boolean; withOpen?: boolean },
): Promise<Map<string, LockedOrder>> {
  if (orderIds.length === 0) return new Map();
  // `withStock` without the stock lock reads availability as of the statement: a guess to be checked on write.
  const stock = opts.lock === 'order+stock' || opts.withStock === true;
  // Rows are locked in output order: stock rows by SKU, the order row with the first of them.
  const locks: Record<ReadLock, RawBuilder<unknown>> = {
    none: sql``,
    order: sql`for update of o`,
    'order+stock': sql`for update of o, s`,
    'order+customer': sql`for update of o, c`,
  };
  const rows = await sql<OrderRow>`
    select o.id, o.no, o.number, o.status, o.customer_id, c.name as customer_name, c.tier, c.credit_limit_fen, c.open_fen,
           c.rep_id, o.placed_by_staff_id, o.total_fen, o.needs_rep,
           l.line_no, l.sku, p.name, l.qty, l.unit, l.reserved_qty, l.shortage_qty
           ${opts.withPrices ? sql`, p.price_fen, p.price_breaks, t.price_fen as tier_price_fen` : sql``}
           ${
             stock
               ? sql`, s.on_hand - s.reserved as available,
                     (select count(*) from order_lines x where x.order_id = o.id)::int as line_count`
               : sql``
           }
    from orders o
    join order_lines l on l.order_id = o.id
    join products p on p.sku = l.sku
    ${stock ? sql`join stock s on s.sku = l.sku` : sql``}
    ${opts.lock === 'order+customer' ? sql`join` : sql`left join`} customers c on c.id = o.customer_id
    ${opts.withPrices ? sql`left join tier_prices t on t.sku = l.sku and t.tier = c.tier` : sql``}
    where o.id = any(${orderIds}::text[])
    ${stock ? sql`order by s.sku, o.id, l.line_no` : sql`order by o.id, l.line_no`}
    ${locks[opts.lock]}`.execute(tx);
  const byOrder = new Map<string, OrderRow[]>();
  for (const r of rows.rows) {
    const list = byOrder.get(r.id);
    if (list) list.push(r);
    else byOrder.set(r.id, [r]);
  }
  const out = new Map<string, LockedOrder>();
  for (const [id, list] of byOrder) {
    const first = list[0]!;
    if (stock && first.line_count !== list.length) continue;
    if (stock) list.sort((a, b) => a.line_no - b.line_no);
    out.set(id, toLockedOrder(first, list, opts));
  }
  return out;
}

function toLockedOrder(
  first: OrderRow,
  rows: OrderRow[],
  opts: { withPrices?: boolean; withStock?: boolean; withOpen?: boolean; lock: ReadLock },
): LockedOrder {
  const stock = opts.lock === 'order+stock' || opts.withStock === true;
  return {
    id: first.id,
    no: Number(first.no),
    number: first.number,
    status: first.status,
    customerId: first.customer_id,
    customerName: first.customer_name,
    customerTier: first.tier,
    creditLimitFen: Number(first.credit_limit_fen ?? 0),
    repId: first.rep_id,
    placedByStaffId: first.placed_by_staff_id,
    totalFen: Number(first.total_fen),
    needsRep: first.needs_rep,
    ...(opts.withOpen && { openFen: Number(first.open_fen ?? 0) }),
    lines: rows.map((r) => ({
      lineNo: r.line_no,
      sku: r.sku,
      name: r.name,
      qty: r.qty,
      unit: r.unit,
      reservedQty: r.reserved_qty,
      shortageQty: r.shortage_qty,
      ...(opts.withPrices && {
        priceFen: r.price_fen ?? 0,
        priceBreaks: r.price_breaks ?? [],
        tierPriceFen: r.tier_price_fen ?? null,
      }),
      ...(stock && { available: Number(r.available) }),
    })),
  };
}
