import type { Product } from '../catalog/product.js';
import type { DialogEngine } from '../dialog/dialog-types.js';

/** The dialog package's engine factory, loaded when the bot starts. */
export async function defaultEngineBuilder(
  maxQtyPerLine: number,
): Promise<(products: Product[]) => DialogEngine> {
  const { createDialogEngine } = await import('../dialog/dialog-engine.js');
  return (products) => createDialogEngine({ products, maxQtyPerLine });
}
