import type { Product } from '../catalog/product.js';
import type { DialogEngine } from '../dialog/dialog-types.js';
import type { Logger } from '../lib/logger.js';

/** Tells when stock or the catalog changed (PostgreSQL notifications: pg-catalog-changes.ts). */
export interface CatalogChanges {
  onStock(listener: (skus: string[]) => void): void;
  onCatalog(listener: () => void): void;
}

export interface ReloadingEngineOptions {
  /** Reads the catalog (loadProducts over PostgreSQL in production). */
  load: () => Promise<Product[]>;
  /** Sellable stock (`on_hand - reserved`) of some SKUs. */
  loadStock?: (skus: string[]) => Promise<Map<string, number>>;
  /** Builds an engine from a catalog (the dialog package's factory). */
  build: (products: Product[]) => DialogEngine;
  /** Look this often for changes no notification told of (a safety net for lost notifications); 0 never. */
  reloadMs: number;
  /**
   * A value that changes whenever what `load` reads besides stock changes (products, tier prices). With it, the
   * safety net rebuilds the engine only when the catalog changed and otherwise refreshes every product's stock in
   * place: a rebuild is synchronous work on the event loop (about 2 s of CPU at 50,000 SKUs), which stalled every
   * conversation once every `reloadMs` whether or not anything had changed. Without it, every look rebuilds.
   */
  fingerprint?: () => Promise<string>;
  /** Stock and catalog changes as they happen; without them only the timer refreshes. */
  changes?: CatalogChanges;
  /** How long changes are gathered before they are applied (a burst of reservations is one refresh). */
  settleMs?: number;
  log: Logger;
}

/**
 * A DialogEngine that delegates to one built from the current catalog and keeps what it quotes fresh: a stock
 * change updates the sellable stock of the products it names in place (the engine reads `product.stock` when it
 * places a line, so nothing is rebuilt), a product or price change rebuilds the engine in the background. Both
 * follow a change within `settleMs` plus one query. A failed refresh keeps what was there.
 */
export async function createReloadingEngine(
  opts: ReloadingEngineOptions,
): Promise<DialogEngine & { reload(): Promise<void>; lookForChanges(): Promise<void>; stop(): void }> {
  const settleMs = opts.settleMs ?? 200;
  const fingerprint = () => opts.fingerprint?.().catch(() => undefined) ?? Promise.resolve(undefined);
  /** The fingerprint of the catalog the engine was built from (read before it, so a change in between is seen). */
  let builtFrom = await fingerprint();
  let products = await opts.load();
  let bySku = new Map(products.map((p) => [p.sku, p]));
  let current = opts.build(products);
  let timer: NodeJS.Timeout | undefined;

  async function reload(version?: string): Promise<void> {
    try {
      const before = version ?? (await fingerprint());
      // built before anything is replaced: a catalog that fails to build leaves the previous one whole
      const loaded = await opts.load();
      const built = opts.build(loaded);
      products = loaded;
      bySku = new Map(loaded.map((p) => [p.sku, p]));
      current = built;
      builtFrom = before;
      opts.log.debug({ products: products.length }, 'catalog reloaded');
    } catch (err) {
      opts.log.warn({ err }, 'catalog reload failed: keeping the previous one');
    }
  }

  /** The safety net: rebuilds when the catalog changed (or cannot tell), else refreshes every product's stock. */
  async function lookForChanges(): Promise<void> {
    const version = await fingerprint();
    if (version === undefined || version !== builtFrom || !opts.loadStock) return reload(version);
    try {
      const fresh = await opts.loadStock([...bySku.keys()]);
      for (const [sku, product] of bySku) product.stock = fresh.get(sku) ?? 0;
    } catch (err) {
      opts.log.warn({ err }, 'stock refresh failed: keeping the previous one');
    }
  }

  const dirty = new Set<string>();
  let stockTimer: NodeJS.Timeout | undefined;
  let catalogTimer: NodeJS.Timeout | undefined;
  async function refreshStock(): Promise<void> {
    stockTimer = undefined;
    const skus = [...dirty];
    dirty.clear();
    if (!opts.loadStock || skus.length === 0) return;
    try {
      const fresh = await opts.loadStock(skus);
      for (const sku of skus) {
        const product = bySku.get(sku);
        if (product) product.stock = fresh.get(sku) ?? 0;
      }
    } catch (err) {
      for (const sku of skus) dirty.add(sku);
      opts.log.warn({ err }, 'stock refresh failed: will try with the next change');
    }
  }
  opts.changes?.onStock((skus) => {
    for (const sku of skus) dirty.add(sku);
    stockTimer ??= setTimeout(() => void refreshStock(), settleMs);
  });
  opts.changes?.onCatalog(() => {
    catalogTimer ??= setTimeout(() => {
      catalogTimer = undefined;
      void reload();
    }, settleMs);
  });

  if (opts.reloadMs > 0) {
    timer = setInterval(() => void lookForChanges(), opts.reloadMs);
    timer.unref();
  }
  return {
    handle: (state, input) => current.handle(state, input),
    reload: () => reload(),
    lookForChanges,
    stop: () => {
      clearInterval(timer);
      clearTimeout(stockTimer);
      clearTimeout(catalogTimer);
    },
  };
}
