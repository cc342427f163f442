import { describe, expect, it } from '@jest/globals';
import { createMatcher } from './matcher.js';
import type { MatchResult } from './matcher.js';
import { testProduct } from './catalog-test-kit.js';
import { spellSpokenDecimals } from './spoken-decimals.js';

const product = (sku: string, name: string, aliases: string[], specs: Record<string, string>, unit = '台') =>
  testProduct({ sku, name, aliases, specs, unit, stock: 100 });

const skuOf = (result: MatchResult) => (result.kind === 'matched' ? result.product.sku : result.kind);

describe('A decimal said as a whole number, 个 and its tenth (七个半, 5个5, 两个2)', () => {
  /** A made-up pump counter: centrifugal pumps by kW. */
  const pumps = createMatcher([
    product('PU-0.75', '离心水泵', ['水泵', '离心泵'], { 功率: '0.75kW' }),
    product('PU-1.5', '离心水泵', ['水泵', '离心泵'], { 功率: '1.5kW' }),
    product('PU-2.2', '离心水泵', ['水泵', '离心泵'], { 功率: '2.2kW' }),
    product('PU-5.5', '离心水泵', ['水泵', '离心泵'], { 功率: '5.5kW' }),
    product('PU-7.5', '离心水泵', ['水泵', '离心泵'], { 功率: '7.5kW' }),
  ]);
  /** A made-up welding counter: electrodes by diameter in mm. */
  const electrodes = createMatcher([
    product('EL-2.5', '碳钢焊条', ['焊条'], { 直径: '2.5mm' }, '箱'),
    product('EL-3.2', '碳钢焊条', ['焊条'], { 直径: '3.2mm' }, '箱'),
    product('EL-4.0', '碳钢焊条', ['焊条'], { 直径: '4.0mm' }, '箱'),
  ]);
  /** A made-up fishing-tackle counter: line by its 号, in halves. */
  const line = createMatcher([
    product('FL-1', '尼龙鱼线', ['鱼线'], { 线号: '1号' }, '轴'),
    product('FL-1.5', '尼龙鱼线', ['鱼线'], { 线号: '1.5号' }, '轴'),
    product('FL-2', '尼龙鱼线', ['鱼线'], { 线号: '2号' }, '轴'),
  ]);

  it('reads the decimal a value carries', () => {
    expect(skuOf(pumps('水泵 七个半 两台'))).toBe('PU-7.5');
    expect(skuOf(pumps('5个5的水泵 1台'))).toBe('PU-5.5');
    expect(skuOf(pumps('离心泵两个2 一台'))).toBe('PU-2.2');
    expect(skuOf(pumps('一个半千瓦的水泵'))).toBe('PU-1.5');
    expect(skuOf(electrodes('三个二的焊条 5箱'))).toBe('EL-3.2');
    expect(skuOf(electrodes('焊条2个5 两箱'))).toBe('EL-2.5');
    expect(skuOf(line('一个半的鱼线 10轴'))).toBe('FL-1.5');
  });

  it('leaves a count as said where no value carries the decimal, or a unit of sale follows', () => {
    expect(spellSpokenDecimals(electrodes.index, '焊条5个5箱')).toBe('焊条5个5箱');
    expect(spellSpokenDecimals(pumps.index, '水泵3个5')).toBe('水泵3个5');
    expect(spellSpokenDecimals(line.index, '鱼线2个半')).toBe('鱼线2个半');
  });
});

describe('Percentage points said as 个点 where the catalog writes %', () => {
  /** A made-up fertilizer counter: compound fertilizer by nutrient content. */
  const fertilizer = createMatcher([
    product('FT-45', '复合肥', ['化肥'], { 含量: '45%' }, '袋'),
    product('FT-51', '复合肥', ['化肥'], { 含量: '51%' }, '袋'),
  ]);
  /** A made-up cleaning-supplies counter: disinfectant by strength. */
  const disinfectant = createMatcher([
    product('DS-2', '84消毒液', ['消毒液'], { 浓度: '2%' }, '桶'),
    product('DS-5', '84消毒液', ['消毒液'], { 浓度: '5%' }, '桶'),
  ]);
  /** A made-up vinegar wholesaler: vinegar by acidity. */
  const vinegar = createMatcher([
    product('VN-3.5', '陈醋', ['醋'], { 酸度: '3.5%' }, '箱'),
    product('VN-6', '陈醋', ['醋'], { 酸度: '6%' }, '箱'),
  ]);

  it('reads N个点 as N% where a value is N%', () => {
    expect(skuOf(fertilizer('51个点的复合肥 10袋'))).toBe('FT-51');
    expect(skuOf(disinfectant('消毒液 5个点的'))).toBe('DS-5');
    expect(skuOf(vinegar('6个点的陈醋 3箱'))).toBe('VN-6');
  });
});
