/**
 * 梦龙 香草 松露 白巧克力 拼一箱 各8支: values listed with a total for them mixed in one pack, then a bare 各 amount —
 * each value is an item of the amount each, when those amounts make up the total. Pure.
 */
import type { Matcher } from '../catalog/matcher.js';
import type { QuantityToken } from '../catalog/mention-scan.js';
import { expandEach } from './each-items.js';
import type { ItemText } from './item-text.js';

/** 拼 / 混 (mixed in one pack), said right before the total. */
const MIXED = /\s*(?:拼|混|混装|混拼)\s*$/;

/**
 * Replaces, in place, an item with a total followed by a bare 各 amount (an item that names nothing) by one item per
 * value its words list, each of the 各 amount — only when the values times that amount are the total, in the
 * total's unit or through the products' pack size; otherwise the items stay as they were (and are asked about).
 */
export function spreadEachOverTotal(matcher: Matcher, items: ItemText[]): void {
  for (let i = 0; i + 1 < items.length; i++) {
    const total = items[i]!;
    const each = items[i + 1]!;
    if (total.fromEach || !total.quantity || total.quantity.plus) continue;
    if (!each.fromEach || !each.quantity || each.analysis.mentions.length || each.text) continue;
    const text = total.text.replace(MIXED, '').trim();
    const spread = expandEach(matcher, text, each.quantity);
    if (spread.length < 2 || !makesUp(matcher, spread, total.quantity, each.quantity)) continue;
    items.splice(i, 2, ...spread);
    i += spread.length - 1;
  }
}

/** Whether `count` items of `each` are `total`: the same unit, or the total's unit a pack of the each unit. */
function makesUp(matcher: Matcher, items: ItemText[], total: QuantityToken, each: QuantityToken): boolean {
  const sum = items.length * each.value;
  if (total.unit === each.unit) return sum === total.value;
  if (!total.unit || !each.unit) return false;
  const packs = items.map((item) => {
    const found = matcher.resolve(item.analysis, { quick: true }).result;
    if (found.kind !== 'matched') return undefined;
    const product = found.product;
    const size = product.conversions[total.unit!];
    return product.unit === each.unit && size ? size : undefined;
  });
  return packs.every((size) => size !== undefined && size * total.value === sum);
}
