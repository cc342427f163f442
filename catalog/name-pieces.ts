/**
 * The products' names by their characters and pairs of characters, for the readings that ask which products' names
 * hold a word (dialog/named-whole.ts): a table built once per catalog index, never a scan of every name per
 * message. Pure.
 */
import type { CatalogIndex } from './catalog-index.js';

/** Each character and each pair of characters of the products' names (lower case) → the products, in order. */
const tables = new WeakMap<CatalogIndex, Map<string, number[]>>();

/** The table of name pieces of a catalog, built once (from `prepareAnalysis`, when the index is built). */
export function namePiecesOf(index: CatalogIndex): Map<string, number[]> {
  let pieces = tables.get(index);
  if (pieces) return pieces;
  const built = new Map<string, number[]>();
  index.products.forEach((product, id) => {
    const name = [...product.name.toLowerCase()];
    const seen = new Set<string>();
    for (let at = 0; at < name.length; at++)
      for (const piece of [name[at]!, `${name[at]!}${name[at + 1] ?? ''}`]) {
        if (seen.has(piece)) continue;
        seen.add(piece);
        const list = built.get(piece);
        if (list) list.push(id);
        else built.set(piece, [id]);
      }
  });
  pieces = built;
  tables.set(index, pieces);
  return pieces;
}

/**
 * The products whose name may hold every one of `words` (lower case): those of the rarest character, or pair of
 * characters, of the words — a superset the caller checks name by name.
 */
export function namesHolding(index: CatalogIndex, words: readonly string[]): readonly number[] {
  const pieces = namePiecesOf(index);
  let rarest: readonly number[] | undefined;
  for (const word of words) {
    const chars = [...word];
    const keys = chars.length === 1 ? chars : chars.slice(0, -1).map((ch, at) => `${ch}${chars[at + 1]!}`);
    for (const key of keys) {
      const list = pieces.get(key) ?? [];
      if (!rarest || list.length < rarest.length) rarest = list;
    }
  }
  return rarest ?? [];
}
