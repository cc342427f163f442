import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up fishing-tackle counter: rods, and a rod bag whose name holds the rod's word. */
function fishingShop(): Product[] {
  return [
    testProduct({ sku: 'ROD-36', name: '碳素鱼竿', aliases: ['鱼竿'], specs: { 长度: '3.6米' }, unit: '根' }),
    testProduct({ sku: 'BAG-R', name: '鱼竿收纳包', specs: { 规格: '1.2米' }, unit: '个' }),
  ];
}

/** A made-up tea counter: a tea by brand, and a tea tin whose name holds the tea's word. */
function teaShop(): Product[] {
  return [
    testProduct({ sku: 'TEA-LJ', name: '西湖龙井', brand: '狮峰', specs: { 等级: '特级' }, unit: '盒' }),
    testProduct({ sku: 'TIN-LJ', name: '龙井铁罐', specs: { 规格: '250g装' }, unit: '个' }),
  ];
}

/** A made-up drinks counter: one brand's noodles and water; no iced tea. */
function drinksShop(): Product[] {
  return [
    testProduct({ sku: 'NDL-HS', name: '红烧牛肉面', brand: '康师傅', specs: { 规格: '桶装' }, unit: '箱' }),
    testProduct({ sku: 'WTR-55', name: '矿物质水', brand: '康师傅', specs: { 容量: '550ml' }, unit: '箱' }),
  ];
}

const history = (lines: [string, number][]) => [{ lines: lines.map(([sku, qty]) => ({ sku, qty })) }];

/**
 * An edit's words name the line whose product holds all of them: a character no catalog word took (包 of 鱼竿包, 罐
 * of 龙井罐) that another line's name holds points at that line, never at the line named by the rest of the words;
 * words no line's product has (古典吉他, 冰红茶) name no line at all, so no line is changed by them.
 */
describe('An edit names the line that holds all its words', () => {
  it('adds to the bag, not the rod, for 鱼竿包多拿2个 (fishing)', () => {
    const [turn] = talkTo(createDialogEngine({ products: fishingShop() }), ['跟上次一样 鱼竿包多拿2个'], {
      history: history([
        ['ROD-36', 10],
        ['BAG-R', 10],
      ]),
    });
    expect(lineQtys(turn)).toEqual([
      ['ROD-36', 10],
      ['BAG-R', 12],
    ]);
  });

  it('adds to the tin, not the tea, for 龙井罐多拿5个 (tea)', () => {
    const [turn] = talkTo(createDialogEngine({ products: teaShop() }), ['上次那些再来一遍 龙井罐多拿5个'], {
      history: history([
        ['TEA-LJ', 20],
        ['TIN-LJ', 20],
      ]),
    });
    expect(lineQtys(turn)).toEqual([
      ['TEA-LJ', 20],
      ['TIN-LJ', 25],
    ]);
  });

  it('never adds a product the shop lacks to a line of the same brand (drinks)', () => {
    const turns = talkTo(createDialogEngine({ products: drinksShop() }), [
      '康师傅红烧牛肉面5箱 再来两箱康师傅的冰红茶',
      '确认',
    ]);
    expect(lineQtys(turns[0])).toEqual([['NDL-HS', 5]]);
    expect(turns[0]!.replies.join('')).not.toContain('→');
    expect(turns[1]!.order?.status).not.toBe('confirmed');
  });
});
