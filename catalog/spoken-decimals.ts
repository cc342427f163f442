/**
 * A decimal said the market's way, a whole number, 个 and the tenth: 七个半 for 7.5, 5个5 for 5.5, 两个2 for 2.2,
 * 一个半千瓦 for 1.5千瓦 — the way a motor's, a pump's or a welder's size is said. Written as the decimal before a
 * message is read, where the catalog carries that number in a value (so 5个5 of a shop with no 5.5 stays five of
 * five); and a gauge said as its two digits before 厚 (一二厚 for 1.2). Pure.
 */

import type { CatalogIndex } from './catalog-index.js';
import { parseChineseNumber } from './numerals.js';
import { termAt } from './word-lookups.js';

/**
 * A whole number (digits or a numeral), 个, and one tenth (a digit, a numeral or 半) standing alone: no digit,
 * point or numeral on either side that would make it part of a longer number (a 千 after it is the 千瓦 said).
 */
const SPOKEN_DECIMAL =
  /(?<![\d.零一二两三四五六七八九十百千万])(\d{1,2}|[一二两三四五六七八九十]{1,2})个([1-9一二三四五六七八九半])(?![\d.零一二两三四五六七八九十百])/g;

function wholeOf(said: string): number | undefined {
  return /^\d+$/.test(said) ? Number(said) : parseChineseNumber(said);
}

/**
 * 七个半 → 7.5, 5个5 → 5.5, 一个半千瓦 → 1.5千瓦: where a value of the catalog carries the decimal (`num:` key), and
 * the tenth starts no catalog word (2个三通 is two tees) and no unit a product is sold in follows it (3个5箱).
 */
export function spellSpokenDecimals(index: CatalogIndex, text: string): string {
  const pairs = text.includes('厚') ? spellDigitPairs(index, text) : text;
  if (!pairs.includes('个')) return pairs;
  return pairs.replace(SPOKEN_DECIMAL, (said: string, whole: string, tenth: string, at: number) => {
    const number = wholeOf(whole);
    const tenths = tenth === '半' ? 5 : /\d/.test(tenth) ? Number(tenth) : parseChineseNumber(tenth);
    if (number === undefined || tenths === undefined || !Number.isInteger(number)) return said;
    const decimal = Number(`${number}.${tenths}`);
    if (!index.keys.has(`num:${decimal}`)) return said;
    const tenthAt = at + said.length - tenth.length;
    if ((termAt(index, pairs, tenthAt)?.length ?? 0) > tenth.length) return said;
    const after = at + said.length;
    if (index.unitWords.some((unit) => pairs.startsWith(unit, after))) return said;
    return String(decimal);
  });
}

/** Two digits said in a row right before 厚, no numeral on either side (一二厚, 零八厚, 一五厚的). */
const DIGIT_PAIR =
  /(?<![\d.零一二两三四五六七八九十百千万点])([零一二三四五六七八九])([一二三四五六七八九])(?=厚)/g;
const DIGITS = '零一二三四五六七八九';

/**
 * 一二厚 → 1.2厚, 零八厚 → 0.8厚: a gauge said as its two digits in a row is the decimal they spell, where a value of
 * the catalog carries it (`num:` key) and the digits start no catalog word; 十二 is how twelve is said.
 */
function spellDigitPairs(index: CatalogIndex, text: string): string {
  return text.replace(DIGIT_PAIR, (said: string, whole: string, tenth: string, at: number) => {
    const decimal = Number(`${DIGITS.indexOf(whole)}.${DIGITS.indexOf(tenth)}`);
    if (!index.keys.has(`num:${decimal}`)) return said;
    return (termAt(index, text, at)?.length ?? 0) > 1 ? said : String(decimal);
  });
}
