import { sql, type Kysely } from 'kysely';
import type { Database, StockMovementReason } from '../db/schema.js';
import { lockOrderStatus } from './pg-order-repository.js';

/** Locks the stock rows of `skus` in SKU order (every writer does, so they cannot deadlock) and returns what is free. */
export async function lockStock(tx: Kysely<Database>, skus: string[]): Promise<Map<string, number>> {
  if (skus.length === 0) return new Map();
  const rows = await tx
    .selectFrom('stock')
    .select(['sku', sql<number>`on_hand - reserved`.as('available')])
    .where('sku', 'in', [...new Set(skus)])
    .orderBy('sku')
    .forUpdate()
    .execute();
  return new Map(rows.map((r) => [r.sku, Number(r.available)]));
}

/**
 * Writes one ledger row of `reason` per reserved line of the order that has none yet and applies those rows to
 * `stock`. The ledger's unique (order, line, reason) makes a repeated call move nothing. Returns the units moved.
 */
async function moveReservedLines(
  tx: Kysely<Database>,
  orderId: string,
  reason: Extract<StockMovementReason, 'release' | 'consume'>,
  actor: string,
): Promise<number> {
  const lines = await tx
    .selectFrom('order_lines')
    .select(['sku'])
    .where('order_id', '=', orderId)
    .where('reserved_qty', '>', 0)
    .execute();
  await lockStock(
    tx,
    lines.map((l) => l.sku),
  );
  const onHand = reason === 'consume' ? sql`-reserved_qty` : sql`0`;
  const moved = await sql<{ sku: string; qty: number }>`
    insert into stock_ledger (sku, order_id, line_no, reason, on_hand_delta, reserved_delta, actor)
    select sku, order_id, line_no, ${reason}, ${onHand}, -reserved_qty, ${actor}
    from order_lines where order_id = ${orderId} and reserved_qty > 0
    on conflict (order_id, line_no, reason)
      where order_id is not null and shipment_id is null and return_id is null and receipt_id is null do nothing
    returning sku, -reserved_delta as qty`.execute(tx);
  const perSku = new Map<string, number>();
  for (const m of moved.rows) perSku.set(m.sku, (perSku.get(m.sku) ?? 0) + Number(m.qty));
  if (perSku.size === 0) return 0;
  const consume = reason === 'consume' ? sql`v.qty` : sql`0`;
  await sql`
    update stock set reserved = stock.reserved - v.qty, on_hand = stock.on_hand - ${consume}, updated_at = now()
    from (values ${sql.join([...perSku].map(([sku, n]) => sql`(${sku}, ${n}::int)`))}) as v(sku, qty)
    where stock.sku = v.sku`.execute(tx);
  return [...perSku.values()].reduce((a, b) => a + b, 0);
}

/** Gives back the stock of a cancelled or rejected order. Idempotent. Returns the units released. */
export async function releaseOrderStock(
  db: Kysely<Database>,
  orderId: string,
  actor = 'worker:stock',
): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const status = await lockOrderStatus(tx, orderId);
    if (status !== 'cancelled' && status !== 'rejected') return 0;
    return moveReservedLines(tx, orderId, 'release', actor);
  });
}

/** Takes the reserved units of a shipped order out of stock (on hand and reserved). Idempotent. */
export async function consumeOrderStock(
  db: Kysely<Database>,
  orderId: string,
  actor = 'worker:stock',
): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const status = await lockOrderStatus(tx, orderId);
    if (status !== 'shipped' && status !== 'completed') return 0;
    return moveReservedLines(tx, orderId, 'consume', actor);
  });
}

/** Goods in: adds `qty` on hand (creating the stock row) with a ledger row. */
export async function receiveStock(
  db: Kysely<Database>,
  input: { sku: string; qty: number; actor: string; note?: string },
): Promise<void> {
  if (!Number.isInteger(input.qty) || input.qty <= 0) throw new RangeError('qty must be a positive integer');
  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto('stock')
      .values({ sku: input.sku, on_hand: input.qty })
      .onConflict((oc) =>
        oc.column('sku').doUpdateSet({ on_hand: sql`stock.on_hand + ${input.qty}`, updated_at: sql`now()` }),
      )
      .execute();
    await tx
      .insertInto('stock_ledger')
      .values({
        sku: input.sku,
        reason: 'receive',
        on_hand_delta: input.qty,
        actor: input.actor,
        note: input.note ?? null,
      })
      .execute();
  });
}

export interface StockMismatch {
  sku: string;
  onHand: number;
  reserved: number;
  ledgerOnHand: number;
  ledgerReserved: number;
}

/** SKUs whose stock row disagrees with the sum of its ledger (empty when stock can be rebuilt from the ledger). */
export async function auditStock(db: Kysely<Database>): Promise<StockMismatch[]> {
  const r = await sql<StockMismatch>`
    select coalesce(s.sku, l.sku) as sku, coalesce(s.on_hand, 0) as "onHand", coalesce(s.reserved, 0) as reserved,
           coalesce(l.on_hand, 0) as "ledgerOnHand", coalesce(l.reserved, 0) as "ledgerReserved"
    from stock s
    full join (select sku, sum(on_hand_delta)::int as on_hand, sum(reserved_delta)::int as reserved
               from stock_ledger group by sku) l on l.sku = s.sku
    where coalesce(s.on_hand, 0) <> coalesce(l.on_hand, 0) or coalesce(s.reserved, 0) <> coalesce(l.reserved, 0)`.execute(
    db,
  );
  return r.rows;
}
