import { intersectSorted } from '../catalog/catalog-index.js';
import { nearCatalogWords } from '../catalog/near-words.js';
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

/** What an item reads as with a word the catalog lacks taken for the catalog word near it (圣子 → 蛏子). */
export interface NearWordReading {
  /** The products the item fits so read (of every near word, when several are). */
  ids: number[];
  /** The item's text with the near word in place, when one word is near. */
  text?: string;
}

/**
 * The item read with each unknown word of `what` (space-separated) taken for the catalog word near it by sound or
 * shape (`catalog/near-words.ts`), the first such word whose reading fits products with the rest of the item.
 * Undefined when no word is near, or no near reading fits anything (挤朔板 40公分 where no 挤塑板 is that thick):
 * "没有" is said only then.
 */
export function readingByNearWords(
  world: TurnWorld,
  request: ProductRequest,
  what: string,
): NearWordReading | undefined {
  const m = world.matcher;
  const unit = request.quantity?.unit;
  for (const { said, span } of what.split(/\s+/).flatMap((w) => withEdges(request.text, w))) {
    const near = nearCatalogWords(m.index, said);
    // (a short word near many catalog words is near none of them in particular)
    if (!near.length || near.length > MAX_NEAR_WORDS) continue;
    const texts: string[] = [];
    const found = new Set<number>();
    for (const n of near) {
      const text = request.text.replace(span, n.word);
      const r = m.resolve(m.analyze(text), { quick: true, ...(unit && { unit }) });
      if (r.result.kind === 'not_found' || !r.ids.length) continue;
      texts.push(text);
      for (const id of r.ids) found.add(id);
    }
    if (!found.size) continue;
    return {
      ids: [...found].sort((a, b) => a - b),
      ...(texts.length === 1 && { text: texts[0] }),
    };
  }
  return undefined;
}

/**
 * The word as said, then with up to two stop characters on either side of it in the text (可可白脂: the stop
 * characters 可可 split off are the word's own first characters), then its ends of four or more characters (火灾逃生面罩:
 * the product word comes last, after what is said of it), each with the span of the text that the near word takes.
 */
function withEdges(text: string, word: string): { said: string; span: string }[] {
  const at = text.indexOf(word);
  if (!word || at < 0) return [];
  const out: { said: string; span: string }[] = [];
  for (let before = 0; before <= 2; before++) {
    if (before > 0 && !STOP_CHARS.has(text[at - before] ?? '')) break;
    for (let after = 0; after <= 2; after++) {
      if (after > 0 && !STOP_CHARS.has(text[at + word.length + after - 1] ?? '')) break;
      const said = text.slice(at - before, at + word.length + after);
      out.push({ said, span: said });
    }
  }
  for (let from = 1; word.length - from >= 4; from++) out.push({ said: word.slice(from), span: word });
  return out;
}

const MAX_NEAR_WORDS = 4;
