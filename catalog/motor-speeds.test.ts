import { describe, expect, it } from '@jest/globals';
import { createMatcher } from './matcher.js';
import type { MatchResult } from './matcher.js';
import { testProduct } from './catalog-test-kit.js';
import { polesOfSpeed, spellSpeedsAsPoles } from './motor-speeds.js';

const product = (sku: string, name: string, aliases: string[], specs: Record<string, string>) =>
  testProduct({ sku, name, aliases, specs, unit: '台', stock: 100 });

const skuOf = (result: MatchResult) => (result.kind === 'matched' ? result.product.sku : result.kind);

describe('A motor speed said for the poles whose synchronous speed it lies just below', () => {
  /** A made-up pump counter: the same pump in 2 and 4 poles. */
  const pumps = createMatcher([
    product('PP-2', '管道泵', ['水泵'], { 功率: '2.2kW', 极数: '2极' }),
    product('PP-4', '管道泵', ['水泵'], { 功率: '2.2kW', 极数: '4极' }),
  ]);
  /** A made-up ventilation counter: axial fans in 4 and 6 poles. */
  const fans = createMatcher([
    product('FN-4', '轴流风机', ['风机'], { 叶径: '500mm', 极数: '4极' }),
    product('FN-6', '轴流风机', ['风机'], { 叶径: '500mm', 极数: '6极' }),
  ]);
  /** A made-up gearmotor counter: 4, 6 and 8 poles. */
  const gearmotors = createMatcher([
    product('GM-4', '减速电机', ['电机'], { 极: '4极' }),
    product('GM-6', '减速电机', ['电机'], { 极: '6极' }),
    product('GM-8', '减速电机', ['电机'], { 极: '8极' }),
  ]);

  it('names the poles of 50 Hz synchronous speeds 3000 / 1500 / 1000 / 750', () => {
    expect(polesOfSpeed(2900)).toBe(2);
    expect(polesOfSpeed(2850)).toBe(2);
    expect(polesOfSpeed(1450)).toBe(4);
    expect(polesOfSpeed(1400)).toBe(4);
    expect(polesOfSpeed(960)).toBe(6);
    expect(polesOfSpeed(720)).toBe(8);
    expect(polesOfSpeed(2000)).toBeUndefined();
    expect(polesOfSpeed(1200)).toBeUndefined();
  });

  it('reads the speed as the family’s pole value', () => {
    expect(skuOf(pumps('2900转的管道泵'))).toBe('PP-2');
    expect(skuOf(pumps('水泵 1450转 一台'))).toBe('PP-4');
    expect(skuOf(fans('960转的风机 2台'))).toBe('FN-6');
    expect(skuOf(gearmotors('减速电机 720转'))).toBe('GM-8');
  });

  it('leaves a speed as said where the catalog has no such pole value', () => {
    expect(spellSpeedsAsPoles(gearmotors.index, '减速电机 2900转')).toBe('减速电机 2900转');
    const mixers = createMatcher([product('MX-1', '搅拌机', [], { 功率: '1.5kW' })]);
    expect(spellSpeedsAsPoles(mixers.index, '搅拌机1450转')).toBe('搅拌机1450转');
  });
});
