import type { CatalogIndex } from '../catalog/catalog-index.js';
import type { Mention } from '../catalog/mention-scan.js';
import { normalizeTerm } from '../catalog/text-normalize.js';

/**
 * A value that is also the name of every product that has it (碧螺春 of 洞庭碧螺春, 百菌清 of 75%百菌清可湿性粉剂):
 * said alone it names those products, as a product word would — so after a line with its own quantity it opens the
 * next line, never a sibling value of the line before (a colour, which no name carries, still is one).
 */
export function valueNamesItsProducts(index: CatalogIndex, mention: Mention): boolean {
  if (mention.kind !== 'spec' || !mention.ids.length || mention.text.length < 2) return false;
  return mention.ids.every((id) => {
    const product = index.products[id];
    return product !== undefined && normalizeTerm(product.name).includes(mention.text);
  });
}
