import { describe, expect, it } from '@jest/globals';
import { createMatcher } from './matcher.js';
import type { Product } from './product.js';

const product = (sku: string, name: string, specs: Record<string, string>, unit: string): Product => ({
  sku,
  name,
  aliases: [],
  specs,
  unit,
  unitAliases: [],
  conversions: {},
  tierPricesFen: {},
  priceBreaks: [],
  active: true,
  priceFen: 1000,
  stock: 100,
});

describe('Values said the short way', () => {
  it('writes 三个15 out as 15-15-15 only where the catalog has that value', () => {
    const fertiliser = createMatcher([
      product('F', '复合肥', { 养分: '15-15-15' }, '袋'),
      product('G', '复合肥', { 养分: '26-10-12' }, '袋'),
    ]);
    expect(fertiliser.analyze('三个15的复合肥').text).toBe('15-15-15的复合肥');
    expect(fertiliser.analyze('三个15的复合肥').quantities).toEqual([]);
    const wrenches = createMatcher([product('W', '梅花扳手', { 规格: '15mm' }, '个')]);
    expect(wrenches.analyze('三个15的扳手').quantities.map((q) => q.value)).toEqual([3]);
  });
});
