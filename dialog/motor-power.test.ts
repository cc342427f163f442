import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up blower counter: fans listed by 功率 in kW, one with a 3kW motor beside the 2.2kW one. */
function blowerShop(): Product[] {
  const blower = (sku: string, power: string) =>
    testProduct({
      sku,
      name: `旋涡风机 ${power}`,
      category: '风机',
      aliases: ['风机', '鼓风机', '旋涡风机'],
      specs: { 功率: power, 电压: '380V' },
      unit: '台',
    });
  return [blower('B-075', '0.75kW'), blower('B-11', '1.1kW'), blower('B-22', '2.2kW'), blower('B-3', '3kW')];
}

/** A made-up air-conditioner counter: sold by 匹 as the catalog writes it. */
function coolerShop(): Product[] {
  return [
    testProduct({ sku: 'AC-1', name: '挂机空调 1匹', aliases: ['空调'], specs: { 匹数: '1匹' }, unit: '台' }),
    testProduct({
      sku: 'AC-15',
      name: '挂机空调 1.5匹',
      aliases: ['空调'],
      specs: { 匹数: '1.5匹' },
      unit: '台',
    }),
  ];
}

describe('Motor power said in 匹', () => {
  it('reads 匹 as the standard motor rating in kW, never as the kW of the same number', () => {
    const engine = createDialogEngine({ products: blowerShop() });
    expect(lineQtys(talkTo(engine, ['3匹鼓风机 1台'])[0])).toEqual([['B-22', 1]]);
    expect(lineQtys(talkTo(engine, ['旋涡风机 三匹的 2台'])[0])).toEqual([['B-22', 2]]);
    expect(lineQtys(talkTo(engine, ['一匹半风机 1台'])[0])).toEqual([['B-11', 1]]);
    expect(lineQtys(talkTo(engine, ['风机 1匹 3台'])[0])).toEqual([['B-075', 3]]);
  });

  it('asks when the rating of the horsepower said is not sold', () => {
    const engine = createDialogEngine({ products: blowerShop() });
    const [turn, confirmed] = talkTo(engine, ['风机 5匹 1台', '确认']);
    expect(lineQtys(turn)).toEqual([]);
    expect(confirmed!.order?.status ?? 'none').not.toBe('confirmed');
  });

  it('leaves 匹 as said where the catalog lists it so', () => {
    const engine = createDialogEngine({ products: coolerShop() });
    expect(lineQtys(talkTo(engine, ['1.5匹空调 2台'])[0])).toEqual([['AC-15', 2]]);
  });
});
