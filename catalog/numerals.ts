/**
 * Chinese and Arabic numerals as customers type them: 十, 两, 二十五, 一百二 (= 120), 三千, 半, 1万, 2千. Pure.
 */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  俩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Characters a Chinese numeral is written with. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两俩三四五六七八九十百千万半';

/**
 * Parses a Chinese numeral (一百二 → 120, 二十五 → 25, 两千 → 2000, 半 → 0.5, 一万二 → 12000); undefined when the
 * text is not one.
 */
export function parseChineseNumber(text: string): number | undefined {
  if (!text) return undefined;
  if (text === '半') return 0.5;
  let half = false;
  let s = text;
  if (s.endsWith('半') && s.length > 1) {
    half = true;
    s = s.slice(0, -1);
  }
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let lastUnit = 0;
  for (const ch of s) {
    if (ch in DIGITS) {
      if (digit !== undefined && ch !== '零' && ch !== '〇') return undefined;
      digit = DIGITS[ch];
      if (ch === '零' || ch === '〇') digit = undefined;
    } else if (ch in SMALL_UNITS) {
      const unit = SMALL_UNITS[ch]!;
      section += (digit ?? (unit === 10 ? 1 : undefined) ?? NaN) * unit;
      if (Number.isNaN(section)) return undefined;
      digit = undefined;
      lastUnit = unit;
    } else if (ch === '万') {
      total += (section + (digit ?? 0)) * 10000;
      if (total === 0) return undefined;
      section = 0;
      digit = undefined;
      lastUnit = 10000;
    } else return undefined;
  }
  if (digit !== undefined) {
    // 一百二 means 120, 三千五 means 3500: a trailing digit counts in the next unit down.
    section += lastUnit >= 100 && !/零|〇/.test(s) ? (digit * lastUnit) / 10 : digit;
  }
  const value = total + section + (half ? 0.5 : 0);
  return value > 0 || text.includes('零') ? value : undefined;
}

/**
 * Parses a Chinese numeral that may have a decimal part read digit by digit (一点五 → 1.5, 二点二五 → 2.25, 零点五 →
 * 0.5), or a plain one as parseChineseNumber; undefined when the text is not one.
 */
export function parseChineseDecimal(text: string): number | undefined {
  const dot = text.indexOf('点');
  if (dot < 0) return parseChineseNumber(text);
  const whole = parseChineseNumber(text.slice(0, dot));
  const frac = [...text.slice(dot + 1)].map((c) => DIGITS[c]);
  if (whole === undefined || !frac.length || frac.some((d) => d === undefined)) return undefined;
  return Number(`${whole}.${frac.join('')}`);
}

/** Parses `12`, `1.5`, `2千`, `1万`, `3k` or a Chinese numeral; undefined otherwise. */
export function parseNumber(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)(万|千|k|w)?$/.exec(text);
  if (m) {
    const n = Number(m[1]);
    const mult = m[2] === '万' || m[2] === 'w' ? 10000 : m[2] === '千' || m[2] === 'k' ? 1000 : 1;
    return Number.isFinite(n) ? n * mult : undefined;
  }
  return parseChineseNumber(text);
}
