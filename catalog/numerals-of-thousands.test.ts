import { describe, expect, it } from '@jest/globals';
import { createMatcher } from './matcher.js';
import type { MatchResult } from './matcher.js';
import { testProduct } from './catalog-test-kit.js';

const product = (sku: string, name: string, specs: Record<string, string>, unit: string) =>
  testProduct({ sku, name, specs, unit });

const skuOf = (result: MatchResult) => (result.kind === 'matched' ? result.product.sku : result.kind);

/**
 * A value of thousands said with 千 / 万 (5千目, 一万目, 万目, 2万次): the number the catalog writes in digits, as
 * 两千目 already is — 万 alone is ten thousand, the way a trade says 万目 or 万次.
 */
describe('A value said in thousands or ten thousands', () => {
  /** A made-up abrasives counter: sandpaper by grit. */
  const abrasives = createMatcher([
    product('SZ-2000', '水砂纸', { 目数: '2000目' }, '包'),
    product('SZ-5000', '水砂纸', { 目数: '5000目' }, '包'),
    product('SZ-10000', '水砂纸', { 目数: '10000目' }, '包'),
  ]);
  /** A made-up electronics counter: micro switches by rated life. */
  const switches = createMatcher([
    product('WD-1', '微动开关', { 寿命: '10000次' }, '个'),
    product('WD-2', '微动开关', { 寿命: '20000次' }, '个'),
    product('WD-5', '微动开关', { 寿命: '50000次' }, '个'),
  ]);

  it('reads digits with 千 (sandpaper)', () => {
    expect(skuOf(abrasives('水砂纸 5千目'))).toBe('SZ-5000');
  });

  it('reads a numeral with 万 (sandpaper)', () => {
    expect(skuOf(abrasives('一万目的水砂纸'))).toBe('SZ-10000');
  });

  it('reads 万 alone as ten thousand (sandpaper, switches)', () => {
    expect(skuOf(abrasives('万目的水砂纸'))).toBe('SZ-10000');
    expect(skuOf(switches('微动开关 万次的'))).toBe('WD-1');
  });

  it('reads digits with 万 (switches)', () => {
    expect(skuOf(switches('2万次的微动开关'))).toBe('WD-2');
    expect(skuOf(switches('微动开关5万次'))).toBe('WD-5');
  });
});
