/**
 * 来20卡 where the shop sells by the 粒, 板 and 盒: a counter after a number that the catalog does not know is the
 * unit the customer said, to be asked about — never dropped so that the number is read in the sale unit. Pure.
 */
import type { CatalogIndex } from '../catalog/catalog-index.js';
import { STOP_CHARS } from '../catalog/stop-words.js';

const HAN_CHARACTER = /\p{Script=Han}/u;
const NUMERAL_CHARACTER = /[零〇一二两三四五六七八九十百千万半几]/;
const CLAUSE_END = /^(?:$|[\s,，。;；!！?？])/;

/**
 * The character at `at` (right after a number), when it stands where a unit would (a Han character ending the
 * clause) and is no word the catalog knows, no unit of it, no filler and no numeral; undefined otherwise.
 */
export function unknownCounterAfter(index: CatalogIndex, text: string, at: number): string | undefined {
  const counter = text[at];
  if (!counter || !HAN_CHARACTER.test(counter) || STOP_CHARS.has(counter) || NUMERAL_CHARACTER.test(counter))
    return undefined;
  if (!CLAUSE_END.test(text.slice(at + 1, at + 2))) return undefined;
  if (index.terms.has(counter) || index.unitWords.includes(counter)) return undefined;
  return counter;
}
