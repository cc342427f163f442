import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * 个 is the measure word for anything: "来个礼盒" of a gift box sold by the 盒 is one box (it had been asked "一个换算不成
 * 整盒"). It counts whole sale units only where the product is itself one of its unit — its name, category or an
 * alias ends with the unit's word — and nothing inside it is sold in a smaller unit; otherwise 个 may mean a piece
 * inside (20个 of a box of screws) and is asked about. Made-up tea-gift, paint and screw counters.
 */
const teaGift = testProduct({
  sku: 'GIFT-LJ',
  name: '龙井茶叶礼盒',
  aliases: ['龙井礼盒'],
  specs: { 规格: '250g' },
  unit: '盒',
});
const paintDrum = testProduct({
  sku: 'DRUM-20L',
  name: '空油漆桶',
  aliases: ['铁桶'],
  specs: { 容量: '20L' },
  unit: '桶',
});
const screws = testProduct({
  sku: 'SCREW-M4',
  name: '自攻螺丝',
  aliases: ['螺丝'],
  specs: { 规格: 'M4*20' },
  unit: '盒',
  conversions: { 个: 0.001 },
});
const screwsNoInner = testProduct({
  sku: 'SCREW-M5',
  name: '自攻螺丝',
  aliases: ['螺丝'],
  specs: { 规格: 'M5*25' },
  unit: '盒',
});

const talk = (products: Product[], text: string) =>
  lineQtys(talkTo(createDialogEngine({ products, maxQtyPerLine: 100000 }), [text])[0]);

describe('个 of a product that is itself one of its sale unit', () => {
  it('reads 来个礼盒 / 两个礼盒 as boxes of a gift box sold by the 盒 (tea)', () => {
    expect(talk([teaGift], '再来个龙井礼盒')).toEqual([['GIFT-LJ', 1]]);
    expect(talk([teaGift], '龙井礼盒两个')).toEqual([['GIFT-LJ', 2]]);
  });

  it('reads 3个铁桶 as drums of a drum sold by the 桶 (paint)', () => {
    expect(talk([paintDrum], '铁桶 要3个')).toEqual([['DRUM-20L', 3]]);
  });

  it('leaves 个 of a box of screws a piece inside it: counted by its conversion, or asked', () => {
    expect(talk([screws], 'M4*20螺丝 2000个')).toEqual([['SCREW-M4', 2]]);
    expect(talk([screws], 'M4*20螺丝 20个')).toEqual([]);
    // a box of screws is no screw: 个 is not read as boxes even with no conversion given
    expect(talk([screwsNoInner], 'M5*25螺丝 20个')).toEqual([]);
  });
});
