import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * Made-up counters of three trades where the variants of one product come in cases of different counts: bottled
 * water (箱 of 24 or 30 瓶), self-tapping screws (盒 of 1000 or 500 个), floor tiles (箱 of 3 or 4 片).
 */
function shops(): Product[] {
  return [
    testProduct({
      sku: 'KQS-550',
      name: '矿泉水',
      specs: { 容量: '550ml' },
      unit: '瓶',
      conversions: { 箱: 24 },
    }),
    testProduct({
      sku: 'KQS-350',
      name: '矿泉水',
      specs: { 容量: '350ml' },
      unit: '瓶',
      conversions: { 箱: 30 },
    }),
    testProduct({
      sku: 'ZG-M4',
      name: '自攻螺丝',
      aliases: ['自攻钉'],
      specs: { 规格: 'M4' },
      unit: '个',
      conversions: { 盒: 1000 },
    }),
    testProduct({
      sku: 'ZG-M5',
      name: '自攻螺丝',
      aliases: ['自攻钉'],
      specs: { 规格: 'M5' },
      unit: '个',
      conversions: { 盒: 500 },
    }),
    testProduct({
      sku: 'DZ-800',
      name: '抛釉地砖',
      aliases: ['地砖'],
      specs: { 规格: '800*800' },
      unit: '片',
      conversions: { 箱: 3 },
    }),
    testProduct({
      sku: 'DZ-600',
      name: '抛釉地砖',
      aliases: ['地砖'],
      specs: { 规格: '600*600' },
      unit: '片',
      conversions: { 箱: 4 },
    }),
  ];
}

describe('A correction to a sibling keeps the amount in the unit the customer said it in', () => {
  it('keeps the cases when the sibling packs another count to the case (bottled water)', () => {
    const turns = talkTo(createDialogEngine({ products: shops() }), ['550ml矿泉水 5箱', '不对 是350ml的']);
    expect(lineQtys(turns[0])).toEqual([['KQS-550', 120]]);
    expect(lineQtys(turns[1])).toEqual([['KQS-350', 150]]);
  });

  it('keeps the boxes (screws)', () => {
    const turns = talkTo(createDialogEngine({ products: shops() }), ['M4自攻钉 2盒', '不对 要M5的', '确认']);
    expect(lineQtys(turns[2])).toEqual([['ZG-M5', 1000]]);
  });

  it('keeps the cases (floor tiles)', () => {
    const turns = talkTo(createDialogEngine({ products: shops() }), ['800*800地砖 10箱', '不对 是600*600的']);
    expect(lineQtys(turns[1])).toEqual([['DZ-600', 40]]);
  });

  it('keeps an amount said in the sale unit as said (bottled water)', () => {
    const turns = talkTo(createDialogEngine({ products: shops() }), ['550ml矿泉水 48瓶', '不对 是350ml的']);
    expect(lineQtys(turns[1])).toEqual([['KQS-350', 48]]);
  });
});
