/**
 * Sizes of two sides said short, the way the trades that sell by a face size say them: 三六 / 36的 for 300*600, 八八 for
 * 800*800 (each side in hundreds of millimetres, one digit a side), 800 for 800*800 or 900 for 900*1800 (the first
 * side alone, when one size of the catalog starts with it), and 二百乘一百 / 二乘一 / 2*1 for 200*100 (the sides in
 * numerals, or all scaled by one power of ten). Only where the catalog has exactly one size that fits, and never a
 * size of another family than the one the product word said with it names. Pure; the tables are built with the index.
 */

import type { CatalogIndex } from './catalog-index.js';
import { intersectsSorted } from './catalog-index.js';
import { parseChineseNumber } from './numerals.js';
import { normalizeTerm } from './text-normalize.js';
import { termAt } from './word-lookups.js';

interface SizeCodeTables {
  /** Two digits, a side each in hundreds (36) → the one size of the catalog they fit (300*600). */
  byHundreds: Map<string, string>;
  /** A first side (800) → the one size of the catalog that starts with it (800*800). */
  byFirstSide: Map<string, string>;
  /** Every number the catalog's values carry on its own or as a group (a 36V, the 600 of 300*600). */
  numbers: Set<string>;
  /** A size of two or three sides (200*100) → the products that come in it (ascending). */
  holders: Map<string, number[]>;
  /** The sides of a size as numbers joined by `|` (200|100) → the sizes so written (200*100). */
  bySides: Map<string, string[]>;
}

const tables = new WeakMap<CatalogIndex, SizeCodeTables>();
/** A size of sides in numbers only (200*100, 150*75, 40*40*2.0). */
const SIZE = /^\d+(?:\.\d+)?(?:\*\d+(?:\.\d+)?){1,2}$/;
/** A size of two sides whose first is said alone as the size (800 of 800*800, 150 of 150*75). */
const TWO_SIDES = /^(\d{3,4})\*(\d+(?:\.\d+)?)$/;
const DIGIT_NAMES = '一二三四五六七八九';

/** The size-code tables of a catalog, built once (from `prepareAnalysis`, when the index is built). */
export function sizeCodesOf(index: CatalogIndex): SizeCodeTables {
  let built = tables.get(index);
  if (built) return built;
  const hundreds = new Map<string, Set<string>>();
  const firstSides = new Map<string, Set<string>>();
  const numbers = new Set<string>();
  const seen = new Set<string>();
  const holders = new Map<string, number[]>();
  const bySides = new Map<string, string[]>();
  index.products.forEach((product, id) => {
    for (const raw of Object.values(product.specs)) {
      const value = normalizeTerm(raw);
      if (!seen.has(value)) {
        seen.add(value);
        for (const [number] of value.matchAll(/\d+(?:\.\d+)?/g)) numbers.add(number);
      }
      if (!SIZE.test(value)) continue;
      const ids = holders.get(value);
      if (ids) {
        if (ids[ids.length - 1] !== id) ids.push(id);
        continue;
      }
      holders.set(value, [id]);
      const key = value.split('*').map(Number).join('|');
      bySides.set(key, [...(bySides.get(key) ?? []), value]);
      const sides = TWO_SIDES.exec(value);
      if (!sides) continue;
      const [, first, second] = sides as unknown as [string, string, string];
      const add = (table: Map<string, Set<string>>, key: string) =>
        table.set(key, (table.get(key) ?? new Set()).add(value));
      add(firstSides, first);
      if (/^[1-9]00$/.test(first) && /^[1-9]00$/.test(second)) add(hundreds, `${first[0]}${second[0]}`);
    }
  });
  const single = (table: Map<string, Set<string>>) =>
    new Map(
      [...table].filter(([, values]) => values.size === 1).map(([key, values]) => [key, [...values][0]!]),
    );
  built = { byHundreds: single(hundreds), byFirstSide: single(firstSides), numbers, holders, bySides };
  tables.set(index, built);
  return built;
}

const SPOKEN_PAIR =
  /(?<![零一二两三四五六七八九十百千万\d.])([一二三四五六七八九])([一二三四五六七八九])(?![零一二两三四五六七八九十百千万\d点])/g;
const DIGIT_PAIR = /(?<![\d.*/a-z-])([1-9])([1-9])(?=的)/g;
const FIRST_SIDE = /(?<![\d.*/a-z-])(\d{3,4})(?![\d.*/a-z%-])/g;

/**
 * 三六的墙砖 → 300*600的墙砖, 36的 → 300*600的, 八八 → 800*800, 超白800 / 800米黄 / 800的 → 800*800: a size said short
 * is written as the catalog's one size it fits. The digit form only for a number the catalog carries nowhere else;
 * a first side alone only beside a catalog word or before 的 (never a count or a price said alone); nothing inside
 * a catalog word (三六一) or before a unit (三六箱).
 */
export function spellSizeCodes(index: CatalogIndex, text: string): string {
  const { byHundreds, byFirstSide, numbers, bySides } = sizeCodesOf(index);
  let out = bySides.size && /[*乘]/.test(text) ? spellScaledSides(index, text) : text;
  if (byHundreds.size) {
    out = out.replace(SPOKEN_PAIR, (said: string, a: string, b: string, at: number) => {
      const size = byHundreds.get(`${DIGIT_NAMES.indexOf(a) + 1}${DIGIT_NAMES.indexOf(b) + 1}`);
      if (!size || (termAt(index, out, at)?.length ?? 0) > 0 || insideWord(index, out, at)) return said;
      return beforeUnit(index, out, at + said.length) ? said : size;
    });
    out = out.replace(DIGIT_PAIR, (said: string, a: string, b: string) => {
      const size = byHundreds.get(`${a}${b}`);
      return size && !numbers.has(said) ? size : said;
    });
  }
  if (byFirstSide.size)
    out = out.replace(FIRST_SIDE, (said: string, side: string, at: number) => {
      const size = byFirstSide.get(side);
      if (!size || size === said) return said;
      const end = at + said.length;
      const wordAfter = (termAt(index, out, end)?.length ?? 0) >= 2;
      if (!wordAfter && beforeUnit(index, out, end)) return said;
      if (!wordAfter && out[end] !== '的' && !endsWord(index, out, at)) return said;
      return ownFamilyLacks(index, out, at, end, size) ? said : size;
    });
  return out;
}

const NUMERALS = '零〇一二两三四五六七八九十百千';
const SIDE = String.raw`(\d+(?:\.\d+)?|[${NUMERALS}]+)`;
/** Two or three sides joined by 乘 or * (二百乘一百, 二乘一, 2*1, 四乘三乘二), in digits or numerals. */
const JOINED_SIDES = new RegExp(
  String.raw`(?<![\d.${NUMERALS}万])${SIDE}(?:乘|\*)${SIDE}(?:(?:乘|\*)${SIDE})?(?![\d.${NUMERALS}万点])`,
  'g',
);
/** A length unit after the last side: the size is said in that unit (20*10公分), read at match time. */
const LENGTH_UNIT = /^(?:米|m|公分|厘米|cm|毫米|mm|寸|分)/;
const SCALES = [1, 10, 100, 1000];

/**
 * 二百乘一百 → 200*100, 二乘一 / 2*1 → 200*100, 三乘六 → 300*600: sides joined by 乘 or * are the one size of the
 * catalog whose sides are those numbers, or, where none is, those numbers all scaled by one power of ten (the
 * trade says a tray or a panel in hundreds, a section in centimetres); of the family the product word said with it
 * names, where one is said. Two sizes that fit, a unit after the sides, or sides inside a catalog word: as said.
 */
function spellScaledSides(index: CatalogIndex, text: string): string {
  const { bySides } = sizeCodesOf(index);
  return text.replace(JOINED_SIDES, (said: string, ...groups: unknown[]) => {
    const at = groups[3] as number;
    const end = at + said.length;
    if (LENGTH_UNIT.test(text.slice(end)) || beforeUnit(index, text, end)) return said;
    if (insideWord(index, text, at) || (termAt(index, text, at)?.length ?? 0) > 1) return said;
    const sides = (groups.slice(0, 3) as (string | undefined)[])
      .filter((side) => side !== undefined)
      .map((side) => (/\d/.test(side!) ? Number(side) : parseChineseNumber(side!)));
    if (sides.some((side) => side === undefined || !(side > 0))) return said;
    const named = namedWith(index, text, at, end);
    for (const scale of SCALES) {
      const key = sides.map((side) => Math.round(side! * scale * 1000) / 1000).join('|');
      const sizes = (bySides.get(key) ?? []).filter((size) => !familyLacks(index, named, size));
      if (sizes.length === 1) return sizes[0]!;
      if (sizes.length > 1) return said;
    }
    return said;
  });
}

const LINE_END = /[,，;；。\n]/;

/**
 * The products of the product word said with a size at `at`..`end`: the one right after it (or after its 的), the
 * nearest before it on its item, and where its item names none (200的60米 after 盖板100的40米), the nearest before
 * it on its line — the family the message goes on with. One list per word, none when no word is said.
 */
function namedWith(index: CatalogIndex, text: string, at: number, end: number): number[][] {
  const named: number[][] = [];
  const after = termAt(index, text, text[end] === '的' ? end + 1 : end);
  const afterHeads = after === undefined ? undefined : index.terms.get(after)?.head;
  if (afterHeads?.length) named.push(afterHeads);
  let crossed = false;
  for (let start = at - 1; start >= 0 && start >= at - 40 && !LINE_END.test(text[start]!); start--) {
    if (/\d/.test(text[start]!)) crossed = true;
    if (crossed && named.length) break;
    const word = termAt(index, text, start);
    const heads = word === undefined || start + word.length > at ? undefined : index.terms.get(word)?.head;
    if (heads?.length) {
      named.push(heads);
      break;
    }
  }
  return named;
}

/** Whether words were said with a size and none of their products comes in `size`. */
function familyLacks(index: CatalogIndex, named: number[][], size: string): boolean {
  const holders = sizeCodesOf(index).holders.get(size);
  if (!named.length || !holders) return false;
  return named.every((heads) => !intersectsSorted(heads, holders));
}

/**
 * Whether the product word said with the number names products none of which comes in `size` (see namedWith):
 * 盖板200的 beside a 桥架 of 200*100 is the cover's own 200, never the tray's size.
 */
function ownFamilyLacks(index: CatalogIndex, text: string, at: number, end: number, size: string): boolean {
  return familyLacks(index, namedWith(index, text, at, end), size);
}

/** Whether a unit word of the catalog starts at `at` (三六箱, 800片). */
function beforeUnit(index: CatalogIndex, text: string, at: number): boolean {
  return index.unitWords.some((unit) => text.startsWith(unit, at));
}

/** Whether a catalog word that starts before `at` runs past it. */
function insideWord(index: CatalogIndex, text: string, at: number): boolean {
  for (let start = Math.max(0, at - index.maxTermLength); start < at; start++) {
    const word = termAt(index, text, start);
    if (word && start + word.length > at) return true;
  }
  return false;
}

/** Whether a catalog word of two or more characters ends right at `at` (超白800). */
function endsWord(index: CatalogIndex, text: string, at: number): boolean {
  for (let start = Math.max(0, at - index.maxTermLength); start < at - 1; start++) {
    const word = termAt(index, text, start);
    if (word && start + word.length === at) return true;
  }
  return false;
}
