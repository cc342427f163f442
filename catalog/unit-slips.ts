/**
 * Values said with a unit word other than the catalog's: a thickness as so many 个, 里 typed for 厘, a capacity
 * without its hour. Each is written as the catalog spells it before a message is read, only where the catalog has
 * that value and nothing else the words could mean. Pure.
 */

import type { CatalogIndex } from './catalog-index.js';
import { CHINESE_NUMERAL_CHARS, parseNumber } from './numerals.js';
import { shorthandTablesOf } from './shorthand-tables.js';
import { termAt } from './word-lookups.js';

const PIECES = new RegExp(
  String.raw`(?<![\d.a-z])(\d+(?:\.\d+)?|[${CHINESE_NUMERAL_CHARS}]+)个(?![平方])`,
  'g',
);
const COUNT = new RegExp(String.raw`(?:\d+(?:\.\d+)?|[${CHINESE_NUMERAL_CHARS}]+) ?`, 'g');
/** What ends one order line inside a message: a line break or a punctuation mark between lines. */
const LINE_BREAKS = new Set(['\n', '\r', '，', ',', '；', ';', '。', '、']);

/** The bounds [start, end) of the order line of `text` around position `at`. */
function lineAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !LINE_BREAKS.has(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && !LINE_BREAKS.has(text[end]!)) end++;
  return { start, end };
}

/**
 * The products the number at [from, to) of a line is said of: those of the last name or alias word before it on the
 * line, or when there is none, of the first after it (8个的钻头); when the line has no name word, those of its
 * brand words; undefined when it names nothing.
 */
function namedProducts(
  index: CatalogIndex,
  text: string,
  line: { start: number; end: number },
  from: number,
  to: number,
): number[] | undefined {
  let before: number[] | undefined;
  let byBrand: number[] | undefined;
  for (let at = line.start; at < line.end; at++) {
    const word = termAt(index, text, at);
    const info = word === undefined || at + word.length > line.end ? undefined : index.terms.get(word);
    if (!info) continue;
    if (info.head.length) {
      if (at >= to) return before ?? info.head;
      if (at + word!.length <= from) before = info.head;
    } else if (info.brand.length) (byBrand ??= []).push(...info.brand);
    else continue;
    at += word!.length - 1;
  }
  return before ?? byBrand;
}

/**
 * Whether the line [start, end) has, outside the number at [from, to), a count in a unit one of `sized` is sold in
 * (钢化8个 3平方: glass is sold by the 平方): then the 个 number is not the line's quantity. A count in 个 counts
 * only `withPieces` (两个的十字卡来800个).
 */
function hasSaleQuantity(
  index: CatalogIndex,
  text: string,
  line: { start: number; end: number },
  from: number,
  to: number,
  sized: number[],
  withPieces = false,
): boolean {
  const stretch = text.slice(line.start, line.end);
  for (const found of stretch.matchAll(COUNT)) {
    const at = line.start + found.index;
    if (at >= from && at < to) continue;
    const after = at + found[0].length;
    const unit = index.unitWords.find(
      (word) => (withPieces || word !== '个') && text.startsWith(word, after),
    );
    if (unit && sized.some((id) => index.units[id]!.has(unit))) return true;
  }
  return false;
}

/**
 * 钢化8个 3平方 / 8个的钻头 来两盒 / 507 四个的 → 8厘 / 8厘的 / 4厘的: the trade says a thickness or diameter in
 * millimetres as so many 个. A number with 个 is that size when the products it is said of (the name word before it
 * on its line, or after it; when the line names none, some product) come in a thickness or diameter of that many millimetres and are not sold in 个, and either
 * 的 follows or the line says its quantity in a unit those products are sold in; otherwise (8个钻头, 要8个, an
 * extension board's 五位八个 beside 5米) it stays a count.
 */
export function spellPiecesAsMillimetres(index: CatalogIndex, text: string): string {
  if (!text.includes('个')) return text;
  const { piecesAsMillimetres, countedPiecesAsMillimetres } = shorthandTablesOf(index);
  if (!piecesAsMillimetres.size && !countedPiecesAsMillimetres.size) return text;
  return text.replace(PIECES, (said: string, numeral: string, at: number) => {
    const value = parseNumber(numeral);
    if (value === undefined) return said;
    const end = at + said.length;
    const closed = text[end] === '的';
    // (the line is read only where the number may be a size: one in millimetres of goods not sold in 个, or closed by
    // 的 one of goods also counted in 个)
    if (!piecesAsMillimetres.has(value) && !(closed && countedPiecesAsMillimetres.has(value))) return said;
    const line = lineAround(text, at);
    const named = namedProducts(index, text, line, at, end);
    const sizedOf = (table: Map<number, Set<number>>) => {
      const withSize = table.get(value);
      if (!withSize) return [];
      return named ? named.filter((id) => withSize.has(id)) : [...withSize];
    };
    const sized = sizedOf(piecesAsMillimetres);
    if (sized.length) {
      if (!closed && !hasSaleQuantity(index, text, line, at, end, sized)) return said;
      return `${value}厘`;
    }
    // 十字卡一个的5包 / 两个的水晶线来3卷, of goods also counted in 个: a size only when both say so
    const counted = sizedOf(countedPiecesAsMillimetres);
    if (!closed || !counted.length || !hasSaleQuantity(index, text, line, at, end, counted, true))
      return said;
    return `${value}厘`;
  });
}

const LETTER_VALUE = /(?<![\d.])(\d+(?:\.\d+)?)([a-z]+)(?![a-z])/g;

/**
 * 48V20A / 12a → 48v20ah / 12ah: a capacity said without its hour, when the catalog has the value with the same
 * digits in the unit said plus h (Ah, mAh, Wh) and not the said value itself (a charger's 2A stays 2A).
 */
export function spellHourUnits(index: CatalogIndex, text: string): string {
  const { hourValues, specValues } = shorthandTablesOf(index);
  if (!hourValues.size) return text;
  return text.replace(LETTER_VALUE, (said: string) => {
    const full = `${said}h`;
    return hourValues.has(full) && !specValues.words.has(said) ? full : said;
  });
}

const LI = new RegExp(String.raw`(?<![\d.])(\d+(?:\.\d+)?|[${CHINESE_NUMERAL_CHARS}]+)里(?![面边头])`, 'g');

/**
 * 六里 / 12里的 → 6厘 / 12厘的: 里 typed for its homophone 厘 (a millimetre in the trade's words), when the
 * catalog has a value of that many millimetres and no catalog word or unit starts at the 里.
 */
export function spellLiAsMillimetres(index: CatalogIndex, text: string): string {
  if (!text.includes('里') || index.unitWords.includes('里')) return text;
  const { millimetres } = shorthandTablesOf(index);
  return text.replace(LI, (said: string, numeral: string, at: number) => {
    if (termAt(index, text, at + numeral.length)) return said;
    const value = parseNumber(numeral);
    return value !== undefined && millimetres.has(value) ? `${value}厘` : said;
  });
}
