import { intersectSorted } from '../catalog/catalog-index.js';
import { STOP_CHARS } from '../catalog/stop-words.js';
import type { ProductRequest } from './conversation-state.js';
import type { TurnWorld } from './turn-world.js';

/**
 * The products close to an item that names a word the catalog lacks (焊工手套 牛皮的, 焊工 unknown): those every
 * word the catalog knows in the item fits, whose own words share a character with the unknown word (电焊手套).
 * Empty when the item names nothing the catalog knows, or nothing that fits shares a character: then "没有" is
 * the honest answer. At most `limit` products, in catalog order; more than that is no closeness either.
 */
export function productsNearUnknown(
  world: TurnWorld,
  request: ProductRequest,
  unknown: string,
  limit = 3,
): number[] {
  const m = world.matcher;
  const chars = [...unknown].filter((ch) => /\p{Script=Han}/u.test(ch) && !STOP_CHARS.has(ch));
  if (!chars.length) return [];
  const known = m
    .analyze(request.text)
    .mentions.filter((x) => x.kind === 'head' || x.kind === 'brand' || x.kind === 'spec');
  if (!known.length) return [];
  let pool = known[0]!.ids;
  for (const x of known.slice(1)) pool = intersectSorted(pool, x.ids);
  const near = pool.filter((id) => {
    const p = m.index.products[id]!;
    const words = `${p.name}${p.aliases.join('')}${p.category ?? ''}`;
    return chars.some((ch) => words.includes(ch));
  });
  return near.length <= limit ? near : [];
}
