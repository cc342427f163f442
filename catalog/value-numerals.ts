/**
 * A catalog value spelled with a Chinese numeral (二斤装, 半斤装, 八寸, 三层, 六类) is read in the same form as a
 * message's number: a customer writes 2斤的, 半斤的 (read as 0.5斤), 8寸. When the index is built, such a value is
 * also written in digits, and the keys of that spelling that carry a unit (kg:1 of 2斤装, inch:8 of 8寸) become the
 * value's keys. A bare number is no key of it: 六角 is no answer to a 6 said alone. Pure.
 */

import { parseChineseNumber } from './numerals.js';
import { specKeysOf } from './spec-values.js';

/** A Chinese numeral, with or without a trailing 半 (一斤半 is 1.5斤: the 半 comes after the unit), or 半 alone. */
const NUMERAL = /[一二两三四五六七八九十百千]+|半/g;

/** The value with each numeral before a Han character written in digits; undefined when it has none. */
export function valueInDigits(value: string): string | undefined {
  let changed = false;
  const written = value.replace(NUMERAL, (numeral: string, at: number) => {
    if (!/\p{Script=Han}/u.test(value[at + numeral.length] ?? '')) return numeral;
    const number = parseChineseNumber(numeral);
    if (number === undefined || number <= 0) return numeral;
    changed = true;
    return String(number);
  });
  return changed ? written : undefined;
}

/** The keys of a numeral-spelled value's digit spelling that carry a unit (kg:1 of 二斤装); none for other values. */
export function valueNumeralKeys(value: string): string[] {
  const written = valueInDigits(value);
  if (!written) return [];
  return specKeysOf(written).filter((key) => !key.startsWith('num:') && !key.startsWith('bare:'));
}
