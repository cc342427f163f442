import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up bakery-supplies counter: flour and sugar by the bag, and a 面包 improver whose name shares 面. */
function bakeryShop(): Product[] {
  return [
    testProduct({
      sku: 'FL-HI',
      name: '高筋面粉 25kg',
      aliases: ['高筋粉', '面粉'],
      specs: { 筋度: '高筋' },
      unit: '袋',
    }),
    testProduct({
      sku: 'FL-LO',
      name: '低筋面粉 25kg',
      aliases: ['低筋粉', '面粉'],
      specs: { 筋度: '低筋' },
      unit: '袋',
    }),
    testProduct({ sku: 'SUGAR', name: '白砂糖 50kg', aliases: ['白砂糖', '砂糖'], unit: '袋' }),
    testProduct({ sku: 'IMP', name: '面包改良剂 1kg', aliases: ['改良剂'], unit: '包' }),
  ];
}

/** A made-up electrical counter: breakers of one brand by poles, and wire. */
function breakerShop(): Product[] {
  const breaker = (sku: string, poles: string) =>
    testProduct({
      sku,
      name: `正泰空开 ${poles} 16A`,
      brand: '正泰',
      aliases: ['空开'],
      specs: { 极数: poles },
      unit: '个',
    });
  return [
    breaker('B-1P', '1P'),
    breaker('B-2P', '2P'),
    testProduct({
      sku: 'W-25',
      name: '电线 2.5平方',
      aliases: ['电线'],
      specs: { 截面: '2.5平方' },
      unit: '卷',
    }),
  ];
}

/** A made-up cleaning-supplies counter: mops and buckets, and 清洁剂 whose word 清洁 a heading may use. */
function cleaningShop(): Product[] {
  return [
    testProduct({ sku: 'MOP', name: '平板拖把', aliases: ['拖把'], unit: '把' }),
    testProduct({ sku: 'BKT', name: '水桶 20L', aliases: ['水桶', '桶'], unit: '个' }),
    testProduct({ sku: 'DET', name: '清洁剂 5L', aliases: ['清洁剂'], unit: '桶' }),
  ];
}

describe('A heading before a colon is not part of its items', () => {
  it('keeps a product word of the heading out of items that name products of their own', () => {
    const engine = createDialogEngine({ products: bakeryShop() });
    const [turn] = talkTo(engine, ['店里下周的面包料：高筋面粉 10袋 白砂糖 4袋']);
    expect(lineQtys(turn)).toEqual([
      ['FL-HI', 10],
      ['SUGAR', 4],
    ]);
    expect(turn!.replies.join('\n')).not.toMatch(/没有/);
  });

  it('still lends the heading to items that name only a spec (正泰空开: 1P 10个 2P 5个)', () => {
    const engine = createDialogEngine({ products: breakerShop() });
    const [turn] = talkTo(engine, ['正泰空开：1P 10个 2P 5个']);
    expect(lineQtys(turn)).toEqual([
      ['B-1P', 10],
      ['B-2P', 5],
    ]);
  });

  it('reads every item of a delivery list whose heading holds a catalog word', () => {
    const engine = createDialogEngine({ products: cleaningShop() });
    const [turn, confirmed] = talkTo(engine, ['3号楼清洁要的：拖把 6把 水桶 4个', '确认']);
    expect(lineQtys(turn)).toEqual([
      ['MOP', 6],
      ['BKT', 4],
    ]);
    expect(confirmed!.order?.status).toBe('confirmed');
  });
});
