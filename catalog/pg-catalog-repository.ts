import { sql, type Kysely } from 'kysely';
import type { Database, ProductRow } from '../db/schema.js';
import type { Product } from './product.js';

/** What an import changed. `updated` counts products whose row, tier prices or stock differ from before. */
export interface ImportSummary {
  inserted: number;
  updated: number;
  unchanged: number;
  deactivated: number;
}

export interface ImportProductsOptions {
  /** Deactivate (`active = false`) products that are not in `products`; they are never deleted. */
  replace?: boolean;
  /** Called after each batch with the number of products handled so far. */
  onProgress?: (done: number, total: number) => void;
  /** Products per batch statement; defaults to 1000. */
  batchSize?: number;
}

const IMPORT_LOCK = 0x6c6961_01; // serialises catalog imports against each other
const LEDGER_ACTOR = 'catalog-import';

/** Runs `fn` in a transaction, or directly when `db` already is one (so callers can compose). */
async function inTransaction<T>(db: Kysely<Database>, fn: (trx: Kysely<Database>) => Promise<T>) {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}

function rowToProduct(r: ProductRow, tiers: Record<string, number> | undefined, stock: number): Product {
  return {
    sku: r.sku,
    name: r.name,
    ...(r.category !== null && { category: r.category }),
    ...(r.brand !== null && { brand: r.brand }),
    aliases: r.aliases,
    specs: r.specs,
    unit: r.unit,
    unitAliases: r.unit_aliases,
    conversions: r.conversions,
    ...(r.barcode !== null && { barcode: r.barcode }),
    priceFen: r.price_fen,
    tierPricesFen: tiers ?? {},
    priceBreaks: r.price_breaks,
    stock,
    active: r.active,
  };
}

/**
 * Every product, sorted by sku, with tier prices and sellable stock (`on_hand - reserved`). Inactive products are
 * left out unless `includeInactive`: the bot and the engine offer active products only.
 */
export async function loadProducts(
  db: Kysely<Database>,
  opts: { includeInactive?: boolean } = {},
): Promise<Product[]> {
  let q = db.selectFrom('products').selectAll().orderBy('sku');
  if (!opts.includeInactive) q = q.where('active', '=', true);
  const [rows, tierRows, stockRows] = await Promise.all([
    q.execute(),
    db
      .selectFrom('tier_prices')
      .select(['sku', 'tier', 'price_fen'])
      .orderBy('sku')
      .orderBy('tier')
      .execute(),
    db
      .selectFrom('stock')
      .select(['sku', sql<number>`on_hand - reserved`.as('sellable')])
      .execute(),
  ]);
  const tiers = new Map<string, Record<string, number>>();
  for (const t of tierRows) {
    const m = tiers.get(t.sku) ?? {};
    m[t.tier] = t.price_fen;
    tiers.set(t.sku, m);
  }
  const stock = new Map(stockRows.map((s) => [s.sku, s.sellable]));
  return rows.map((r) => rowToProduct(r, tiers.get(r.sku), stock.get(r.sku) ?? 0));
}

/** Every product, active or not, in the shape import takes: what `catalog export` writes. */
export function exportProducts(db: Kysely<Database>): Promise<Product[]> {
  return loadProducts(db, { includeInactive: true });
}

const sortedEntries = (o: Record<string, unknown>) =>
  Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** The product-row fields in a canonical form (jsonb does not keep key order). */
function rowKey(p: Product): string {
  return JSON.stringify([
    p.name,
    p.category ?? null,
    p.brand ?? null,
    p.aliases,
    sortedEntries(p.specs),
    p.unit,
    p.unitAliases,
    sortedEntries(p.conversions),
    p.barcode ?? null,
    p.priceFen,
    p.priceBreaks.map((b) => [b.minQty, b.priceFen, b.tier ?? null]),
    p.active,
  ]);
}

const tiersKey = (p: Product) => JSON.stringify(sortedEntries(p.tierPricesFen));

function toRow(p: Product) {
  return {
    sku: p.sku,
    name: p.name,
    category: p.category ?? null,
    brand: p.brand ?? null,
    aliases: p.aliases,
    specs: JSON.stringify(p.specs),
    unit: p.unit,
    unit_aliases: p.unitAliases,
    conversions: JSON.stringify(p.conversions),
    barcode: p.barcode ?? null,
    price_fen: p.priceFen,
    price_breaks: JSON.stringify(
      p.priceBreaks.map((b) => ({ minQty: b.minQty, priceFen: b.priceFen, ...(b.tier && { tier: b.tier }) })),
    ),
    active: p.active,
  };
}

async function writeBatch(
  trx: Kysely<Database>,
  rows: Product[],
  tierSkus: string[],
  tierProducts: Product[],
  stockRows: Product[],
): Promise<void> {
  if (rows.length) {
    await trx
      .insertInto('products')
      .values(rows.map(toRow))
      .onConflict((oc) =>
        oc.column('sku').doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          category: eb.ref('excluded.category'),
          brand: eb.ref('excluded.brand'),
          aliases: eb.ref('excluded.aliases'),
          specs: eb.ref('excluded.specs'),
          unit: eb.ref('excluded.unit'),
          unit_aliases: eb.ref('excluded.unit_aliases'),
          conversions: eb.ref('excluded.conversions'),
          barcode: eb.ref('excluded.barcode'),
          price_fen: eb.ref('excluded.price_fen'),
          price_breaks: eb.ref('excluded.price_breaks'),
          active: eb.ref('excluded.active'),
          updated_at: sql`now()`,
        })),
      )
      .execute();
  }
  if (tierSkus.length)
    await trx
      .deleteFrom('tier_prices')
      .where('sku', '=', sql<string>`any(${tierSkus})`)
      .execute();
  const tierValues = tierProducts.flatMap((p) =>
    Object.entries(p.tierPricesFen).map(([tier, fen]) => ({ sku: p.sku, tier, price_fen: fen })),
  );
  if (tierValues.length) await trx.insertInto('tier_prices').values(tierValues).execute();
  if (stockRows.length) {
    // on_hand = sellable stock + what is reserved right now, so open reservations stay intact. Every change of
    // on_hand goes to the stock ledger too (stock must equal the sum of its ledger, see orders/pg-stock.ts).
    const values = sql.join(stockRows.map((p) => sql`(${p.sku}, ${p.stock}::int)`));
    // Lock first, in its own statement: the upsert below must read on_hand values nobody changes meanwhile.
    await sql`select 1 from stock where sku = any(${stockRows.map((p) => p.sku)}) for update`.execute(trx);
    await sql`
      with v(sku, stock) as (values ${values}),
      old as (select s.sku, s.on_hand from stock s join v on v.sku = s.sku),
      up as (
        insert into stock (sku, on_hand) select sku, stock from v
        on conflict (sku) do update set on_hand = excluded.on_hand + stock.reserved, updated_at = now()
        returning sku, on_hand
      )
      insert into stock_ledger (sku, reason, on_hand_delta, actor, note)
      select up.sku, case when old.sku is null then 'receive' else 'adjust' end,
             up.on_hand - coalesce(old.on_hand, 0), ${LEDGER_ACTOR}, 'catalog import'
      from up left join old on old.sku = up.sku
      where up.on_hand <> coalesce(old.on_hand, 0)`.execute(trx);
  }
}

/**
 * Upserts `products` by sku in one transaction (or inside the caller's): only products that differ are written,
 * so importing the same catalog twice changes nothing (not even `updated_at`). With `replace`, active products
 * missing from `products` are deactivated. Callers validate first (parse functions); duplicate skus throw.
 */
export async function importProducts(
  db: Kysely<Database>,
  products: Product[],
  opts: ImportProductsOptions = {},
): Promise<ImportSummary> {
  const seen = new Set<string>();
  for (const p of products) {
    if (seen.has(p.sku)) throw new Error(`importProducts: duplicate sku ${p.sku}`);
    seen.add(p.sku);
  }
  const batchSize = opts.batchSize ?? 1000;
  return inTransaction(db, async (trx) => {
    await sql`select pg_advisory_xact_lock(${IMPORT_LOCK})`.execute(trx);
    const existing = new Map((await exportProducts(trx)).map((p) => [p.sku, p]));
    const summary: ImportSummary = { inserted: 0, updated: 0, unchanged: 0, deactivated: 0 };
    for (let start = 0; start < products.length; start += batchSize) {
      const batch = products.slice(start, start + batchSize);
      const rows: Product[] = [];
      const tierSkus: string[] = [];
      const tierProducts: Product[] = [];
      const stockRows: Product[] = [];
      for (const p of batch) {
        const old = existing.get(p.sku);
        const rowChanged = !old || rowKey(old) !== rowKey(p);
        const tiersChanged = !old ? Object.keys(p.tierPricesFen).length > 0 : tiersKey(old) !== tiersKey(p);
        const stockChanged = !old || old.stock !== p.stock;
        if (!old) summary.inserted++;
        else if (rowChanged || tiersChanged || stockChanged) summary.updated++;
        else summary.unchanged++;
        // A changed tier price or stock also bumps the product's updated_at.
        if (rowChanged || tiersChanged || stockChanged) rows.push(p);
        if (tiersChanged) {
          if (old) tierSkus.push(p.sku);
          tierProducts.push(p);
        }
        if (stockChanged) stockRows.push(p);
      }
      await writeBatch(trx, rows, tierSkus, tierProducts, stockRows);
      opts.onProgress?.(Math.min(start + batchSize, products.length), products.length);
    }
    if (opts.replace) {
      const missing = [...existing.values()].filter((p) => p.active && !seen.has(p.sku)).map((p) => p.sku);
      for (let start = 0; start < missing.length; start += 10_000) {
        const r = await trx
          .updateTable('products')
          .set({ active: false, updated_at: sql`now()` })
          .where('sku', '=', sql<string>`any(${missing.slice(start, start + 10_000)})`)
          .executeTakeFirst();
        summary.deactivated += Number(r.numUpdatedRows);
      }
    }
    return summary;
  });
}
