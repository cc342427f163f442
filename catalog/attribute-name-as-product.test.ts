import { describe, expect, it } from '@jest/globals';
import type { Product } from './product.js';
import { createDialogEngine } from '../dialog/dialog-engine.js';
import { lineQtys, talkTo, testProduct } from '../dialog/dialog-test-kit.js';

/**
 * Made-up counters of two trades where one product's attribute is named by another product's own word: water
 * purifier parts (a filter's 接口, and 快接接口 sold by size), lamps (a bulb's 灯头, and 螺口灯头 sold by size).
 */
function shops(): Product[] {
  return [
    ...['2分', '3分'].map((size) =>
      testProduct({ sku: `PIPE-${size}`, name: 'PE水管', specs: { 管径: size }, unit: '米' }),
    ),
    ...['2分', '3分'].map((size) =>
      testProduct({
        sku: `JOINT-${size}`,
        name: '塑料快接接口',
        category: '快接接口',
        specs: { 规格: size },
        unit: '个',
      }),
    ),
    testProduct({ sku: 'FILTER', name: 'PP棉滤芯', specs: { 接口: '2分', 长度: '10寸' }, unit: '支' }),
    ...['5W', '9W'].map((power) =>
      testProduct({ sku: `BULB-${power}`, name: 'LED球泡', specs: { 功率: power, 灯头: 'E27' }, unit: '个' }),
    ),
    ...['E27', 'E14'].map((size) =>
      testProduct({ sku: `HOLDER-${size}`, name: '螺口灯头', specs: { 规格: size }, unit: '个' }),
    ),
  ];
}

const engine = createDialogEngine({ products: shops() });

describe('an attribute name said last, after a value, that is the end of another product word', () => {
  it.each([
    [
      'PE水管3分的100米 再要10个3分的接口',
      [
        ['PIPE-3分', 100],
        ['JOINT-3分', 10],
      ],
    ],
    [
      'PE水管2分 200米，再来20个2分接口',
      [
        ['PIPE-2分', 200],
        ['JOINT-2分', 20],
      ],
    ],
    [
      'LED球泡9W的50个 再要30个E27的灯头',
      [
        ['BULB-9W', 50],
        ['HOLDER-E27', 30],
      ],
    ],
  ])('reads %s as a line of its own for that product', (said, lines) => {
    const [turn] = talkTo(engine, [said]);
    expect(lineQtys(turn)).toEqual(lines);
  });

  it('keeps the attribute name when a product word is said with it (PP棉滤芯 2分接口的)', () => {
    const [turn] = talkTo(engine, ['PP棉滤芯 2分接口的 20支']);
    expect(lineQtys(turn)).toEqual([['FILTER', 20]]);
  });
});
