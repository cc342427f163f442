import { describe, expect, it } from '@jest/globals';
import { createMatcher } from './matcher.js';
import type { MatchResult } from './matcher.js';
import { testProduct } from './catalog-test-kit.js';
import { specKeysOf } from './spec-values.js';

const product = (sku: string, name: string, aliases: string[], specs: Record<string, string>) =>
  testProduct({ sku, name, aliases, specs, unit: '个', stock: 100 });

const skuOf = (result: MatchResult) => (result.kind === 'matched' ? result.product.sku : result.kind);

describe('The numbers inside an inch fraction and its thread count', () => {
  /** A made-up instrument counter: pressure gauges by connection thread, metric and inch. */
  const gauges = createMatcher([
    product('G-M20', '压力表', ['压力表'], { 接口: 'M20*1.5' }),
    product('G-M14', '压力表', ['压力表'], { 接口: 'M14*1.5' }),
    product('G-UNF', '压力表', ['压力表'], { 接口: '7/16-20 UNF' }),
    product('G-NPT', '压力表', ['压力表'], { 接口: '1/4 NPT' }),
  ]);
  /** A made-up photo-gear counter: tripod screws, inch and metric. */
  const tripod = createMatcher([
    product('S-14', '云台螺丝', ['螺丝'], { 螺纹: '1/4-20' }),
    product('S-38', '云台螺丝', ['螺丝'], { 螺纹: '3/8-16' }),
    product('S-M6', '云台螺丝', ['螺丝'], { 螺纹: 'M6' }),
    product('S-M16', '云台螺丝', ['螺丝'], { 螺纹: 'M16' }),
  ]);
  /** A made-up bicycle counter: pedals by axle thread. */
  const pedals = createMatcher([
    product('P-916', '脚踏', ['脚踏', '脚蹬'], { 螺纹: '9/16-20' }),
    product('P-12', '脚踏', ['脚踏', '脚蹬'], { 螺纹: '1/2-20' }),
    product('P-M16', '脚踏', ['脚踏', '脚蹬'], { 螺纹: 'M16' }),
  ]);

  it('gives a value none of the numbers inside its fraction or after its dash', () => {
    expect(specKeysOf('jic9/16-18')).toEqual(['in:9/16']);
    expect(specKeysOf('1/4-20')).not.toContain('num:20');
    expect(specKeysOf('1/4-20')).not.toContain('num:4');
    // a tyre's 205/55R16 is no inch fraction: its numbers stay
    expect(specKeysOf('205/55r16')).toContain('num:205');
  });

  it('reads a lone number as the value it leads, not a thread count that happens to equal it', () => {
    expect(skuOf(gauges('20的压力表'))).toBe('G-M20');
    expect(skuOf(tripod('16的螺丝'))).toBe('S-M16');
    expect(skuOf(pedals('16的脚踏'))).toBe('P-M16');
  });

  it('still reads the fraction said as the inch value', () => {
    expect(skuOf(gauges('压力表 7/16的'))).toBe('G-UNF');
    expect(skuOf(tripod('3/8的螺丝'))).toBe('S-38');
    expect(skuOf(pedals('9/16脚踏'))).toBe('P-916');
    expect(skuOf(pedals('1/2的脚蹬'))).toBe('P-12');
  });
});
