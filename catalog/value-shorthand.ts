/**
 * Spec values the trade says the short way, written out as the catalog spells them before a message is read.
 * Pure; only values the catalog has are written out.
 */

import type { CatalogIndex } from './catalog-index.js';

const THREE_EQUAL = /(?<![\d.])[三3]个(\d{1,2})(?![\d.%])/g;

/**
 * 三个15 → 15-15-15: three equal parts (a compound fertiliser's N-P-K) said as "three fifteens", when a product
 * has that value; otherwise 三个15 stays three of something in 15.
 */
export function spellValuesInFull(index: CatalogIndex, text: string): string {
  if (!text.includes('个')) return text;
  return text.replace(THREE_EQUAL, (said: string, part: string) => {
    const full = `${part}-${part}-${part}`;
    return index.terms.get(full)?.spec.size ? full : said;
  });
}
