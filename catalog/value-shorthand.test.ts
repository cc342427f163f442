import { describe, expect, it } from '@jest/globals';
import { createMatcher } from './matcher.js';
import { testProduct } from './catalog-test-kit.js';

const product = (sku: string, name: string, specs: Record<string, string>, unit: string) =>
  testProduct({ sku, name, specs, unit, stock: 100 });

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

describe('Letters said with a count', () => {
  const pearls = createMatcher([
    product('A', '淡水珍珠', { 等级: 'AA' }, '串'),
    product('B', '淡水珍珠', { 等级: 'AAA' }, '串'),
  ]);

  it('reads 3A and 2A as the letter said so many times when the catalog has that value', () => {
    expect(pearls.analyze('3A珍珠 5串').text).toBe('aaa珍珠 5串');
    expect(pearls.analyze('珍珠 2A的 4串').text).toBe('珍珠 aa的 4串');
  });

  it('leaves the count and letter as said when the catalog has that spelling itself', () => {
    const shelf = createMatcher([
      product('C', '充电头', { 电流: '2A' }, '个'),
      product('D', '电池', { 型号: 'AA' }, '节'),
    ]);
    expect(shelf.analyze('2A充电头 3个').text).toBe('2a充电头 3个');
  });
});

describe('Two digits said before 的', () => {
  const oranges = createMatcher([
    product('A', '脐橙', { 果径: '75mm' }, '箱'),
    product('B', '脐橙', { 果径: '85mm' }, '箱'),
    product('C', '脐橙', { 果径: '35mm' }, '箱'),
  ]);

  it('reads 八五的 and 七五的 as the size the catalog carries', () => {
    expect(oranges.analyze('脐橙 八五的 5箱').text).toBe('脐橙 85的 5箱');
    expect(oranges.analyze('七五的脐橙 2箱').text).toBe('75的脐橙 2箱');
  });

  it('leaves two digits without 的, or a number the catalog lacks, as said', () => {
    expect(oranges.analyze('脐橙 三五箱').text).toBe('脐橙 三五箱');
    expect(oranges.analyze('脐橙 六五的').text).toBe('脐橙 六五的');
  });
});
