import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up art-supplies counter: masking tape in one width only, sponge rollers by size. */
function artShop(): Product[] {
  return [
    testProduct({
      sku: 'TAPE-24',
      name: '美纹纸',
      aliases: ['美纹胶带'],
      specs: { 宽度: '24mm' },
      unit: '卷',
    }),
    testProduct({ sku: 'ROLL-4', name: '海绵滚筒', aliases: ['滚筒'], specs: { 尺寸: '4寸' }, unit: '个' }),
    testProduct({ sku: 'ROLL-9', name: '海绵滚筒', aliases: ['滚筒'], specs: { 尺寸: '9寸' }, unit: '个' }),
  ];
}

/** A made-up knitting-yarn counter: one milk-cotton ply, ice-thread yarn in two plies, crochet hooks. */
function yarnShop(): Product[] {
  const yarn = (sku: string, name: string, ply: string) =>
    testProduct({ sku, name, aliases: ['毛线'], specs: { 股数: ply }, unit: '团' });
  return [
    yarn('MC-5', '牛奶棉毛线', '5股'),
    yarn('BT-3', '冰条线', '3股'),
    yarn('BT-8', '冰条线', '8股'),
    testProduct({ sku: 'HOOK', name: '钩针', aliases: ['毛衣针'], unit: '支' }),
  ];
}

/** A made-up bakery-supplies counter: one mould size of paper cups, flour by the bag. */
function bakeryShop(): Product[] {
  return [
    testProduct({ sku: 'CUP-5', name: '蛋糕纸杯', aliases: ['纸杯'], specs: { 尺寸: '5cm' }, unit: '包' }),
    testProduct({ sku: 'FL-25', name: '高筋面粉', aliases: ['面粉'], specs: { 规格: '25kg' }, unit: '袋' }),
  ];
}

const status = (turn: { order: { status: string } | null } | undefined) => turn?.order?.status ?? 'none';

describe('an offer of the closest product, gone past by ordering on', () => {
  it('is asked about at the confirmation instead of confirming the order without the item', () => {
    const cases: [() => Product[], string[]][] = [
      [artShop, ['美纹纸 48mm 10卷', '滚筒 9寸 5个', '确认']],
      [yarnShop, ['牛奶棉毛线 8股 3团', '钩针 20支', '确认']],
      [bakeryShop, ['蛋糕纸杯 7cm 10包', '面粉 25kg 2袋', '确认']],
    ];
    for (const [shop, said] of cases) {
      const turns = talkTo(createDialogEngine({ products: shop() }), said);
      expect([said[0], turns[0]!.replies.join('')]).toEqual([
        said[0],
        expect.stringContaining('没有完全对得上'),
      ]);
      expect([said[0], status(turns[2])]).toEqual([said[0], 'draft']);
      expect(turns[2]!.replies.join('')).toContain('还有一项没对上');
    }
  });

  it('takes the one offered product at its amount on a yes to that question', () => {
    const turns = talkTo(createDialogEngine({ products: yarnShop() }), [
      '牛奶棉毛线 8股 3团',
      '钩针 20支',
      '确认',
      '好的',
      '确认',
    ]);
    expect(status(turns[4])).toBe('confirmed');
    expect(lineQtys(turns[4])).toEqual(
      expect.arrayContaining([
        ['HOOK', 20],
        ['BT-8', 3],
      ]),
    );
  });

  it('confirms without it once the customer lets it go', () => {
    const turns = talkTo(createDialogEngine({ products: bakeryShop() }), [
      '蛋糕纸杯 7cm 10包',
      '面粉 25kg 2袋',
      '确认',
      '不要了',
      '确认',
    ]);
    expect(status(turns[4])).toBe('confirmed');
    expect(lineQtys(turns[4])).toEqual([['FL-25', 2]]);
  });

  it('is let go when the customer said no to it before ordering on', () => {
    const turns = talkTo(createDialogEngine({ products: artShop() }), [
      '美纹纸 48mm 10卷',
      '不要',
      '滚筒 9寸 5个',
      '确认',
    ]);
    expect(status(turns[3])).toBe('confirmed');
    expect(lineQtys(turns[3])).toEqual([['ROLL-9', 5]]);
  });
});
