import { describe, expect, it } from '@jest/globals';
import { createMatcher } from './matcher.js';
import { testProduct } from './catalog-test-kit.js';

const product = (sku: string, name: string, specs: Record<string, string>) =>
  testProduct({ sku, name, specs, unit: '个', stock: 100 });

describe('A unit said another way than the catalog writes it', () => {
  /** A made-up parts counter: motors in kW, capacitors in μF/V, resistors in kΩ. */
  const parts = createMatcher([
    product('M15', '电机', { 功率: '1.5kW' }),
    product('C100', '电解电容', { 规格: '100μF/25V' }),
    product('R10K', '电阻', { 阻值: '10kΩ', 封装: '0805' }),
  ]);
  /** A made-up fluids counter: coolant by freezing point in ℃, alcohol by strength in %. */
  const fluids = createMatcher([
    product('AF35', '防冻液', { 冰点: '-35℃' }),
    product('AF25', '防冻液', { 冰点: '-25℃' }),
    product('AL95', '酒精', { 浓度: '95%' }),
    product('AL35', '酒精', { 浓度: '35%' }),
  ]);

  it('writes a unit in Chinese or a short letter as the catalog spells it', () => {
    expect(parts.analyze('1.5千瓦的电机').text).toBe('1.5kw的电机');
    expect(parts.analyze('100微法 25伏电容').text).toBe('100μf 25v电容');
    expect(parts.analyze('100uf 25v').text).toBe('100μf 25v');
    expect(parts.analyze('10k 0805 电阻').text).toBe('10kω 0805 电阻');
    expect(parts.analyze('10千欧的电阻').text).toBe('10kω的电阻');
  });

  it('reads 度 as the unit the catalog carries with that number, and a minus or 零下 as part of the value', () => {
    expect(fluids.analyze('-35度的 5桶').text).toBe('-35°c的 5桶');
    expect(fluids.analyze('零下25度的').text).toBe('-25°c的');
    expect(fluids.analyze('95度的酒精').text).toBe('95%的酒精');
  });

  it('leaves 度 as said when the catalog carries the number in both units, or in neither', () => {
    const both = createMatcher([
      product('T', '温控器', { 温度: '35℃' }),
      product('A', '酒精', { 浓度: '35%' }),
    ]);
    expect(both.analyze('35度的').text).toBe('35度的');
    expect(fluids.analyze('50度的').text).toBe('50度的');
  });

  it('never takes the start of a longer unit or word: 5毫升 is no 5 mm, 5kg no 5 kΩ', () => {
    const mixed = createMatcher([
      product('B', '石膏板', { 厚度: '5mm' }),
      product('R', '电阻', { 阻值: '5kΩ' }),
    ]);
    expect(mixed.analyze('5毫升').text).toBe('5毫升');
    expect(mixed.analyze('5kg').text).toBe('5kg');
    expect(mixed.analyze('5毫的石膏板').text).toBe('5mm的石膏板');
  });
});
