/**
 * Quantities in a message: a number (Arabic or Chinese) and a unit word of the catalog, with half a unit more
 * (两箱半), a second part in another unit (一箱零6瓶) or a unit typed by its sound (3保). Pure.
 */

import type { CatalogIndex } from './catalog-index.js';
import type { TermInfo } from './catalog-index.js';
import { intersectSorted, sellableIn, termProducts } from './catalog-index.js';
import type { QuantityToken } from './analysis-types.js';
import { CHINESE_NUMERAL_CHARS, parseNumber } from './numerals.js';
import { STOP_CHARS } from './stop-words.js';
import { isHan } from './text-normalize.js';
import { pinyinOfChar } from './typo-correct.js';
import { canonicalUnit } from './units.js';
import { termAt } from './word-lookups.js';
const DIGIT = /[0-9]/;
/** A character before a number that makes it part of a size or a longer number, not a count. */
const BEFORE_DIGITS = /[0-9.a-z*/乘]/;
const BEFORE_NUMERALS = /[0-9.*/乘]/;
export const NUMERAL_RE = new RegExp(
  String.raw`^(?:(\d+(?:\.\d+)?(?:万|千|k)?)|([${CHINESE_NUMERAL_CHARS}]+))`,
);

export function quantityAt(index: CatalogIndex, text: string, i: number): QuantityToken | undefined {
  const prev = text[i - 1];
  // (the patterns below are kept outside: one written in the function is a new object at each of its many calls)
  const atDigit = DIGIT.test(text[i]!);
  const afterDigit = !atDigit && DIGIT.test(prev ?? '');
  // XL6打: a count run into a size in letters the catalog has is a count, with a unit of count
  const afterLetters = atDigit && letterValueEndsAt(index, text, i);
  // 东鹏特饮250两箱: a Chinese numeral after a size is a count only with its unit
  if (prev && !afterDigit && !afterLetters && (atDigit ? BEFORE_DIGITS : BEFORE_NUMERALS).test(prev))
    return undefined;
  const m = NUMERAL_RE.exec(text.slice(i, i + 16));
  if (!m) return undefined;
  const numText = m[0];
  let j = i + numText.length;
  if (text[j] === ' ' && /\d$/.test(numText)) j += 1;
  if (m[2] !== undefined && text[j] === '个' && m[2].length === 1 && text[j + 1] === '半') return undefined;
  if (
    m[2] !== undefined &&
    !afterDigit &&
    !/[\p{Script=Han}a-z0-9]/u.test(text[i + numText.length] ?? '') &&
    m[2] !== '半'
  ) {
    // a Chinese numeral on its own (灯泡 一百二): a quantity in the sale unit
    const value = parseNumber(numText);
    if (value !== undefined && value >= 1) return { start: i, end: i + numText.length, value, raw: numText };
  }
  // 合页4寸 门吸地吸 各20: digits right after 各 with no unit are a count in each item's own sale unit
  if (m[1] !== undefined && EACH_BEFORE.test(text.slice(Math.max(0, i - 4), i))) {
    const value = parseNumber(numText);
    if (
      value !== undefined &&
      value >= 1 &&
      !/[\p{Script=Han}a-z0-9.*/]/iu.test(text[i + numText.length] ?? '')
    )
      return { start: i, end: i + numText.length, value, raw: numText };
  }
  // 两格 is a catalog value (格数), not 两个 typed by its sound
  const sounded = soundedUnit(index, text, j);
  if (sounded && (termAt(index, text, i)?.length ?? 0) > j - i) return undefined;
  // 三个二十 (a fertiliser's 20-20-20), 三层纸箱: a catalog word that starts at the numeral and goes on past the
  // unit is that word, not a quantity
  const wordHere = m[2] !== undefined ? termAt(index, text, i) : undefined;
  if (wordHere && index.unitWords.some((u) => text.startsWith(u, j) && wordHere.length > j - i + u.length))
    return undefined;
  for (const u of sounded ? [sounded] : unitWordsStarting(index.unitWords, text[j])) {
    if (!sounded && !text.startsWith(u, j)) continue;
    // 12mm is a thickness, never 12 m and a stray m: a Latin unit runs to the end of its letters
    if (/[a-z]$/i.test(u) && /[a-z]/i.test(text[j + u.length] ?? '')) continue;
    // 米黄 is a colour, not 米: a catalog word starting here wins over the unit
    const word = termAt(index, text, j);
    if (word && word.length > u.length) return undefined;
    if (afterLetters && MEASURE_UNIT.test(u)) return undefined;
    const value = parseNumber(numText);
    if (value === undefined) return undefined;
    // 2.1米*90 / 1.5米乘2米: one side of a size, not a quantity
    if (LENGTH_UNIT.test(u) && SIZE_SIDE_AFTER.test(text.slice(j + u.length, j + u.length + 2)))
      return undefined;
    // 1.2米的 / 50公斤的: a size, not a quantity
    if (text[j + u.length] === '的' && /\d/.test(numText)) return undefined;
    // 100斤一袋的 / 50kg一袋的 / 12瓶一箱的: what one unit holds, not a quantity
    if (value === 1 && text[j + u.length] === '的') {
      const before = text.slice(Math.max(0, i - 8), i);
      const counted = /\d(\p{Script=Han}) ?$/u.exec(before);
      if (PACK_CONTENT_BEFORE.test(before) || (counted && index.unitWords.includes(counted[1]!)))
        return undefined;
    }
    // 25公斤一袋 / 5升一桶的 / 25kg每袋 / 12瓶一箱的: the content of one unit, not a quantity
    const after = text.slice(j + u.length, j + u.length + 4);
    if (CONTENT_UNIT.test(u) ? ONE_UNIT_AFTER.test(after) : COUNT_PER_UNIT.test(after)) return undefined;
    // 25公斤装 / 25公斤桶装的 / 5升瓶装: the size of the pack, not a quantity; so is 1000套装 / 24瓶装 of a count
    if (CONTENT_UNIT.test(u) ? PACKED_AFTER.test(after) : COUNT_PACKED_AFTER.test(after)) return undefined;
    if (valueNotSoldIn(index, text, i, j + u.length, canonicalUnit(u))) return undefined;
    const invalid = prev === '-' || text[i - 2] === '-' || value <= 0;
    const token: QuantityToken = {
      start: i,
      end: j + u.length,
      value,
      unit: canonicalUnit(u),
      raw: text.slice(i, j + u.length),
      invalid,
    };
    return compound(index, text, token);
  }
  return undefined;
}

/**
 * The unit words that start with `first`, in their order (each list built once per list of unit words): a number
 * is tried against the few units its next character starts, not against every unit of the catalog.
 */
function unitWordsStarting(units: readonly string[], first: string | undefined): readonly string[] {
  let byFirst = unitsByFirst.get(units);
  if (!byFirst) {
    byFirst = new Map();
    for (const u of units) {
      const list = byFirst.get(u[0] ?? '');
      if (list) list.push(u);
      else byFirst.set(u[0] ?? '', [u]);
    }
    unitsByFirst.set(units, byFirst);
  }
  // (an empty unit word, were there one, starts everywhere: then every unit is tried)
  if (byFirst.has('')) return units;
  return (first !== undefined && byFirst.get(first)) || NO_UNITS;
}
const unitsByFirst = new WeakMap<readonly string[], Map<string, string[]>>();
const NO_UNITS: readonly string[] = [];

const MEASURE_UNIT = /[米斤克吨方升]/;
const LENGTH_UNIT = /^(?:米|m|公分|厘米|cm|毫米|mm)$/;
const SIZE_SIDE_AFTER = /^[*乘]\d/;
const EACH_BEFORE = /各(?:自)?(?:来|要|拿)?\s*$/;

/**
 * 40支 of a bed sheet (支数 40支), 5层 of a carton: a number and unit that the catalog writes whole as a spec value,
 * of products none of which is sold in that unit, is that value and not a quantity when a quantity or a catalog
 * word follows it (床单 40支 20条, 40支床单) or the catalog word right before it names products of that value
 * (床单 40支); after a word of other products (厨师服 黑色5件, beside a knife set of 5件) it stays a quantity. Where the
 * word right before names products of that value none of which is sold in that unit (德青源30枚, beside loose eggs
 * sold by the 枚 whose 30枚/板 also spells it), it is that value whatever other products are sold in the unit.
 */
function valueNotSoldIn(
  index: CatalogIndex,
  text: string,
  start: number,
  end: number,
  unit: string,
): boolean {
  const info = index.terms.get(text.slice(start, end));
  if (!info?.spec.size) return false;
  const sellable = sellableIn(index, unit);
  const holders = termProducts(info);
  const before = wordEndingAt(
    index,
    text,
    start - (/[\s,，、]*$/.exec(text.slice(0, start))?.[0].length ?? 0),
  );
  const named = before ? intersectSorted(termProducts(before), holders) : [];
  // 德青源30枚 beside loose eggs sold by the 枚: the products of the word before, none sold in it, settle it
  if (named.length && named.every((id) => !sellable[id])) return true;
  for (const id of holders) if (sellable[id]) return false;
  const next = end + (/^[\s,，、]*/.exec(text.slice(end))?.[0].length ?? 0);
  if (next < text.length && (termAt(index, text, next) ?? quantityAt(index, text, next)?.unit)) return true;
  return named.length > 0;
}

/** The longest catalog word that ends at `end` (up to eight characters), if any. */
export function wordEndingAt(index: CatalogIndex, text: string, end: number): TermInfo | undefined {
  for (let length = Math.min(8, end); length >= 1; length--) {
    const info = index.terms.get(text.slice(end - length, end));
    if (info) return info;
  }
  return undefined;
}

/** True when the Latin letters right before `at` are a whole catalog word of its specs (尺码 XL). */
function letterValueEndsAt(index: CatalogIndex, text: string, at: number): boolean {
  const letters = /(?<![a-z0-9])[a-z]{1,4}$/.exec(text.slice(Math.max(0, at - 5), at));
  const info = letters ? index.terms.get(letters[0]) : undefined;
  return !!info && info.spec.size > 0 && !info.head.length && !info.brand.length;
}

const PACK_CONTENT_BEFORE = /\d(?:斤|kg|公斤|千克|克|g|升|l|ml|毫升) ?$/;
const ONE_UNIT_AFTER = /^(?:(?:一|每)\p{Script=Han}(?:的|装|$|[\s,])|1\p{Script=Han}(?:的|装))/u;
const CONTENT_UNIT = /^(?:斤|公斤|千克|克|kg|g|升|l|ml|毫升)$/;
const PACKED_AFTER = /^\p{Script=Han}?装/u;
const COUNT_PACKED_AFTER = /^装(?![车货修好])/;
const COUNT_PER_UNIT = /^(?:一|每|1)\p{Script=Han}(?:的|装)/u;
const PLUS = /^ ?(零|又|加|另外|外加|再加|另加)? ?/;
const PACK_UNITS = new Set(['箱', '件', '盒', '包', '提', '打', '筒', '托', '捆']);

/**
 * 两箱半 (half a unit more) and 一箱零6瓶 / 1箱 加12瓶 (a second part in another unit): one quantity. A second part
 * needs a joining word (零, 加, 另外) or to follow with no space.
 */
export function compound(index: CatalogIndex, text: string, token: QuantityToken): QuantityToken {
  let t = token;
  if (text[t.end] === '半' && t.unit !== '个' && !t.invalid)
    t = { ...t, end: t.end + 1, value: t.value + 0.5, raw: text.slice(t.start, t.end + 1) };
  const joint = PLUS.exec(text.slice(t.end))!;
  // with no joining word only a pack before its pieces (一箱6瓶), never a size before a count (插排5米2个)
  if (!joint[1] && (joint[0].length || !PACK_UNITS.has(t.unit ?? ''))) return t;
  const at = t.end + joint[0].length;
  if (!/[0-9零〇一二两三四五六七八九十半]/.test(text[at] ?? '')) return t;
  const second = quantityAt(index, text, at);
  if (!second?.unit || second.unit === t.unit || second.invalid || second.plus) return t;
  return {
    ...t,
    end: second.end,
    raw: text.slice(t.start, second.end),
    plus: { value: second.value, unit: second.unit },
  };
}

const unitSounds = new WeakMap<CatalogIndex, Map<string, string | null>>();

/**
 * 3保 / 5跟: a character after a number that is no unit but sounds exactly like one one-character unit (包, 根) some
 * product is sold in is that unit, typed wrong. Not for words that join numbers (和, 到).
 */
export function soundedUnit(index: CatalogIndex, text: string, at: number): string | undefined {
  const ch = text[at];
  if (!ch || !isHan(ch) || /[和与及或到至的是个平方米毫厘公千斤克升瓦安伏孔芯分寸位号层]/.test(ch))
    return undefined;
  if (index.unitWords.includes(ch) || STOP_CHARS.has(ch) || text[at - 2] === '第') return undefined;
  // 五代尿素 / 三香青岛啤酒: glued to what follows only when a product or brand word starts there, or the half of
  // the unit (一相半 for 一箱半)
  const next = text[at + 1] ?? '';
  if (/[\p{Script=Han}a-z0-9]/u.test(next) && next !== '半' && !startsProductWord(index, text, at + 1))
    return undefined;
  return unitSoundsOf(index).get(pinyinOfChar(index, ch)) ?? undefined;
}

/** The pinyin of each one-character unit some product is sold in → that unit (null where two share it); built once. */
export function unitSoundsOf(index: CatalogIndex): Map<string, string | null> {
  let sounds = unitSounds.get(index);
  if (!sounds) {
    sounds = new Map();
    // only units some product is sold in: 3.0管 in a shop with no 罐 goods is a 3.0 pipe, no 3 cans
    const sold = new Set<string>();
    for (const units of index.units) for (const u of units.keys()) sold.add(u);
    for (const u of index.unitWords) {
      if (u.length !== 1 || !sold.has(u)) continue;
      const py = pinyinOfChar(index, u);
      sounds.set(py, sounds.has(py) && sounds.get(py) !== u ? null : u);
    }
    unitSounds.set(index, sounds);
  }
  return sounds;
}

function startsProductWord(index: CatalogIndex, text: string, at: number): boolean {
  const word = termAt(index, text, at);
  const info = word === undefined ? undefined : index.terms.get(word);
  return info !== undefined && (info.head.length > 0 || info.brand.length > 0);
}
