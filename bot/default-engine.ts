import type { Product } from '../catalog/product.js';
import type { DialogEngine } from '../dialog/dialog-types.js';

/** The dialog package's engine factory, loaded when the bot starts. */
export async function defaultEngineBuilder(
  maxQtyPerLine: number,
): Promise<(products: Product[]) => DialogEngine> {
  void maxQtyPerLine;
  throw new Error('the dialog engine is not available yet');
}
