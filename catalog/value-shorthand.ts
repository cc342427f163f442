/**
 * Spec values the trade says the short way, written out as the catalog spells them before a message is read.
 * Pure; only values the catalog has are written out.
 */

import type { CatalogIndex } from './catalog-index.js';
import { CHINESE_NUMERAL_CHARS, parseChineseNumber } from './numerals.js';

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

const HAS_NUMERAL = new RegExp(`[${CHINESE_NUMERAL_CHARS}]`);
const numeralPatterns = new WeakMap<CatalogIndex, RegExp>();

/**
 * 三百坑距 / 坑距三百 / 长度五十的 → 300坑距 / 坑距300 / 长度50的: a Chinese numeral written against the name of an
 * attribute is that attribute's value, not a count; so is one of ten or more before 的 (三百的 → 300的). A numeral
 * followed by a unit (长度两米, 规格三箱) stays as it is.
 */
export function spellNumbersByAttribute(index: CatalogIndex, text: string): string {
  if (!index.attributeWords.length || !HAS_NUMERAL.test(text)) return text;
  let pattern = numeralPatterns.get(index);
  if (!pattern) {
    const names = index.attributeWords.filter((w) => w.length >= 2).join('|');
    const numeral = `[${CHINESE_NUMERAL_CHARS}]+`;
    pattern = new RegExp(`(${numeral})(?=${names}|的)|(?<=(?:${names})(?:是|为|要|的)?)(${numeral})`, 'g');
    numeralPatterns.set(index, pattern);
  }
  return text.replace(pattern, (said: string, ...groups: unknown[]) => {
    const at = groups[2] as number;
    const rest = text.slice(at + said.length);
    if (index.unitWords.some((unit) => rest.startsWith(unit))) return said;
    const value = parseChineseNumber(said);
    if (value === undefined || value < 1 || !Number.isInteger(value)) return said;
    // 三百的 / 二十的 with no attribute named: a size like 300的, from ten up (三的, 一个的 stay)
    const byName = index.attributeWords.some((w) => rest.startsWith(w) || text.slice(0, at).endsWith(w));
    return byName || (rest.startsWith('的') && value >= 10) ? String(value) : said;
  });
}
