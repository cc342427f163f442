/**
 * Measures that are sizes and not quantities (插排5米 10个, 灯管一米二, 球泡九瓦): written so that the analysis reads
 * them as specs. Pure.
 */

import type { CatalogIndex } from './catalog-index.js';
import { intersectSorted, intersectsSorted, sellableIn, termProducts } from './catalog-index.js';
import type { QuantityToken } from './analysis-types.js';
import { CHINESE_NUMERAL_CHARS, parseChineseDecimal, parseNumber } from './numerals.js';
import { SPEC_UNIT, scanSpecs } from './spec-values.js';
import type { SpecToken } from './spec-values.js';
import { inchTenths } from './inch-tenths.js';
import { quantityAt } from './quantity-scan.js';
import { idsForRequirements, termAt } from './word-lookups.js';
/** Writes 的 after each measure that is a size and not a quantity (see isSize): 5米 10个 → 5米的 10个. */
export function markSizes(index: CatalogIndex, normalized: string): string {
  const text = digitSizes(index, metreTenths(index, inchTenths(index, normalized)));
  let out = text;
  const tokens = scanSpecs(text).sort((a, b) => b.start - a.start);
  for (const t of tokens) {
    const q = quantityAt(index, text, t.start);
    if (q && q.end === t.end && isSize(index, text, q, t))
      out = `${out.slice(0, t.end)}的${out.slice(t.end)}`;
  }
  return out;
}

const METRE_TENTHS = new RegExp(
  String.raw`(?<![\d.])(\d+|[${CHINESE_NUMERAL_CHARS}]+)米([1-9一二两三四五六七八九])(?![\d.零一二两三四五六七八九十百千万])`,
  'g',
);

const MEASURE_HALVES = new RegExp(
  String.raw`(?<![\d.])(\d+|[${CHINESE_NUMERAL_CHARS}]+)(米|公斤|千克|升|公分|厘米)半`,
  'g',
);

/**
 * 灯管一米二 / 1米2 / 两米五 / 海竿2米7来4支: a tenth said after 米 is written as a decimal (1.2米, 2.5米), wherever
 * it stands, unless it starts a quantity in a unit (6米2根), a size (4米4*8) or a catalog word, or a unit follows it (500米一卷的:
 * what one unit holds); so is a half said after a measure
 * (两米半 → 2.5米, 两公斤半 → 2.5公斤), unless a catalog word starts at the 半 (半圆).
 */
export function metreTenths(index: CatalogIndex, text: string): string {
  let out = text;
  if (out.includes('半'))
    out = out.replace(MEASURE_HALVES, (all: string, whole: string, unit: string, at: number) => {
      const word = termAt(index, out, at);
      if (word && word.length > whole.length) return all;
      if (termAt(index, out, at + all.length - 1)) return all;
      const n = parseNumber(whole);
      return n !== undefined && Number.isInteger(n) ? `${n}.5${unit}` : all;
    });
  if (!out.includes('米')) return out;
  return out.replace(METRE_TENTHS, (all: string, whole: string, tenth: string, at: number) => {
    const word = termAt(index, out, at);
    if (word && word.length > whole.length) return all;
    const tenthAt = at + all.length - 1;
    if (quantityAt(index, out, tenthAt)?.unit || (termAt(index, out, tenthAt)?.length ?? 0) > 1) return all;
    // (500米一卷的 / 100米一盘装: what one unit holds, no tenth)
    if (index.unitWords.some((unit) => out.startsWith(unit, tenthAt + 1))) return all;
    if (/[*×xX乘]/.test(out[tenthAt + 1] ?? '') && startsCatalogSize(index, out, tenthAt)) return all;
    const n = parseNumber(whole);
    const d = /\d/.test(tenth) ? Number(tenth) : parseChineseDecimal(tenth);
    return n !== undefined && Number.isInteger(n) && d !== undefined ? `${n}.${d}米` : all;
  });
}

/** 4米4*8木方: the digit after 米 starts a size some product has (4*8), so it is no tenth of the metre. */
function startsCatalogSize(index: CatalogIndex, text: string, at: number): boolean {
  const size = scanSpecs(text.slice(at, at + 16)).find((t) => t.start === 0);
  return size !== undefined && !size.bare && idsForRequirements(index, size.reqs, false).length > 0;
}

const CHINESE_SIZE = new RegExp(
  String.raw`([${CHINESE_NUMERAL_CHARS}]+(?:点[零〇一二两三四五六七八九]+)?)(${SPEC_UNIT})(?![a-z])`,
  'g',
);

/**
 * 插排五米 10个 → 插排5米的 10个, 球泡九瓦 → 球泡9瓦: a Chinese numeral before a spec unit is written in digits
 * when, so written, it is a size (see isSize) or it is no quantity at all, so that it reads as 5米 would. Left
 * alone: a quantity that is not a size (网线两百米), and a catalog word that starts with a numeral (五孔插座).
 */
export function digitSizes(index: CatalogIndex, text: string): string {
  const found = [...text.matchAll(CHINESE_SIZE)];
  let out = text;
  for (let k = found.length - 1; k >= 0; k--) {
    const m = found[k]!;
    const start = m.index;
    const numeral = m[1]!;
    const unitAt = start + numeral.length;
    if (/[0-9.]/.test(text[start - 1] ?? '')) continue;
    const word = termAt(index, text, start);
    if (word && word.length > numeral.length) continue;
    const unitWord = termAt(index, text, unitAt);
    if (unitWord && unitWord.length > m[2]!.length) continue;
    const value = parseChineseDecimal(numeral);
    if (value === undefined || value <= 0) continue;
    const alt = `${out.slice(0, start)}${value}${out.slice(unitAt)}`;
    const spec = scanSpecs(alt).find((t) => t.start === start);
    if (!spec || spec.bare) continue;
    const asQty = quantityAt(index, out, start);
    if (!asQty || asQty.end < unitAt + m[2]!.length) {
      out = alt;
      continue;
    }
    const q = quantityAt(index, alt, start);
    // 十米的棚膜: written in digits it is no quantity (10米的 is a size)
    if (!q) out = alt;
    else if (q.end === spec.end && isSize(index, alt, q, spec))
      out = `${alt.slice(0, spec.end)}的${alt.slice(spec.end)}`;
  }
  return out;
}

/**
 * 插排5米 10个 / 灯管1.2米 20根 / 5米插排: a length (or other measure) that is a spec value of some product is the
 * spec and not the quantity when a count follows it, or when the product named with it comes in that size and is
 * not sold in that unit.
 */
export function isSize(index: CatalogIndex, text: string, qty: QuantityToken, spec: SpecToken): boolean {
  if (spec.bare || !qty.unit) return false;
  const ids = idsForRequirements(index, spec.reqs, false);
  if (!ids.length) return false;
  // 插排5米 10个: a count in another unit follows
  let j = qty.end;
  while (text[j] === ' ') j += 1;
  const next = quantityAt(index, text, j);
  if (next !== undefined && next.unit !== undefined && next.unit !== qty.unit) return true;
  // 6米钢管200根 / 6米3.0的管子来200根: a measure leading its item, then the words of products that come in that size
  // and a count of them in another unit they are sold in
  if (leadsItem(index, text, qty.start)) {
    const following = namedUpToCount(index, text, j, true);
    if (following.lists.length && following.count?.unit && following.count.unit !== qty.unit) {
      const sellable = sellableIn(index, following.count.unit);
      if (following.lists.some((list) => intersectSorted(list, ids).some((id) => sellable[id] === 1)))
        return true;
    }
  }
  // 插排 5米 / 5米插排: the product named with it comes in that size and is not sold by the 米
  const named = namedAround(index, text, qty);
  const sellable = sellableIn(index, qty.unit);
  return (
    named.some((list) => intersectsSorted(list, ids)) &&
    named.every((list) => list.every((id) => sellable[id] !== 1))
  );
}

const ITEM_SEPARATOR = /[\s,，、;；。!！?？]/;

/** No name, alias or brand word stands between the last separator (or the text's start) and `at`. */
function leadsItem(index: CatalogIndex, text: string, at: number): boolean {
  let from = at;
  while (from > 0 && !ITEM_SEPARATOR.test(text[from - 1]!)) from -= 1;
  for (let i = from; i < at; i++) {
    const word = termAt(index, text, i);
    if (!word || i + word.length > at) continue;
    const info = index.terms.get(word)!;
    if (info.head.length || info.brand.length) return false;
    i += word.length - 1;
  }
  return true;
}

/**
 * The products of the name, alias and brand words from `from` up to the first quantity in a unit (a list per word),
 * and that quantity (none when the text ends first); with `lineEnds`, a line break or punctuation between lines ends
 * the scan with no quantity.
 */
function namedUpToCount(
  index: CatalogIndex,
  text: string,
  from: number,
  lineEnds: boolean,
): { lists: number[][]; count?: QuantityToken } {
  const lists: number[][] = [];
  for (let i = from; i < text.length; i++) {
    if (lineEnds && /[,，;；。\n]/.test(text[i]!)) return { lists };
    if (/[0-9]/.test(text[i]!) && !/[0-9.]/.test(text[i - 1] ?? '')) {
      const count = quantityAt(index, text, i);
      if (count?.unit) return { lists, count };
    }
    const word = termAt(index, text, i);
    const info = word === undefined ? undefined : index.terms.get(word);
    if (!word || !info || (!info.head.length && !info.brand.length)) continue;
    lists.push(termProducts(info));
    i += word.length - 1;
  }
  return { lists };
}

/**
 * The products of the name, alias and brand words before the measure and of the one right after it (or, when
 * none, of those up to the next quantity): one sorted list per word (a product of several words is in several
 * lists).
 */
export function namedAround(index: CatalogIndex, text: string, qty: QuantityToken): number[][] {
  const lists: number[][] = [];
  let k = qty.end;
  while (text[k] === ' ') k += 1;
  const next = termAt(index, text, k);
  const nextInfo = next === undefined ? undefined : index.terms.get(next);
  if (nextInfo && (nextInfo.head.length || nextInfo.brand.length)) lists.push(termProducts(nextInfo));
  const end = qty.start;
  for (let i = 0; i < end; i++) {
    const word = termAt(index, text, i);
    if (!word || i + word.length > end) continue;
    const info = index.terms.get(word)!;
    if (!info.head.length && !info.brand.length) continue;
    lists.push(termProducts(info));
    i += word.length - 1;
  }
  // 1.2米 0.01的地膜 20卷: a measure leading the message is said of the product words up to the next quantity
  if (!lists.length) lists.push(...namedUpToCount(index, text, k, false).lists);
  return lists;
}
