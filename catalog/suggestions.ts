import type { CatalogIndex } from './catalog-index.js';
import type { Product } from './product.js';
import { normalizeText } from './text-normalize.js';

/**
 * The products nearest a query among `within` (or among those sharing a word piece with it), best first: the
 * most of the query's character pairs and characters in the product's words, ties in catalog order. At most five,
 * one per distinct label.
 */
export function createSuggest(index: CatalogIndex): (query: string, within?: number[]) => Product[] {
  // (one slot per product from the start: filled at random places, a growing array would turn into a slow dictionary)
  const docs = new Array<string | undefined>(index.products.length).fill(undefined);
  const docOf = (p: Product) =>
    normalizeText([p.brand ?? '', p.name, ...p.aliases, ...Object.values(p.specs)].join(' '));

  const suggest = (query: string, within?: number[]): Product[] => {
    const pool = (within ?? prefilter(index, query)).slice(0, 300);
    if (pool.length === 0) return [];
    const q = normalizeText(query).replace(/\s+/g, '');
    const pairs = [...q].slice(0, -1).map((ch, i) => ch + q[i + 1]);
    const scored = pool.map((id, order) => {
      const text = (docs[id] ??= docOf(index.products[id]!));
      let score = 0;
      for (const pair of pairs) if (text.includes(pair)) score += 2;
      for (const ch of q) if (text.includes(ch)) score += 1;
      return { id, score, order };
    });
    scored.sort((a, b) => b.score - a.score || a.order - b.order);
    const seen = new Set<string>();
    const out: Product[] = [];
    for (const { id } of scored) {
      const p = index.products[id]!;
      const label = `${p.brand ?? ''}${p.name}${JSON.stringify(p.specs)}`;
      if (seen.has(label)) continue;
      seen.add(label);
      out.push(p);
      if (out.length >= 5) break;
    }
    return out;
  };

  return suggest;
}

/** Products sharing a Han bigram or a Latin/number word with the query: the pool fuzzy suggestions rank. */
function prefilter(index: CatalogIndex, query: string): number[] {
  const ids = new Set<number>();
  const q = normalizeText(query).replace(/\s+/g, '');
  for (let i = 0; i + 2 <= q.length && ids.size < 500; i++) {
    for (const w of index.bigrams.get(q.slice(i, i + 2)) ?? []) {
      const info = index.terms.get(w);
      if (info) for (const id of [...info.head, ...info.brand]) ids.add(id);
    }
  }
  return [...ids];
}
