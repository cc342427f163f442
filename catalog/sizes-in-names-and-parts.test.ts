import { describe, expect, it } from '@jest/globals';
import { createMatcher } from './matcher.js';
import type { MatchResult } from './matcher.js';
import { testProduct } from './catalog-test-kit.js';

const product = (sku: string, name: string, specs: Record<string, string>, unit = '个') =>
  testProduct({ sku, name, specs, unit, stock: 100 });

const skuOf = (result: MatchResult) => (result.kind === 'matched' ? result.product.sku : result.kind);

/** A made-up luggage counter: suitcases by size, and a cover that fits two sizes (20/24寸). */
const luggage = createMatcher([
  product('LX-20', '铝框拉杆箱', { 尺寸: '20寸', 颜色: '银色' }),
  product('LX-24', '铝框拉杆箱', { 尺寸: '24寸', 颜色: '银色' }),
  product('LX-28', '铝框拉杆箱', { 尺寸: '28寸', 颜色: '银色' }),
  product('TAO-S', '弹力箱套', { 适用: '20/24寸' }),
  product('TAO-L', '弹力箱套', { 适用: '28寸' }),
]);

/** A made-up cookware counter: pans whose names start with their size. */
const cookware = createMatcher([
  product('PAN-10', '10寸铸铁平底锅', { 涂层: '无涂层' }, '口'),
  product('PAN-12', '12寸铸铁平底锅', { 涂层: '无涂层' }, '口'),
  product('WOK-32', '32cm不粘炒锅', { 涂层: '不粘' }, '口'),
]);

/** A made-up party counter: number balloons whose names start with their size. */
const party = createMatcher([
  product('NB-G', '32寸数字气球', { 颜色: '金色' }),
  product('NB-S', '32寸数字气球', { 颜色: '银色' }),
  product('LB-R', '10寸乳胶气球', { 颜色: '红色' }),
]);

describe('Sizes written inside names and values', () => {
  it('reads a size that is one part of a value (24寸 of 20/24寸) as the size, not as that value alone', () => {
    expect(skuOf(luggage('拉杆箱 24寸'))).toBe('LX-24');
    expect(skuOf(luggage('24寸的拉杆箱 银色'))).toBe('LX-24');
    expect(skuOf(luggage('箱套 24寸'))).toBe('TAO-S');
  });

  it('reads the words of a name after the size it starts with as the product (铸铁平底锅, 数字气球)', () => {
    expect(cookware('铸铁平底锅').kind).toBe('ambiguous');
    expect(skuOf(cookware('铸铁平底锅 12寸'))).toBe('PAN-12');
    expect(skuOf(cookware('不粘炒锅'))).toBe('WOK-32');
    expect(skuOf(party('数字气球 金色'))).toBe('NB-G');
  });
});
