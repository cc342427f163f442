import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * Words of the bicycle, motorbike and salon trades no catalog spells (catalog/trade-lexicon-aisles.ts): said, a
 * line of them was "我们店里没有" and the order confirmed without it (双丝 for a BAY15D bulb), or a question asked
 * again (大嘴 for 美嘴, 七零 for a dye's 7/0). Made-up counters: a scooter-repair stall and a salon supplier.
 */
function counters(): Product[] {
  return [
    ...[
      ['BAY15D', '21/5W'],
      ['BA15S', '21W'],
    ].map(([base, watts]) =>
      testProduct({
        sku: `BULB-${base}`,
        name: '12V灯泡',
        specs: { 灯座: base!, 功率: watts! },
        unit: '个',
        conversions: { 盒: 10 },
      }),
    ),
    ...['美嘴', '法嘴'].map((valve) =>
      testProduct({
        sku: `TUBE-${valve}`,
        name: '内胎',
        specs: { 规格: '20*1.95', 气嘴: valve },
        unit: '条',
      }),
    ),
    testProduct({
      sku: 'CABLE',
      name: '刹车线',
      specs: { 长度: '1.8米' },
      unit: '根',
      conversions: { 包: 20 },
    }),
    ...['7/0', '6/0'].map((shade) =>
      testProduct({
        sku: `DYE-${shade}`,
        name: '植物染发膏',
        specs: { 色号: shade },
        unit: '支',
        conversions: { 盒: 12 },
      }),
    ),
  ];
}

const engine = createDialogEngine({ products: counters() });

describe('Trade words of more aisles in a dialog', () => {
  it('reads 双丝 as the two-filament bulb and 闸线 as the brake cable, and confirms both', () => {
    const turns = talkTo(engine, ['双丝的灯泡一盒 闸线两包', '确认']);
    expect(lineQtys(turns[1])).toEqual([
      ['BULB-BAY15D', 10],
      ['CABLE', 40],
    ]);
  });

  it('reads 大嘴 as the 美嘴 tube when the shop has no other thick valve', () => {
    const turns = talkTo(engine, ['20*1.95的里胎 大嘴的 要5条', '确认']);
    expect(lineQtys(turns[1])).toEqual([['TUBE-美嘴', 5]]);
  });

  it('reads 七零 as the dye of shade 7/0', () => {
    const turns = talkTo(engine, ['七零的染膏来两盒', '确认']);
    expect(lineQtys(turns[1])).toEqual([['DYE-7/0', 24]]);
  });
});
