import { describe, expect, it } from '@jest/globals';
import { parseChineseDecimal, parseChineseNumber, parseNumber } from './numerals.js';

describe('Chinese numerals', () => {
  it.each([
    ['十', 10],
    ['两', 2],
    ['二十五', 25],
    ['一百二', 120],
    ['一百二十', 120],
    ['一百零五', 105],
    ['三千', 3000],
    ['三千五', 3500],
    ['两千', 2000],
    ['一万二', 12000],
    ['半', 0.5],
  ])('reads %s as %d', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it('refuses text that is not a numeral', () => {
    expect(parseChineseNumber('三通')).toBeUndefined();
    expect(parseChineseNumber('')).toBeUndefined();
  });

  it('reads Arabic numbers with 千 and 万', () => {
    expect(parseNumber('12')).toBe(12);
    expect(parseNumber('1.5')).toBe(1.5);
    expect(parseNumber('2千')).toBe(2000);
    expect(parseNumber('1万')).toBe(10000);
  });

  it('reads a decimal part after 点 digit by digit', () => {
    expect(parseChineseDecimal('一点五')).toBe(1.5);
    expect(parseChineseDecimal('二点二五')).toBe(2.25);
    expect(parseChineseDecimal('零点五')).toBe(0.5);
    expect(parseChineseDecimal('十二')).toBe(12);
    expect(parseChineseDecimal('一点')).toBeUndefined();
    expect(parseChineseDecimal('一点十')).toBeUndefined();
  });
});
