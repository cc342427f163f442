import type { Matcher } from '../catalog/matcher.js';
import { familyOf, hasIdentity, hasProductWord } from './item-text.js';
import type { ItemText } from './item-text.js';

/**
 * 变调夹要3盒 黑的2盒 银的1盒: a product said with a quantity and no value, then two or more items that name only
 * values of one attribute of it, each with a quantity in the same unit, adding up to the first: the first was the
 * total of those lines, not a line of its own. The parts take the product's words and stand in its place.
 * Where the parts do not add up (3盒 against 2盒 and 2盒), nothing is folded: the total stays an item of its own, and
 * since it names no value it is asked about, never confirmed beside its parts.
 */
export function foldTotalIntoParts(matcher: Matcher, items: ItemText[]): void {
  const resolve = (item: ItemText) => matcher.resolve(item.analysis, { quick: true });
  for (let i = 0; i + 2 < items.length; i++) {
    const total = items[i]!;
    const unit = total.quantity?.unit;
    if (!unit || total.fromEach || total.quantity!.plus || !hasProductWord(total.analysis)) continue;
    if (total.analysis.unknown.length) continue;
    const resolution = resolve(total);
    if (resolution.result.kind !== 'ambiguous') continue;
    const within = new Set(resolution.ids);
    let end = i + 1;
    let family: string | undefined;
    for (; end < items.length; end++) {
      const part = items[end]!;
      const specs = part.analysis.mentions;
      if (part.fromEach || hasIdentity(part.analysis) || part.analysis.unknown.length || !specs.length) break;
      if (part.quantity?.unit !== unit || part.quantity.plus) break;
      const families = new Set(specs.map(familyOf));
      if (families.size !== 1 || (family && !families.has(family))) break;
      family = [...families][0]!;
      if (!specs.every((m) => m.ids.some((id) => within.has(id)))) break;
    }
    const parts = items.slice(i + 1, end);
    if (parts.length < 2 || total.analysis.mentions.some((m) => familyOf(m) === family)) continue;
    const sum = parts.reduce((acc, part) => acc + part.quantity!.value, 0);
    if (sum !== total.quantity!.value) continue;
    const folded = parts.map((part) => {
      const text = `${total.text} ${part.text}`;
      return { ...part, text, analysis: matcher.analyze(text), also: part.also || total.also };
    });
    if (folded.some((item) => resolve(item).result.kind === 'not_found')) continue;
    items.splice(i, parts.length + 1, ...folded);
  }
}
