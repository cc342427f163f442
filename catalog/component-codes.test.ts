import { describe, expect, it } from '@jest/globals';
import { createMatcher } from './matcher.js';
import { testProduct } from './catalog-test-kit.js';

const product = (sku: string, name: string, specs: Record<string, string>) =>
  testProduct({ sku, name, specs, unit: '包', stock: 100 });

describe('Component values said by their printed code', () => {
  /** A made-up repair-parts counter: resistors by 阻值 in K/Ω/M, capacitors by 容量 in μF/nF, and a bearing 608. */
  const parts = createMatcher([
    product('R2K2', '插件电阻', { 阻值: '2.2K', 功率: '1/4W' }),
    product('R10K', '插件电阻', { 阻值: '10K', 功率: '1/4W' }),
    product('R100', '插件电阻', { 阻值: '100Ω', 功率: '1/4W' }),
    product('R1M', '插件电阻', { 阻值: '1M', 功率: '1/4W' }),
    product('C01', '瓷片电容', { 容量: '0.1μF', 耐压: '50V' }),
    product('C10N', '瓷片电容', { 容量: '10nF', 耐压: '50V' }),
    product('B608', '深沟球轴承 608', { 型号: '608', 密封: '2RS' }),
  ]);
  const skus = (text: string) => {
    const result = parts.resolve(parts.analyze(text)).result;
    if (result.kind === 'matched') return [result.product.sku];
    if (result.kind === 'ambiguous') return result.candidates.map((p) => p.sku);
    return [];
  };

  it('reads a three-digit code as the one resistance or capacitance it names (222 = 2.2K, 104 = 0.1μF)', () => {
    expect(parts.analyze('222的电阻').text).toBe('2.2k的电阻');
    expect(skus('插件电阻 222')).toEqual(['R2K2']);
    expect(skus('104瓷片电容')).toEqual(['C01']);
    expect(skus('电阻 105')).toEqual(['R1M']);
  });

  it('reads a letter code (2k2, 1m0) as the resistance it spells', () => {
    expect(skus('2k2的插件电阻')).toEqual(['R2K2']);
    expect(parts.analyze('1m0 电阻').text).toBe('1m 电阻');
  });

  it('leaves a code that fits both a resistance and a capacitance, a model number and a count as said', () => {
    // 103 is 10K and 10nF
    expect(parts.analyze('103的').text).toBe('103的');
    expect(parts.analyze('608轴承').text).toBe('608轴承');
    expect(parts.analyze('电阻 105个').text).toContain('105');
  });
});
