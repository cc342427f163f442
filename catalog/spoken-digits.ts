/**
 * Code numbers said digit by digit in Chinese (`四零二` for the 402 of a thread, `四二二` for the J422 of an
 * electrode): written in digits before a message is read, when the catalog carries that number. Pure.
 */

import type { CatalogIndex } from './catalog-index.js';
import { movedPointsOf } from './moved-points.js';

const DIGITS: Record<string, string> = {
  零: '0',
  〇: '0',
  幺: '1',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

/** Three or more digits in a row, with no 十 / 百 / 两 / 点 around them that would make them a counted number. */
const SPOKEN_RUN = /(?<![十百千万两俩点\d])[零〇幺一二三四五六七八九]{3,}(?![十百千万点个\d])/g;

/** Two digits said before 的 (八五的): a size by its number, where 三五个 would be "three to five". */
const SPOKEN_PAIR =
  /(?<![十百千万两俩点\d零〇幺一二三四五六七八九])[一二三四五六七八九][零〇一二三四五六七八九](?=的)/g;

/**
 * `四零二` → `402` where a catalog value carries the number 402 (as `402`, or inside a code: `J422`) or is the one
 * decimal of those digits (一六七 for 1.67, written 167 and then 1.67 as moved-points.ts reads it); a run the
 * catalog has no such number for is left as said (一二三 is no code of any shop that lacks 123). Two digits count
 * only before 的 (八五的 → 85的).
 */
export function writeSpokenDigits(index: CatalogIndex, text: string): string {
  if (!/[零〇幺一二三四五六七八九]{2}/.test(text)) return text;
  return text.replace(SPOKEN_RUN, writeRun).replace(SPOKEN_PAIR, writeRun);

  function writeRun(run: string): string {
    const digits = [...run].map((ch) => DIGITS[ch]!).join('');
    if (digits.startsWith('0')) return index.keys.has(`code:${digits}`) ? digits : run;
    if (index.keys.has(`num:${Number(digits)}`)) return digits;
    // (一六七 of lenses sold 1.56 / 1.67: the digits of one decimal value, its point left out; see moved-points.ts)
    return run.length >= 3 && movedPointsOf(index).byDigits.get(digits)?.size === 1 ? digits : run;
  }
}
