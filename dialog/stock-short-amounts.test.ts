import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up badminton counter: one shuttle from two brands, the first short. */
function shuttleShop(): Product[] {
  return [
    testProduct({
      sku: 'SH-YSL-7',
      name: '亚狮龙羽毛球 7号',
      brand: '亚狮龙',
      aliases: ['羽毛球'],
      specs: { 型号: '7号' },
      unit: '筒',
      stock: 6,
    }),
    testProduct({
      sku: 'SH-LN-7',
      name: '李宁羽毛球 7号',
      brand: '李宁',
      aliases: ['羽毛球'],
      specs: { 型号: '7号' },
      unit: '筒',
    }),
  ];
}

/** A made-up guitar-string counter: one string set in two gauges, the 010 short. */
function stringShop(): Product[] {
  const strings = (sku: string, gauge: string, stock: number) =>
    testProduct({
      sku,
      name: `达达里奥民谣吉他弦 ${gauge}`,
      brand: '达达里奥',
      aliases: ['吉他弦'],
      specs: { 规格: gauge },
      unit: '套',
      stock,
    });
  return [strings('GS-010', '010-047', 30), strings('GS-012', '012-053', 1000)];
}

/** A made-up aquarium counter: nitrifying bacteria in two bottle sizes, the 500ml short. */
function aquariumShop(): Product[] {
  const bottle = (sku: string, volume: string, stock: number) =>
    testProduct({
      sku,
      name: `百因美硝化细菌 ${volume}`,
      brand: '百因美',
      aliases: ['硝化细菌'],
      specs: { 容量: volume },
      unit: '瓶',
      stock,
    });
  return [bottle('AQ-500', '500ml', 5), bottle('AQ-1000', '1000ml', 1000)];
}

describe('An answer to "only N left" that takes what there is and the rest from another product', () => {
  it('gives the amount said with 先拿 to the short line and the amount said with the other product to that one', () => {
    const engine = createDialogEngine({ products: shuttleShop() });
    const turns = talkTo(engine, ['亚狮龙羽毛球 要15筒', '那6筒先拿着 其余的李宁羽毛球补9筒', '确认']);
    expect(turns[2]!.order?.status).toBe('confirmed');
    expect(lineQtys(turns[2]).sort()).toEqual([
      ['SH-LN-7', 9],
      ['SH-YSL-7', 6],
    ]);
  });

  it('reads an amount closed by 吧 as the answer and the sibling after it with its own amount as a new line', () => {
    const engine = createDialogEngine({ products: stringShop() });
    const turns = talkTo(engine, ['010吉他弦 要50套', '那就30套吧 再加012的20套', '确认']);
    expect(turns[2]!.order?.status).toBe('confirmed');
    expect(lineQtys(turns[2]).sort()).toEqual([
      ['GS-010', 30],
      ['GS-012', 20],
    ]);
  });

  it('keeps the amounts apart when the other product is a sibling named by the value that differs', () => {
    const engine = createDialogEngine({ products: aquariumShop() });
    const turns = talkTo(engine, ['500ml硝化细菌 要8瓶', '行 5瓶吧 再来1000ml的3瓶', '确认']);
    expect(turns[2]!.order?.status).toBe('confirmed');
    expect(lineQtys(turns[2]).sort()).toEqual([
      ['AQ-1000', 3],
      ['AQ-500', 5],
    ]);
  });

  it('never gives the short line the amount of the rest (其余 said before the product, 补 with its amount)', () => {
    const engine = createDialogEngine({ products: aquariumShop() });
    const turns = talkTo(engine, ['500ml硝化细菌 要8瓶', '先拿5瓶 其余的1000ml的补3瓶', '确认']);
    expect(lineQtys(turns[2]).sort()).toEqual([
      ['AQ-1000', 3],
      ['AQ-500', 5],
    ]);
  });
});
