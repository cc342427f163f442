import { familyMembers } from '../catalog/catalog-index.js';
import type { Product } from '../catalog/product.js';
import { hasIdentity } from './item-text.js';
import type { ItemText } from './item-text.js';
import { idOf } from './turn-world.js';
import type { TurnWorld } from './turn-world.js';

/**
 * 不对 明月的是1.60绿膜 六百度以内的: the products a correction's words leave when they hold words the engine cannot
 * read and fit several products once the old line's values are not leaned on — the one `matched` came to only by
 * keeping the old line's other values, which the unread words may be about. Undefined when nothing is unread, or
 * the read words alone name `matched`.
 */
export function unreadCorrectionCandidates(
  world: TurnWorld,
  old: Product,
  item: ItemText,
  matched: Product,
): number[] | undefined {
  const a = item.analysis;
  if (!a.unknown.length) return undefined;
  const m = world.matcher;
  const own = idOf(world, old.sku);
  const picked = idOf(world, matched.sku);
  if (own === undefined || picked === undefined) return undefined;
  const unit = item.quantity?.unit;
  const within = hasIdentity(a) ? undefined : [...familyMembers(m.index, m.index.family[own]!)];
  const plain = m.resolve(a, { ...(unit && { unit }), ...(within && { within }) });
  return plain.result.kind === 'ambiguous' && plain.ids.includes(picked) ? plain.ids : undefined;
}
