import { describe, expect, it } from '@jest/globals';
import { createMatcher } from './matcher.js';
import type { MatchResult } from './matcher.js';
import { testProduct } from './catalog-test-kit.js';

const skuOf = (result: MatchResult) => (result.kind === 'matched' ? result.product.sku : result.kind);

/**
 * A word that is a spec value of one product (款式 普通) and a part of another's name (普通塑料凳), said with the
 * other's product word: it is that product's name word, never "没有普通的塑料凳".
 */
describe('A value word of one product inside the name of the product said', () => {
  /** A made-up furniture counter: folding chairs by style, and a plain stool. */
  const furniture = createMatcher([
    testProduct({ sku: 'ZDY-PT', name: '折叠椅', specs: { 款式: '普通' }, unit: '把' }),
    testProduct({ sku: 'ZDY-JH', name: '折叠椅', specs: { 款式: '加厚' }, unit: '把' }),
    testProduct({ sku: 'SLD-PT', name: '普通塑料凳', aliases: ['塑料凳'], unit: '个' }),
    testProduct({ sku: 'SLD-GJ', name: '高脚塑料凳', aliases: ['塑料凳'], unit: '个' }),
    testProduct({
      sku: 'FD-SM',
      name: '普通实木方凳',
      category: '方凳',
      aliases: ['实木方凳'],
      specs: { 材质: '实木' },
      unit: '个',
    }),
    testProduct({
      sku: 'FD-GT',
      name: '钢制方凳',
      category: '方凳',
      specs: { 材质: '钢' },
      unit: '个',
    }),
  ]);
  /** A made-up kitchen counter: flasks by material, and lunch boxes named by theirs. */
  const kitchen = createMatcher([
    testProduct({ sku: 'BWB-BXG', name: '保温杯', specs: { 材质: '不锈钢' }, unit: '个' }),
    testProduct({ sku: 'BWB-BL', name: '保温杯', specs: { 材质: '玻璃' }, unit: '个' }),
    testProduct({ sku: 'FH-BXG', name: '不锈钢饭盒', aliases: ['饭盒'], unit: '个' }),
    testProduct({ sku: 'FH-SL', name: '塑料饭盒', aliases: ['饭盒'], unit: '个' }),
  ]);

  it('reads 普通 as the name word of the plain stool (furniture)', () => {
    expect(skuOf(furniture('普通的塑料凳'))).toBe('SLD-PT');
  });

  it('reads 普通 as a name word also said apart from the rest of the name (furniture)', () => {
    expect(skuOf(furniture('实木的普通方凳'))).toBe('FD-SM');
    expect(skuOf(furniture('普通方凳'))).toBe('FD-SM');
  });

  it('reads 不锈钢 as the name word of the steel lunch box (kitchenware)', () => {
    expect(skuOf(kitchen('不锈钢的饭盒'))).toBe('FH-BXG');
  });

  it('keeps the value where the product said holds it (kitchenware)', () => {
    expect(skuOf(kitchen('不锈钢保温杯'))).toBe('BWB-BXG');
  });
});
