import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up power-tool counter: drills by the 台, drill bits by the 盒; no chargers, no cases. */
function drillShop(): Product[] {
  return [
    testProduct({ sku: 'DR-12', name: '东成 电钻 12V', brand: '东成', aliases: ['电钻'], unit: '台' }),
    testProduct({ sku: 'BIT-HSS', name: '麻花钻头 套装', aliases: ['钻头'], unit: '盒' }),
  ];
}

/** A made-up tea counter: pu'er cakes by the 饼 (提 of 7), tea cups by the 个; no saucers. */
function teaShop(): Product[] {
  return [
    testProduct({
      sku: 'PE-357',
      name: '勐海 普洱茶饼 357g',
      brand: '勐海',
      aliases: ['茶饼', '普洱'],
      unit: '饼',
      conversions: { 提: 7 },
    }),
    testProduct({ sku: 'CUP-W', name: '白瓷 品茗杯', aliases: ['茶杯'], unit: '个' }),
  ];
}

/** A made-up phone-accessory counter: chargers by the 个, cables by the 条 (盒 of 10); no pouches. */
function phoneShop(): Product[] {
  return [
    testProduct({ sku: 'CH-20W', name: '绿联 充电头 20W', brand: '绿联', aliases: ['充电头'], unit: '个' }),
    testProduct({
      sku: 'CB-C1',
      name: '绿联 数据线 1米',
      brand: '绿联',
      aliases: ['数据线'],
      unit: '条',
      conversions: { 盒: 10 },
    }),
  ];
}

describe('a thing the shop lacks, said of a product it sells (螺蛳粉的酸笋), is never that product', () => {
  it('orders no drill for the charger of a drill', () => {
    const engine = createDialogEngine({ products: drillShop() });
    const turns = talkTo(engine, ['有电钻的充电器吗 要两个', '确认']);
    expect(lineQtys(turns[0])).toEqual([]);
    expect(turns[1]!.order?.status).not.toBe('confirmed');
  });

  it('orders no tea cup for the saucer of tea cups', () => {
    const engine = createDialogEngine({ products: teaShop() });
    const turns = talkTo(engine, ['有茶杯的杯托卖吗 拿20个', '确认']);
    expect(lineQtys(turns[0])).toEqual([]);
    expect(turns[1]!.order?.status).not.toBe('confirmed');
  });

  it('takes what the customer said to take when it is not sold', () => {
    const engine = createDialogEngine({ products: phoneShop() });
    const turns = talkTo(engine, ['有充电头的收纳袋吗 要3个 没有的话就拿两盒数据线', '确认']);
    expect(lineQtys(turns[1])).toEqual([['CB-C1', 20]]);
    expect(turns[1]!.order?.status).toBe('confirmed');
  });

  it('still reads a product said with its own words after 的', () => {
    const engine = createDialogEngine({ products: teaShop() });
    const turns = talkTo(engine, ['勐海的茶饼 来2提', '确认']);
    expect(lineQtys(turns[1])).toEqual([['PE-357', 14]]);
  });
});
