/**
 * Spec values the trade says the short way, written out as the catalog spells them before a message is read.
 * Pure; only values the catalog has are written out.
 */

import type { CatalogIndex } from './catalog-index.js';
import { CHINESE_NUMERAL_CHARS, parseChineseNumber } from './numerals.js';
import { shorthandTablesOf } from './shorthand-tables.js';
import { termAt } from './word-lookups.js';

const THREE_EQUAL = /(?<![\d.])[三3]个(\d{1,2})(?![\d.%])/g;

/**
 * 三个15 → 15-15-15: three equal parts (a compound fertiliser's N-P-K) said as "three fifteens", when a product
 * has that value; otherwise 三个15 stays three of something in 15.
 */
export function spellValuesInFull(index: CatalogIndex, text: string): string {
  if (!text.includes('个')) return text;
  return text.replace(THREE_EQUAL, (said: string, part: string) => {
    const full = `${part}-${part}-${part}`;
    return index.terms.get(full)?.spec.size ? full : said;
  });
}

/**
 * 4*8 / 4x8 / 四八 → 1220*2440 and 3*6 → 915*1830: a board's size in feet, as the trade says it, written in the
 * millimetres the catalog lists, when the catalog sells a board or panel in that size; otherwise left as said.
 */
export function spellSheetSizes(index: CatalogIndex, text: string): string {
  if (!/[68八六]/.test(text)) return text;
  return shorthandTablesOf(index).sheetSizes.reduce((out, { said, full }) => out.replace(said, full), text);
}

const HAS_NUMERAL = new RegExp(`[${CHINESE_NUMERAL_CHARS}]`);
const NUMERAL_RUN = new RegExp(`[${CHINESE_NUMERAL_CHARS}]+`, 'g');
const BETWEEN = /(?:是|为|要|的)$/;

/** Whether `text` starts (or, with `atEnd`, ends) with an attribute name of two or more characters. */
function hasNameAt(index: CatalogIndex, text: string, atEnd: boolean): boolean {
  const names = shorthandTablesOf(index).attributeNames;
  for (let length = 2; length <= names.longest && length <= text.length; length++)
    if (names.words.has(atEnd ? text.slice(-length) : text.slice(0, length))) return true;
  return false;
}

/**
 * 三百坑距 / 坑距三百 / 长度五十的 → 300坑距 / 坑距300 / 长度50的: a Chinese numeral written against the name of an
 * attribute is that attribute's value, not a count; so is one of ten or more before 的 (三百的 → 300的). A numeral
 * followed by a unit (长度两米, 规格三箱) stays as it is.
 */
export function spellNumbersByAttribute(index: CatalogIndex, text: string): string {
  if (!index.attributeWords.length || !HAS_NUMERAL.test(text)) return text;
  return text.replace(NUMERAL_RUN, (said: string, at: number) => {
    const rest = text.slice(at + said.length);
    const byName =
      hasNameAt(index, rest, false) || hasNameAt(index, text.slice(0, at).replace(BETWEEN, ''), true);
    if (!byName && rest[0] !== '的') return said;
    // 类别六类 / 型号三通: a numeral that begins a catalog word is part of that word
    if (startsCatalogWord(index, text, at, said.length)) return said;
    // 三个二十的 (a fertiliser's alias): a numeral inside a catalog word that starts before it
    if (insideCatalogWord(index, text, at, said.length)) return said;
    const value = parseChineseNumber(said);
    if (value === undefined || value < 1 || !Number.isInteger(value)) return said;
    if (!byName && value < 10) return said;
    return index.unitWords.some((unit) => rest.startsWith(unit)) ? said : String(value);
  });
}

/** Whether a catalog word that starts before `at` runs to the end of the numeral there or past it. */
function insideCatalogWord(index: CatalogIndex, text: string, at: number, numeralLength: number): boolean {
  for (let start = Math.max(0, at - index.maxTermLength); start < at; start++) {
    const word = termAt(index, text, start);
    if (word && start + word.length >= at + numeralLength) return true;
  }
  return false;
}

/** Whether a catalog word or spec value longer than the numeral starts at `at` (六类 of 类别六类). */
function startsCatalogWord(index: CatalogIndex, text: string, at: number, numeralLength: number): boolean {
  const values = shorthandTablesOf(index).specValues;
  const longest = Math.min(Math.max(index.maxTermLength, values.longest), text.length - at);
  for (let length = longest; length > numeralLength; length--) {
    const word = text.slice(at, at + length);
    if (index.terms.has(word) || values.words.has(word)) return true;
  }
  return false;
}

const COUNTED_LETTER = /(?<![\da-z.])([2-9])([a-z])(?![\da-z])/g;

/**
 * 3J / 2J → jjj / jj: a letter with a count before it is that letter said so many times (a cherry's JJJ grade),
 * when the catalog has that value and not the said form itself (a charger's 2A); otherwise left as said.
 */
export function spellRepeatedLetters(index: CatalogIndex, text: string): string {
  return text.replace(COUNTED_LETTER, (said: string, count: string, letter: string) => {
    const full = letter.repeat(Number(count));
    const values = shorthandTablesOf(index).specValues.words;
    return values.has(full) && !values.has(said) ? full : said;
  });
}
