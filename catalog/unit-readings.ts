/**
 * A length said in a unit the catalog does not write it in: a customer says a door's 2100*900 as 2米1*9十, 2.1*0.9
 * or 210*90, a bed's 1800 as 1米8, a mirror's 600 as 60. Each number is read with every unit the trade allows for a
 * length said without one (millimetres, centimetres, metres), and the reading is kept when the products named hold
 * it; the products' own keys settle which; a pipe size in 分 / 寸, by the reading its family's diameters are labelled
 * by (pipe-size-readings.ts). Pure; tried only when the number as said meets none of them.
 */

import type { CatalogIndex } from './catalog-index.js';
import { intersectSorted, unionOfIds } from './catalog-index.js';
import { pipeSizeReadings } from './pipe-size-readings.js';
import { parseChineseNumber } from './numerals.js';
import { termAt } from './word-lookups.js';

const NUMBER = String.raw`\d+(?:\.\d+)?`;
/** One side of a size: a number and the length unit said with it, if any (厚 says a thickness, in no unit). */
const SIDE = new RegExp(String.raw`^(${NUMBER})(米|m|公分|厘米|cm|毫米|mm|厚)?$`);
/** A weight in kilograms said alone: 16公斤, 16kg. */
const WEIGHT = new RegExp(String.raw`^(${NUMBER})(?:公斤|千克|kg)$`);
/** A length in the market 尺 said alone: 一尺, 2尺, 二尺二, 1尺半. */
const CHI = /^(\d|[一二两三四五])尺(半|[一二三四五六七八九]|\d)?$/;
const MILLIMETRES_PER_CHI = 1000 / 3;
/**
 * How far a length may lie from the 尺 said: a 尺 is a round figure in speech (一尺的公仔 is a 30 cm toy, 10% under),
 * and lengths a family is sold in a 尺 apart lie 50% or more apart around it.
 */
const CHI_TOLERANCE = 0.12;

function chiOf(said: RegExpExecArray): number {
  const digit = (c: string) => (/\d/.test(c) ? Number(c) : (parseChineseNumber(c) ?? 0));
  return digit(said[1]!) + (said[2] ? (said[2] === '半' ? 0.5 : digit(said[2]) / 10) : 0);
}

/** The products of `ids` holding the one millimetre length (`mm:` key) near `millimetres`; empty unless just one. */
function nearLength(index: CatalogIndex, ids: number[], millimetres: number): number[] {
  // (a fallback over a family, not a whole catalog)
  if (ids.length > 5000) return [];
  const lengths = new Set<number>();
  for (const id of ids)
    for (const key of index.productKeys[id]!) {
      if (!key.startsWith('mm:')) continue;
      const mm = Number(key.slice(3));
      if (Math.abs(mm - millimetres) <= millimetres * CHI_TOLERANCE) lengths.add(mm);
    }
  if (lengths.size !== 1) return [];
  return intersectSorted(ids, index.keys.get(`mm:${[...lengths][0]}`) ?? []);
}

/** Millimetres in one of each unit. */
const MILLIMETRES: Record<string, number> = { 米: 1000, m: 1000, 公分: 10, 厘米: 10, cm: 10, 毫米: 1, mm: 1 };

/** The millimetres one side can mean: its unit's, or, said without one, as millimetres, centimetres or metres. */
function sideReadings(side: string): number[] | undefined {
  const said = SIDE.exec(side);
  if (!said) return undefined;
  const n = Number(said[1]);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  // 2厚 / 2个厚 of a board sold at 20 / 30 / 50 mm is 2 cm: a thickness is said in millimetres or centimetres
  if (said[2] === '厚') return [n, round(n * 10)];
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
 * The products of `ids` that hold what a size said the trade's way names, where the catalog writes it otherwise: a
 * pipe size in 分 / 寸 by the reading the family's diameters are labelled by, a length in 尺, a density said in
 * 公斤. Empty when `said` is none of these or nothing fits. Also read where an answer names a line (4分的改成200根).
 */
export function tradeReadings(index: CatalogIndex, ids: number[], said: string): number[] {
  // 4分 of an insulation sleeve is the Φ22 that fits a 4分 steel pipe; of a hydraulic hose the DN12 bore
  const pipe = pipeSizeReadings(index, ids, said);
  if (pipe.length) return pipe;
  // 一尺 of a plush toy sold at 30 / 45 / 60 cm is the 30 cm one: the one length within 12% of the 尺 said
  const chi = CHI.exec(said);
  if (chi) return nearLength(index, ids, chiOf(chi) * MILLIMETRES_PER_CHI);
  // 16公斤 of glass wool sold as 12K / 16K / 24K: the trade's kilograms per cubic metre, its density
  const weight = WEIGHT.exec(said);
  if (weight) return intersectSorted(ids, index.keys.get(`density:${Number(weight[1])}`) ?? []);
  return [];
}

/**
 * The products of `ids` that hold what `said` (a spec as read: 2.1米*90, 2.1*0.9, 86, 1.8米) means in another
 * unit: a size of two or three sides by the `dim:` keys of every reading of its sides, a lone length by the
 * millimetre size or the side of a size (`mm:` / `part:`) it can be. When readings of several values fit, the
 * products of all of them are kept (the engine then asks which); empty when none fits.
 */
export function readingsInOtherUnits(index: CatalogIndex, ids: number[], said: string): number[] {
  const trade = tradeReadings(index, ids, said);
  if (trade.length) return trade;
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
  if (!fitting.length && sides.length > 1) return nominalSize(index, ids, sides);
  return fitting.length <= 1 ? (fitting[0] ?? []) : unionOfIds(fitting, index.products.length);
}

/**
 * How far an exact side may lie from a side said in metres or centimetres: half the last digit said (1.2米 is
 * 1150–1250 mm, 122 cm 1215–1225 mm), and no more than 3% of it (a whole 3米 is no 2.5 m).
 */
function roundingOf(side: string): { millimetres: number; within: number }[] {
  const said = SIDE.exec(side);
  if (!said || said[2] === '厚') return [];
  const n = Number(said[1]);
  const decimals = said[1]!.split('.')[1]?.length ?? 0;
  const unit = said[2] ?? (n < 10 ? '米' : 'cm');
  const scale = MILLIMETRES[unit]!;
  if (scale === 1) return [];
  const millimetres = n * scale;
  return [{ millimetres, within: Math.min((scale * 0.5) / 10 ** decimals, millimetres * 0.03) }];
}

/** A product's size key (`dim:1220*2440`) and its sides in millimetres. */
interface ProductSize {
  key: string;
  exact: number[];
}
const productSizes = new WeakMap<CatalogIndex, ProductSize[][]>();

/**
 * Per product, its `dim:` keys with their sides read: built once (from `prepareAnalysis`), where nominalSize read
 * every key of up to 5,000 candidates and split each size key again for every size said.
 */
export function productSizesOf(index: CatalogIndex): ProductSize[][] {
  let built = productSizes.get(index);
  if (built) return built;
  const none: ProductSize[] = [];
  const read = new Map<string, ProductSize>();
  built = index.productKeys.map((keys) => {
    let own: ProductSize[] | undefined;
    for (const key of keys) {
      if (!key.startsWith('dim:')) continue;
      let size = read.get(key);
      if (!size) read.set(key, (size = { key, exact: key.slice(4).split('*').map(Number) }));
      (own ??= []).push(size);
    }
    return own ?? none;
  });
  productSizes.set(index, built);
  return built;
}

/**
 * 1米2*2米4 of a sheet sold at 1219*2438 (4×8 ft), 1.22*2.44 of one sold at 1220*2440: a size said in round metres
 * or centimetres names the one size of the products named (`dim:` keys) whose every side rounds to the side said;
 * none when no size or several do.
 */
function nominalSize(index: CatalogIndex, ids: number[], sides: string[]): number[] {
  if (ids.length > 5000) return [];
  const said = sides.map(roundingOf);
  if (said.some((side) => !side.length)) return [];
  const sizes = productSizesOf(index);
  // (the one size: the reading stops at a second, and the size found is not read again for the next products)
  let near: ProductSize | undefined;
  for (const id of ids)
    for (const size of sizes[id]!) {
      if (size === near || size.exact.length !== said.length) continue;
      if (!size.exact.every((mm, at) => said[at]!.some((s) => Math.abs(mm - s.millimetres) <= s.within)))
        continue;
      if (near) return [];
      near = size;
    }
  if (!near) return [];
  return intersectSorted(ids, index.keys.get(near.key) ?? []);
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
