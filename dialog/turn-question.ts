import type { Matcher } from '../catalog/matcher.js';
import type { Product } from '../catalog/product.js';
import { pickQuestion } from './dialog-replies.js';
import type { Turn } from './dialog-turn.js';
import { productLabel, unitPriceFen, yuan } from './draft-view.js';
import { pickIds, settlePick } from './turn-resolution.js';

/**
 * The one question to ask after a turn, or undefined: a stock offer, a missing quantity, or which product (naming
 * the options). Records the asked attribute and options on the pending pick, for answers by number (第二个).
 */
export function nextQuestion(t: Turn): string | undefined {
  const m = t.o.matcher;
  for (const p of t.s.pend) {
    if (p.t === 'stock') {
      const prod = t.product(p.s);
      if (!prod) continue;
      return `${productLabel(prod)}现在只有${p.have}${prod.unit}${inOtherUnit(prod, p.have, m, t.idOf(p.s))}，不够${p.want}${prod.unit}，先拿${p.have}${prod.unit}可以吗？`;
    }
    if (p.t === 'qty') {
      const prod = t.product(p.s);
      if (!prod) continue;
      if (p.said)
        return `${productLabel(prod)}按${prod.unit}卖，${p.said}换算不成整${prod.unit}，请问要多少${prod.unit}？`;
      const price = unitPriceFen(prod, t.input.customer.tier, 1);
      if (p.bad)
        return `${productLabel(prod)}的数量不对，要多少${prod.unit}？（${yuan(price)}元/${prod.unit}）`;
      return `${productLabel(prod)}有的，${yuan(price)}元/${prod.unit}，要多少${prod.unit}？`;
    }
    const ids = pickIds(t, p);
    if (ids.length === 1) {
      settlePick(t, p, ids);
      return nextQuestion(t);
    }
    const d = m.distinctions(ids)[0];
    if (!d) continue;
    p.attr = d.attr;
    p.opts = d.values.slice(0, 8);
    const qtyText = p.q !== undefined ? `${p.q}${p.u ?? ''}` : '';
    return pickQuestion(
      ids.map((id) => m.index.products[id]!),
      d,
      qtyText,
    );
  }
  return undefined;
}

function inOtherUnit(p: Product, have: number, m: Matcher, id: number | undefined): string {
  if (id === undefined) return '';
  for (const [unit, factor] of m.index.units[id]!) {
    if (factor > 1 && have % factor === 0) return `（${have / factor}${unit}）`;
  }
  return '';
}
