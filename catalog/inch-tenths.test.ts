import { describe, expect, it } from '@jest/globals';
import { createMatcher } from './matcher.js';
import type { MatchResult } from './matcher.js';
import { testProduct } from './catalog-test-kit.js';

const product = (sku: string, name: string, specs: Record<string, string>, unit = '个') =>
  testProduct({ sku, name, specs, unit });

const skuOf = (result: MatchResult) => (result.kind === 'matched' ? result.product.sku : result.kind);

/**
 * 1寸5 / 两寸五 where the catalog writes 1.5寸 / 2.5寸: the digit after 寸 is its tenth, as 1米2 is 1.2米 — only
 * where the catalog writes such a value; a plumbing shop's 1寸2 stays its pipe size.
 */
describe('A tenth said after 寸', () => {
  /** A made-up paint-tools counter: brushes by width in 寸. */
  const brushes = createMatcher([
    product('YQS-15', '油漆刷', { 宽度: '1.5寸' }, '把'),
    product('YQS-25', '油漆刷', { 宽度: '2.5寸' }, '把'),
    product('YQS-4', '油漆刷', { 宽度: '4寸' }, '把'),
  ]);
  /** A made-up bakery-supplies counter: cake boards by diameter in 寸. */
  const bakery = createMatcher([
    product('DT-65', '蛋糕底托', { 尺寸: '6.5寸' }),
    product('DT-85', '蛋糕底托', { 尺寸: '8.5寸' }),
    product('DT-10', '蛋糕底托', { 尺寸: '10寸' }),
  ]);
  /** A made-up plumbing counter: galvanised pipe by DN. */
  const pipes = createMatcher([
    product('DX-25', '镀锌管', { 规格: 'DN25' }, '根'),
    product('DX-32', '镀锌管', { 规格: 'DN32' }, '根'),
  ]);

  it('reads 1寸5 and 两寸五 as the brushes of 1.5寸 and 2.5寸 (paint tools)', () => {
    expect(skuOf(brushes('1寸5的油漆刷'))).toBe('YQS-15');
    expect(skuOf(brushes('油漆刷两寸五'))).toBe('YQS-25');
  });

  it('reads 8寸5 as the 8.5寸 board (bakery supplies)', () => {
    expect(skuOf(bakery('8寸5的蛋糕底托'))).toBe('DT-85');
  });

  it('keeps 1寸2 the pipe size where no value is written in tenths of 寸 (plumbing)', () => {
    expect(skuOf(pipes('1寸2的镀锌管'))).toBe('DX-32');
  });
});
