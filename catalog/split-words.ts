/**
 * Catalog words a customer splits with 的 (`c口的线` for the catalog's `c口线`): the 的 is dropped before a message is
 * read, so the word is found whole. Learned from the catalog's own product words; pure.
 */

import type { CatalogIndex } from './catalog-index.js';

/** The longest stretch looked at on each side of a 的. */
const SIDE = 4;

/**
 * `c口的线` → `c口线` where the catalog has the product word `c口线` (a name, alias or category) and neither side of
 * the 的 ends or starts a longer word of its own that the 的 would cut; otherwise the text is left as said.
 */
export function joinSplitWords(index: CatalogIndex, text: string): string {
  if (!text.includes('的')) return text;
  let out = text;
  for (let at = out.indexOf('的', 1); at > 0 && at < out.length - 1; at = out.indexOf('的', at + 1)) {
    if (/\s/.test(out[at - 1]!) || /\s/.test(out[at + 1]!)) continue;
    let joined = false;
    for (let before = Math.min(SIDE, at); before >= 1 && !joined; before--) {
      const left = out.slice(at - before, at);
      if (/\s/.test(left)) continue;
      for (let after = SIDE; after >= 1; after--) {
        const right = out.slice(at + 1, at + 1 + after);
        if (right.length < after || /\s|的/.test(right)) continue;
        if (!index.terms.get(left + right)?.head.length) continue;
        out = `${out.slice(0, at)}${out.slice(at + 1)}`;
        joined = true;
        break;
      }
    }
  }
  return out;
}
