/**
 * A size code said without its separator: 637 for 6*37, 619 for 6*19, 402 for 40/2. A run of three or four digits
 * could as well be a count, a grade (425 of cement) or a number the catalog sells, so it is read as a value's
 * groups only with care: see {@link spellJoinedGroups}. Pure; the tables are value-shapes.ts's.
 */

import type { CatalogIndex } from './catalog-index.js';
import { termProducts } from './catalog-index.js';
import { scanSpecs } from './spec-values.js';
import { oneCore, valueShapesOf } from './value-shapes.js';
import { termAt } from './word-lookups.js';

/** A run of three or four digits standing alone: no digit, point, letter or sign against it. */
const SHORT_RUN = /(?<![\d.a-z*×/\\-])\d{3,4}(?![\d.a-z*×/\\%-])/g;

/**
 * 12的光面637 → 12的光面6*37: a run of three or four digits is the one catalog value of whole-number groups whose
 * digits, run together, are the run — when no value of the catalog is or holds that number (a 300 the catalog
 * sells stays 300), the run reads as no other size (425 is a cement grade), no unit follows it (637米 is a length),
 * and a catalog word said in the same text points to a product of that value (海螺425 is no 4*25 cable).
 */
export function spellJoinedGroups(index: CatalogIndex, text: string): string {
  const shapes = valueShapesOf(index);
  if (!shapes.byShortDigits.size || !/\d{3}/.test(text)) return text;
  return text.replace(SHORT_RUN, (said: string, at: number) => {
    const fitting = shapes.byShortDigits.get(said);
    if (!fitting || shapes.numbers.has(Number(said)) || said.startsWith('0')) return said;
    const rest = text.slice(at + said.length).trimStart();
    if (index.unitWords.some((unit) => rest.startsWith(unit))) return said;
    const readings = scanSpecs(said)[0]?.reqs.flat() ?? [];
    if (readings.some((key) => !key.startsWith('num:'))) return said;
    const core = oneCore(fitting);
    if (!core) return said;
    const holders = new Set(shapes.coreIds.get(core));
    return namesAHolder(index, text, holders) ? core : said;
  });
}

/** Whether a word of the catalog in the text (a name, brand or value: 光面 of 光面637) points to one of `holders`. */
function namesAHolder(index: CatalogIndex, text: string, holders: ReadonlySet<number>): boolean {
  for (let i = 0; i < text.length; i++) {
    const word = termAt(index, text, i);
    if (!word) continue;
    if (termProducts(index.terms.get(word)!).some((id) => holders.has(id))) return true;
    i += word.length - 1;
  }
  return false;
}
