import type { Product } from '../catalog/product.js';
import type { DialogEngine } from '../dialog/dialog-types.js';
import type { Logger } from '../lib/logger.js';

export interface ReloadingEngineOptions {
  /** Reads the catalog (loadProducts over PostgreSQL in production). */
  load: () => Promise<Product[]>;
  /** Builds an engine from a catalog (the dialog package's factory). */
  build: (products: Product[]) => DialogEngine;
  /** Rebuild this often, so prices and stock the engine quotes stay fresh; 0 never. */
  reloadMs: number;
  log: Logger;
}

/**
 * A DialogEngine that delegates to one built from the current catalog and rebuilds it in the background. A
 * failed reload keeps the previous engine.
 */
export async function createReloadingEngine(
  opts: ReloadingEngineOptions,
): Promise<DialogEngine & { reload(): Promise<void>; stop(): void }> {
  let current = opts.build(await opts.load());
  let timer: NodeJS.Timeout | undefined;
  async function reload(): Promise<void> {
    try {
      const products = await opts.load();
      current = opts.build(products);
      opts.log.debug({ products: products.length }, 'catalog reloaded');
    } catch (err) {
      opts.log.warn({ err }, 'catalog reload failed: keeping the previous one');
    }
  }
  if (opts.reloadMs > 0) {
    timer = setInterval(() => void reload(), opts.reloadMs);
    timer.unref();
  }
  return {
    handle: (state, input) => current.handle(state, input),
    reload,
    stop: () => clearInterval(timer),
  };
}
