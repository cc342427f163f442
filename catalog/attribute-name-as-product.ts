/**
 * 再要10个65的接口 where 接口 is the name of one product's attribute (a spray gun's 接口: 4分) and the end of another
 * product's own word (消防接口): said last, after a value and with no product word anywhere in the text, it names
 * the product — an attribute name says which attribute the value after it is of, and here nothing follows it. Pure.
 */
import type { CatalogIndex } from './catalog-index.js';
import type { Mention } from './analysis-types.js';
import { STOP_CHARS } from './stop-words.js';

const endings = new WeakMap<CatalogIndex, Map<string, number[]>>();

/** Products whose name, alias or category ends in `word` (消防接口 for 接口), sorted. */
function productsEndingIn(index: CatalogIndex, word: string): number[] {
  let cache = endings.get(index);
  if (!cache) endings.set(index, (cache = new Map()));
  let ids = cache.get(word);
  if (!ids) {
    const set = new Set<number>();
    for (const [term, info] of index.terms)
      if (term.length > word.length && term.endsWith(word)) for (const id of info.head) set.add(id);
    ids = [...set].sort((a, b) => a - b);
    cache.set(word, ids);
  }
  return ids;
}

/**
 * The attribute name that ends `run` (a leftover starting at `start` in `text`) read as a product word, with where
 * it starts in the run; undefined unless nothing but stop characters follows it in the text, the text names no
 * product yet, some product's word ends in it, and a value is said before it and every one fits one of those
 * products (接口 alone, or 要哪个接口, stays the attribute's name).
 */
export function attributeNameAsProduct(
  index: CatalogIndex,
  text: string,
  run: string,
  start: number,
  mentions: Mention[],
): { at: number; mention: Mention } | undefined {
  if (mentions.some((m) => m.kind === 'head' || m.kind === 'partial' || m.kind === 'barcode'))
    return undefined;
  let end = run.length;
  while (end > 0 && STOP_CHARS.has(run[end - 1]!)) end -= 1;
  if ([...text.slice(start + end)].some((ch) => !STOP_CHARS.has(ch) && !/[\s,.!?。，！？~]/.test(ch)))
    return undefined;
  const word = index.attributeWords.find((w) => w.length >= 2 && run.slice(0, end).endsWith(w));
  if (!word) return undefined;
  const ids = productsEndingIn(index, word);
  if (!ids.length) return undefined;
  const own = new Set(ids);
  const values = mentions.filter((m) => m.kind === 'spec');
  if (!values.length || !values.every((m) => m.ids.some((id) => own.has(id)))) return undefined;
  const at = end - word.length;
  return { at, mention: { kind: 'partial', text: word, start: start + at, ids } };
}
