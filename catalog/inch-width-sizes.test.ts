import { describe, expect, it } from '@jest/globals';
import { createMatcher } from './matcher.js';
import type { MatchResult } from './matcher.js';
import { testProduct } from './catalog-test-kit.js';

const product = (sku: string, name: string, specs: Record<string, string>, unit = '条') =>
  testProduct({ sku, name, specs, unit });

const skuOf = (result: MatchResult) => (result.kind === 'matched' ? result.product.sku : result.kind);

/**
 * A tyre's size written as diameter*width in inches with no unit (14*2.125, 13*3.00, 10*1.75): 14寸 is the one whose
 * first side is 14, as the trade says it — never "没有14寸的".
 */
describe('A size in 寸 read against a diameter*width written in inches', () => {
  /** A made-up trolley counter: wheelbarrow tyres, and a flat bar whose size is in millimetres. */
  const trolleys = createMatcher([
    product('SL-13', '手推车轮胎', { 规格: '13*3.00' }),
    product('SL-16', '手推车轮胎', { 规格: '16*4.00' }),
    product('BG-30', '扁铁', { 规格: '30*3' }, '根'),
  ]);
  /** A made-up toy shop: scooter and stroller tyres. */
  const toys = createMatcher([
    product('TC-12', '童车外胎', { 规格: '12*2.125' }),
    product('TC-14', '童车外胎', { 规格: '14*2.125' }),
    product('TC-16', '童车外胎', { 规格: '16*2.125' }),
  ]);
  /** A made-up garden-machine counter: lawn-mower wheels. */
  const mowers = createMatcher([
    product('GC-8', '割草机轮胎', { 规格: '8*1.75' }),
    product('GC-10', '割草机轮胎', { 规格: '10*1.75' }),
  ]);

  it('reads 13寸 as the 13*3.00 tyre (wheelbarrows)', () => {
    expect(skuOf(trolleys('13寸的手推车轮胎'))).toBe('SL-13');
  });

  it('reads 14寸 as the 14*2.125 tyre (scooters)', () => {
    expect(skuOf(toys('童车外胎14寸'))).toBe('TC-14');
  });

  it('reads 10寸 as the 10*1.75 wheel (lawn mowers)', () => {
    expect(skuOf(mowers('10寸割草机轮胎'))).toBe('GC-10');
  });

  it('still has no 20寸 tyre where none leads with 20 (scooters)', () => {
    expect(skuOf(toys('20寸童车外胎'))).toBe('not_found');
  });
});
