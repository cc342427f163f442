/**
 * 散装 / 散称 / 散卖 / 散货: the trade's words for goods sold loose, by weight or by the piece out of the sack. A shop
 * spells it one way for one family and another way for the next (皮蛋 散称 beside 鹅蛋 散装), and customers use any of
 * them for any family. Where a family's values hold exactly one of these words, the others name the same products
 * in the same attribute — even where the catalog spells them for another family, so that the product word said
 * settles which loose product is meant. A family that carries two of them keeps each apart. Pure.
 */

import type { Product } from './product.js';
import { normalizeTerm } from './text-normalize.js';
import type { TradeWord } from './trade-lexicon.js';

/** The words of selling loose, each as the catalog's values may spell it whole. */
const LOOSE_WORDS = ['散装', '散称', '散卖', '散货'];

/**
 * The loose words to add for each family (`family[id]`, the product's category or name) that carries exactly one of
 * them as a whole value: every other loose word, on its products, in the attribute that holds it.
 */
export function looseSaleWords(products: readonly Product[], family: readonly string[]): TradeWord[] {
  // family → loose word → attribute → products
  const carried = new Map<string, Map<string, Map<string, number[]>>>();
  products.forEach((product, id) => {
    for (const [attr, value] of Object.entries(product.specs)) {
      const word = normalizeTerm(value);
      if (!LOOSE_WORDS.includes(word)) continue;
      const key = family[id]!;
      let words = carried.get(key);
      if (!words) carried.set(key, (words = new Map()));
      let attributes = words.get(word);
      if (!attributes) words.set(word, (attributes = new Map()));
      let ids = attributes.get(attr);
      if (!ids) attributes.set(attr, (ids = []));
      ids.push(id);
    }
  });
  const out: TradeWord[] = [];
  for (const words of carried.values()) {
    if (words.size !== 1) continue;
    const [own, attributes] = [...words][0]!;
    for (const [attr, ids] of attributes)
      for (const word of LOOSE_WORDS) if (word !== own) out.push({ word, ids, role: { attr } });
  }
  return out;
}
