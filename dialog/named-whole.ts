import type { Analysis } from '../catalog/mention-scan.js';
import { namesHolding } from '../catalog/name-pieces.js';
import type { TurnWorld } from './turn-world.js';

/** No more products than this are offered in one reply. */
const MAX_OFFERED = 3;

/**
 * 男士中筒袜 黑色 when the shop has 浪莎男士纯棉中筒袜: the products whose own name holds every product word said
 * (男士, 中筒袜), and that the rest of what was said (黑色, a brand) fits — one to three of them, to offer instead
 * of saying "没有"; saying 没有 is a claim about the catalog, made only when nothing is this close. Undefined when
 * no product word was said, none or too many products hold them all, or what else was said fits none of them.
 */
export function productsNamingAll(world: TurnWorld, said: Analysis): number[] | undefined {
  const m = world.matcher;
  const words = said.mentions.filter((x) => x.kind === 'head' || x.kind === 'partial').map((x) => x.text);
  if (words.length < 2 || said.unknown.length) return undefined;
  const named: number[] = [];
  for (const id of namesHolding(m.index, words)) {
    const p = m.index.products[id]!;
    const name = p.name.toLowerCase();
    if (p.active && words.every((w) => name.includes(w))) named.push(id);
  }
  if (!named.length) return undefined;
  const rest = said.mentions.filter((x) => x.kind !== 'head' && x.kind !== 'partial');
  const fitting = rest.length
    ? m.resolve({ ...said, mentions: rest }, { within: named, quick: true }).ids
    : named;
  return fitting.length && fitting.length <= MAX_OFFERED ? fitting : undefined;
}
