/**
 * 2035米白 / 8810米黄 / 6601米色: a number said right before a catalog word that starts with a unit's character (米白
 * a colour, its 米 also metres) is the number alone and that word, where the number alone is something the catalog
 * knows and the number in that unit is no measure of any product — never the number in that unit and a stray
 * character after it (2035米 and 白: 没有白的…). Pure.
 */

import type { CatalogIndex } from './catalog-index.js';
import { scanSpecs } from './spec-values.js';
import type { SpecToken } from './spec-values.js';
import { termAt } from './word-lookups.js';

const NUMBER_FIRST = /^\d+(?:\.\d+)?/;

/**
 * The spec token read at a position, or — where its unit begins a catalog word that runs on past the token, the
 * number in that unit names no product and the number before the unit reads alone as a spec token that does — that
 * shorter token. `names` says whether requirements fit any product.
 */
export function specBeforeUnitWord(
  index: CatalogIndex,
  text: string,
  spec: SpecToken | undefined,
  names: (reqs: string[][]) => boolean,
): SpecToken | undefined {
  if (!spec) return spec;
  const number = NUMBER_FIRST.exec(spec.raw);
  if (!number || number[0].length >= spec.raw.length) return spec;
  const unitAt = spec.start + number[0].length;
  const word = termAt(index, text, unitAt);
  if (!word || unitAt + word.length <= spec.end) return spec;
  // (3米白色 where a rail is 3米 long: the length and 白色, as said)
  const measured = spec.reqs.map((keys) => keys.filter((key) => !key.startsWith('bare:')));
  if (measured.every((keys) => keys.length) && names(measured)) return spec;
  const alone = scanSpecs(text.slice(0, unitAt)).find((t) => t.start === spec.start && t.end === unitAt);
  return alone && names(alone.reqs) ? alone : spec;
}
