/**
 * Motor power as the trade says it: 3匹 / 三匹 / 3P马力 for pumps, fans and compressors sold by their kW. Pure; the
 * horsepower is written as the standard motor rating in kW only when the catalog lists powers in kW and none in 匹
 * (an air conditioner's 1.5匹 is its own value).
 */
import type { CatalogIndex } from './catalog-index.js';
import { parseChineseDecimal } from './numerals.js';

/** Standard motor ratings: horsepower said → kW listed (1匹 = 0.75kW, 3匹 = 2.2kW, 10匹 = 7.5kW). */
const KILOWATTS_OF_HORSEPOWER: ReadonlyMap<number, string> = new Map([
  [0.5, '0.37'],
  [0.75, '0.55'],
  [1, '0.75'],
  [1.5, '1.1'],
  [2, '1.5'],
  [3, '2.2'],
  [4, '3'],
  [5, '3.7'],
  [5.5, '4'],
  [7.5, '5.5'],
  [10, '7.5'],
  [15, '11'],
  [20, '15'],
  [25, '18.5'],
  [30, '22'],
  [40, '30'],
  [50, '37'],
]);
const HORSEPOWER =
  /(?<![\d.])(\d+(?:\.\d+)?|[零一二两三四五六七八九十半]+(?:点[一二三四五六七八九])?)\s*(?:匹马力|匹|马力|hp)(半)?(?![a-z])/g;
const KILOWATT_VALUE = /^\d+(?:\.\d+)?kw$/;
const usesKilowatts = new WeakMap<CatalogIndex, boolean>();

/** Whether the catalog writes motor powers in kW and never in 匹 (read once, from `prepareAnalysis`). */
export function listsKilowatts(index: CatalogIndex): boolean {
  let known = usesKilowatts.get(index);
  if (known === undefined) {
    const values = index.products.flatMap((p) => Object.values(p.specs).map((v) => v.toLowerCase()));
    known = values.some((v) => KILOWATT_VALUE.test(v)) && !values.some((v) => v.includes('匹'));
    usesKilowatts.set(index, known);
  }
  return known;
}

/** 3匹管道泵 → 2.2kw管道泵, 一匹半 → 1.1kw in a catalog of kW; a horsepower with no standard rating stays as said. */
export function spellHorsepower(index: CatalogIndex, text: string): string {
  if (!/匹|马力|hp/.test(text) || !listsKilowatts(index)) return text;
  return text.replace(HORSEPOWER, (said: string, amount: string, half: string | undefined) => {
    const whole = /^\d/.test(amount) ? Number(amount) : parseChineseDecimal(amount);
    const horsepower = whole === undefined ? undefined : whole + (half ? 0.5 : 0);
    const kilowatts = horsepower === undefined ? undefined : KILOWATTS_OF_HORSEPOWER.get(horsepower);
    return kilowatts ? `${kilowatts}kw` : said;
  });
}
