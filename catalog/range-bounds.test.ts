import { describe, expect, it } from '@jest/globals';
import { createMatcher } from './matcher.js';
import type { MatchResult } from './matcher.js';
import { testProduct } from './catalog-test-kit.js';

const product = (sku: string, name: string, aliases: string[], specs: Record<string, string>, unit = '个') =>
  testProduct({ sku, name, aliases, specs, unit, stock: 100 });

const skuOf = (result: MatchResult) => (result.kind === 'matched' ? result.product.sku : result.kind);

/**
 * A value that is a range (适用0-4岁, 12-20mm) is named by a bound said of it: N以内 / N以下 / N内 the range that
 * ends at N, N以上 the one that starts there — never the neighbour that shares the number N.
 */
describe('A range in a value named by its bound', () => {
  /** A made-up baby-gear counter: car seats by the ages they fit, one brand. */
  const seats = createMatcher([
    product('CS-04', '安全座椅', ['座椅', '儿童座椅'], { 适用年龄: '适用0-4岁', 颜色: '灰色' }, '台'),
    product('CS-412', '安全座椅', ['座椅', '儿童座椅'], { 适用年龄: '适用4-12岁', 颜色: '灰色' }, '台'),
  ]);
  /** A made-up hardware counter: hose clamps by the bores they close on. */
  const clamps = createMatcher([
    product('HC-1220', '不锈钢喉箍', ['喉箍', '卡箍'], { 适用管径: '12-20mm' }),
    product('HC-2032', '不锈钢喉箍', ['喉箍', '卡箍'], { 适用管径: '20-32mm' }),
    product('HC-3250', '不锈钢喉箍', ['喉箍', '卡箍'], { 适用管径: '32-50mm' }),
  ]);

  it('reads N以内 / N以下 / N内 as the range that ends at N', () => {
    expect(skuOf(seats('安全座椅 4岁以内的 2台'))).toBe('CS-04');
    expect(skuOf(seats('四岁以下的座椅'))).toBe('CS-04');
    expect(skuOf(clamps('喉箍 20以内的 100个'))).toBe('HC-1220');
    expect(skuOf(clamps('三十二内的卡箍'))).toBe('HC-2032');
  });

  it('reads N以上 as the range that starts at N', () => {
    expect(skuOf(seats('儿童座椅 4岁以上'))).toBe('CS-412');
    expect(skuOf(clamps('32以上的喉箍'))).toBe('HC-3250');
  });

  it('still asks where the number alone is said (4岁 ends one range and starts the other)', () => {
    expect(seats('安全座椅 4岁的').kind).toBe('ambiguous');
  });
});
