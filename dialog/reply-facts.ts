import { productNumbersOf } from '../catalog/product-numbers.js';
import type { ConversationState } from './conversation-state.js';
import type { ReplyFacts } from './customer-replies.js';
import { orderView, productLabel, unitPriceFen } from './draft-view.js';
import { productOf } from './turn-world.js';
import type { TurnWorld } from './turn-world.js';

/** What the reply stage reads about products and the draft, looked up in the catalog for this customer. */
export function replyFacts(world: TurnWorld, state: ConversationState): ReplyFacts {
  const m = world.matcher;
  const tier = world.customer.tier;
  const bySku = (sku: string) => productOf(world, sku);
  return {
    label: (sku) => {
      const p = bySku(sku);
      return p ? productLabel(p) : sku;
    },
    unit: (sku) => bySku(sku)?.unit ?? '',
    unitPriceFen: (sku, quantity) => {
      const p = bySku(sku);
      return p ? unitPriceFen(p, tier, quantity) : 0;
    },
    inOtherUnit: (sku, quantity) => {
      const id = m.index.bySku.get(sku);
      if (id === undefined) return '';
      for (const [unit, factor] of m.index.units[id]!) {
        if (factor > 1 && quantity % factor === 0) return `（${quantity / factor}${unit}）`;
      }
      return '';
    },
    commonName: (candidates) => {
      // one pass that stops as soon as neither the name nor the category is shared (candidates are often
      // thousands: their names, categories and brands are compared as the numbers the index gave them)
      const numbers = productNumbersOf(m.index);
      let first = -1;
      let sameName = true;
      let sameCategory = true;
      let sameBrand = true;
      for (const id of candidates) {
        if (!m.index.products[id]) continue;
        if (first < 0) {
          first = id;
          const p = m.index.products[id]!;
          sameCategory = Boolean(p.category);
          sameBrand = Boolean(p.brand);
          continue;
        }
        if (numbers.name[id] !== numbers.name[first]) sameName = false;
        if (numbers.category[id] !== numbers.category[first]) sameCategory = false;
        if (numbers.brand[id] !== numbers.brand[first]) sameBrand = false;
        if (!sameName && !sameCategory && !sameBrand) return '';
      }
      if (first < 0) return '';
      const p = m.index.products[first]!;
      if (sameName) return p.name;
      // (帮宝适 3箱 asked among its nappies and pants: the brand is what they share)
      return sameCategory ? p.category! : sameBrand ? p.brand! : '';
    },
    draft: orderView(state.status === 'confirmed' ? 'confirmed' : 'draft', state.lines, bySku, tier),
  };
}
