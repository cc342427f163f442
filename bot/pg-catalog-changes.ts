import { sql } from 'kysely';
import pg from 'pg';
import type { Db } from '../db/pg-database.js';
import type { Logger } from '../lib/logger.js';
import type { CatalogChanges } from './catalog-engine.js';

/**
 * Stock and catalog changes from PostgreSQL (LISTEN `liaodan_stock` / `liaodan_catalog`, sent by triggers on commit).
 * Keeps its own connection and reconnects when it drops; after a reconnect it reports a catalog change, since
 * notifications sent while it was away are lost. `ready` resolves once it listens.
 */
export function pgCatalogChanges(
  url: string,
  log: Logger,
): CatalogChanges & { ready: Promise<void>; close(): Promise<void> } {
  const stockListeners: ((skus: string[]) => void)[] = [];
  const catalogListeners: (() => void)[] = [];
  let client: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  let connectedOnce = false;
  let listening: () => void = () => {};
  const ready = new Promise<void>((resolve) => (listening = resolve));

  const connect = async (attempt: number): Promise<void> => {
    if (closed) return;
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (n) => {
      if (n.channel === 'liaodan_stock' && n.payload) for (const f of stockListeners) f([n.payload]);
      else if (n.channel === 'liaodan_catalog') for (const f of catalogListeners) f();
    });
    c.on('error', (err) => {
      log.warn({ err }, 'catalog listener connection lost');
      c.end().catch(() => undefined);
      if (client === c) client = undefined;
      if (!closed) retry = setTimeout(() => void connect(1), 1000);
    });
    try {
      await c.connect();
      await c.query('LISTEN liaodan_stock');
      await c.query('LISTEN liaodan_catalog');
      client = c;
      if (connectedOnce) for (const f of catalogListeners) f();
      connectedOnce = true;
      listening();
    } catch (err) {
      await c.end().catch(() => undefined);
      const delay = Math.min(10_000, 250 * 2 ** attempt);
      log.warn({ err, delayMs: delay }, 'catalog listener cannot connect, retrying');
      if (!closed) retry = setTimeout(() => void connect(attempt + 1), delay);
    }
  };
  void connect(0);

  return {
    ready,
    onStock: (f) => void stockListeners.push(f),
    onCatalog: (f) => void catalogListeners.push(f),
    async close() {
      closed = true;
      clearTimeout(retry);
      await client?.end().catch(() => undefined);
    },
  };
}

/** Sellable stock (`on_hand - reserved`) of some SKUs, as the chat quotes it. */
export function pgSellableStock(db: Db): (skus: string[]) => Promise<Map<string, number>> {
  return async (skus) => {
    // One array parameter, not one per SKU: the safety net asks for every product's (PostgreSQL takes 65,535
    // parameters at most).
    const rows = await db
      .selectFrom('stock')
      .select(['sku', sql<number>`on_hand - reserved`.as('sellable')])
      .where(sql<boolean>`sku = any(${skus}::text[])`)
      .execute();
    return new Map(rows.map((r) => [r.sku, Number(r.sellable)]));
  };
}

/**
 * A digest of every product and tier-price row (stock left out): it changes whenever anything the dialog engine is
 * built from changes. PostgreSQL computes it (tens of milliseconds of its time at 50,000 SKUs), so the bot need
 * not load and rebuild the catalog to learn that nothing changed.
 */
export function pgCatalogFingerprint(db: Db): () => Promise<string> {
  return async () => {
    const { rows } = await sql<{ fingerprint: string }>`
      select md5(coalesce((select string_agg(p::text, ',' order by p.sku) from products p), '') || '|' ||
                 coalesce((select string_agg(t::text, ',' order by t.sku, t.tier) from tier_prices t), ''))
             as fingerprint`.execute(db);
    return rows[0]!.fingerprint;
  };
}
