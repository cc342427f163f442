/**
 * A length said in a unit the catalog does not write it in: a customer says a door's 2100*900 as 2米1*9十, 2.1*0.9
 * or 210*90, a bed's 1800 as 1米8, a mirror's 600 as 60. Each number is read with every unit the trade allows for a
 * length said without one (millimetres, centimetres, metres), and the reading is kept when the products named hold
 * it; the products' own keys settle which. Pure; tried only when the number as said meets none of them.
 */

import type { CatalogIndex } from './catalog-index.js';
import { intersectSorted, unionOfIds } from './catalog-index.js';
import { termAt } from './word-lookups.js';

const NUMBER = String.raw`\d+(?:\.\d+)?`;
/** One side of a size: a number and the length unit said with it, if any. */
const SIDE = new RegExp(String.raw`^(${NUMBER})(米|m|公分|厘米|cm|毫米|mm)?$`);
/** Millimetres in one of each unit. */
const MILLIMETRES: Record<string, number> = { 米: 1000, m: 1000, 公分: 10, 厘米: 10, cm: 10, 毫米: 1, mm: 1 };

/** The millimetres one side can mean: its unit's, or, said without one, as millimetres, centimetres or metres. */
function sideReadings(side: string): number[] | undefined {
  const said = SIDE.exec(side);
  if (!said) return undefined;
  const n = Number(said[1]);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  if (said[2]) return [round(n * MILLIMETRES[said[2]]!)];
  // (a number of ten metres or more is no length said in metres)
  return n < 10 ? [n, round(n * 10), round(n * 1000)] : [n, round(n * 10)];
}

/** Every way of taking one reading per side, as the catalog's `dim:` keys. */
function dimensionKeys(sides: number[][]): string[] {
  let keys = [''];
  for (const readings of sides)
    keys = keys.flatMap((key) => readings.map((mm) => (key ? `${key}*${mm}` : `dim:${mm}`)));
  return keys;
}

/**
 * The products of `ids` that hold what `said` (a spec as read: 2.1米*90, 2.1*0.9, 86, 1.8米) means in another
 * unit: a size of two or three sides by the `dim:` keys of every reading of its sides, a lone length by the
 * millimetre size or the side of a size (`mm:` / `part:`) it can be. When readings of several values fit, the
 * products of all of them are kept (the engine then asks which); empty when none fits.
 */
export function readingsInOtherUnits(index: CatalogIndex, ids: number[], said: string): number[] {
  const sides = said.split(/[*乘]/);
  if (sides.length > 3) return [];
  const readings: number[][] = [];
  for (const side of sides) {
    const read = sideReadings(side);
    if (!read) return [];
    readings.push(read);
  }
  const keys =
    sides.length > 1 ? dimensionKeys(readings) : readings[0]!.flatMap((mm) => [`mm:${mm}`, `part:${mm}`]);
  const fitting: number[][] = [];
  for (const key of keys) {
    const held = intersectSorted(ids, index.keys.get(key) ?? []);
    if (held.length) fitting.push(held);
  }
  return fitting.length <= 1 ? (fitting[0] ?? []) : unionOfIds(fitting, index.products.length);
}

const DIGIT_TENS = /(?<![\d.])([1-9])十(?![零一二两三四五六七八九十百千万点\d])/g;

/**
 * 9十 / 6十 → 90 / 60: a digit said before 十 is that many tens (the trade's way of saying a size in centimetres),
 * unless a catalog word starts at the digit.
 */
export function spellDigitTens(index: CatalogIndex, text: string): string {
  if (!text.includes('十')) return text;
  return text.replace(DIGIT_TENS, (said: string, digit: string, at: number) => {
    const word = termAt(index, text, at);
    return word && word.length > 1 ? said : `${digit}0`;
  });
}
