import { describe, expect, it } from '@jest/globals';
import { createMatcher } from './matcher.js';
import type { MatchResult } from './matcher.js';
import { testProduct } from './catalog-test-kit.js';

const product = (sku: string, name: string, aliases: string[], specs: Record<string, string>) =>
  testProduct({ sku, name, aliases, specs, unit: '个', stock: 100 });

const skuOf = (result: MatchResult) => (result.kind === 'matched' ? result.product.sku : result.kind);

describe('A length said in the market 尺 (a third of a metre)', () => {
  /** A made-up festival-goods counter: red lanterns by diameter. */
  const lanterns = createMatcher([
    product('L-30', '红灯笼', ['灯笼'], { 直径: '30cm' }),
    product('L-60', '红灯笼', ['灯笼'], { 直径: '60cm' }),
    product('L-100', '红灯笼', ['灯笼'], { 直径: '100cm' }),
  ]);
  /** A made-up aquarium counter: fish tanks by length in millimetres. */
  const tanks = createMatcher([
    product('T-400', '超白鱼缸', ['鱼缸'], { 长度: '400mm' }),
    product('T-600', '超白鱼缸', ['鱼缸'], { 长度: '600mm' }),
    product('T-900', '超白鱼缸', ['鱼缸'], { 长度: '900mm' }),
    product('T-1200', '超白鱼缸', ['鱼缸'], { 长度: '1200mm' }),
  ]);
  /** A made-up framing counter: frames by their long side, sizes close together. */
  const frames = createMatcher([
    product('F-30', '实木相框', ['相框', '画框'], { 尺寸: '30cm' }),
    product('F-35', '实木相框', ['相框', '画框'], { 尺寸: '35cm' }),
    product('F-50', '实木相框', ['相框', '画框'], { 尺寸: '50cm' }),
  ]);

  it('names the one length of the family near the 尺 said', () => {
    expect(skuOf(lanterns('一尺的灯笼'))).toBe('L-30');
    expect(skuOf(lanterns('灯笼 两尺'))).toBe('L-60');
    expect(skuOf(lanterns('三尺的灯笼'))).toBe('L-100');
    expect(skuOf(tanks('两尺的鱼缸'))).toBe('T-600');
    expect(skuOf(tanks('鱼缸 三尺'))).toBe('T-900');
    expect(skuOf(tanks('4尺鱼缸'))).toBe('T-1200');
    expect(skuOf(frames('一尺半的相框'))).toBe('F-50');
  });

  it('picks none where two lengths lie near it', () => {
    expect(skuOf(frames('一尺的相框'))).not.toBe('F-30');
    expect(skuOf(frames('一尺的相框'))).not.toBe('F-35');
  });

  it('never reads 尺寸 or 尺码 as a length', () => {
    expect(skuOf(lanterns('灯笼 尺寸60cm'))).toBe('L-60');
  });
});
