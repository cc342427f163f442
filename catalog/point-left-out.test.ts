import { describe, expect, it } from '@jest/globals';
import { createMatcher } from './matcher.js';
import type { MatchResult } from './matcher.js';
import { testProduct } from './catalog-test-kit.js';

const product = (sku: string, name: string, aliases: string[], specs: Record<string, string>, unit = '条') =>
  testProduct({ sku, name, aliases, specs, unit, stock: 100 });

const skuOf = (result: MatchResult) => (result.kind === 'matched' ? result.product.sku : result.kind);

/**
 * A decimal written with no unit, to a fixed number of places (a gauge, an index, a grade: 1.25 / 1.30), said by its
 * digits with the point left out (125, 130, 一三零) — read as that decimal where it is the one value so spelled and
 * no value of the catalog is the whole number itself.
 */
describe('A decimal with no unit said by its digits', () => {
  /** A made-up racquet-sports counter: tennis strings by gauge, written with no unit. */
  const strings = createMatcher([
    product('TS-125', '聚酯网球线', ['网球线', '大力线'], { 线径: '1.25' }),
    product('TS-130', '聚酯网球线', ['网球线', '大力线'], { 线径: '1.30' }),
    product('TS-135', '聚酯网球线', ['网球线', '大力线'], { 线径: '1.35' }),
  ]);
  /** A made-up 3D-printing counter: filament by diameter, written with no unit, sold by the roll. */
  const filament = createMatcher([
    product('PLA-175', 'PLA耗材', ['耗材', '打印耗材'], { 直径: '1.75', 颜色: '白色' }, '卷'),
    product('PLA-285', 'PLA耗材', ['耗材', '打印耗材'], { 直径: '2.85', 颜色: '白色' }, '卷'),
  ]);
  /** A made-up counter where 130 is a value of its own: a racquet of 130 square inches beside the strings. */
  const withRacquets = createMatcher([
    product('TS-125', '聚酯网球线', ['网球线'], { 线径: '1.25' }),
    product('TS-130', '聚酯网球线', ['网球线'], { 线径: '1.30' }),
    product('RK-130', '网球拍', ['球拍'], { 拍面: '130' }, '支'),
  ]);

  it('reads 125 / 130 as the gauge written 1.25 / 1.30', () => {
    expect(skuOf(strings('网球线 125的 10条'))).toBe('TS-125');
    expect(skuOf(strings('130的大力线'))).toBe('TS-130');
    expect(skuOf(filament('耗材175 白色 5卷'))).toBe('PLA-175');
    expect(skuOf(filament('285的耗材'))).toBe('PLA-285');
  });

  it('reads the digits said one by one (一三零, 一七五)', () => {
    expect(skuOf(strings('网球线 一三零的'))).toBe('TS-130');
    expect(skuOf(filament('一七五的耗材'))).toBe('PLA-175');
  });

  it('leaves a count, and a number a value holds whole, as said', () => {
    expect(strings.analyze('网球线 125条').text).toBe('网球线 125条');
    expect(withRacquets.analyze('网球线 130的').text).toBe('网球线 130的');
  });
});
