import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up children's-wear stall: one T-shirt in the sizes 110, 120 and 130, written under the attribute 码. */
function kidsWear(): Product[] {
  return ['110', '120', '130'].map((size) =>
    testProduct({
      sku: `TX-${size}`,
      name: '纯棉儿童T恤',
      aliases: ['儿童T恤', '童T'],
      specs: { 码: size },
      unit: '件',
    }),
  );
}

/** A made-up hat wholesaler: a cotton cap by head size under 号 (56, 58, 60). */
function hatShop(): Product[] {
  return ['56', '58', '60'].map((size) =>
    testProduct({
      sku: `BQM-${size}`,
      name: '纯棉棒球帽',
      aliases: ['棒球帽', '帽子'],
      specs: { 号: size },
      unit: '顶',
    }),
  );
}

/** A made-up ribbon counter: ribbons by width under 码 and sold by the 码 (yard) too — there 三十码 is an amount. */
function ribbonShop(): Product[] {
  return ['10', '20'].map((width) =>
    testProduct({
      sku: `SD-${width}`,
      name: '涤纶丝带',
      aliases: ['丝带'],
      specs: { 码: width },
      unit: '码',
    }),
  );
}

describe('a Chinese numeral before the one character that names an attribute', () => {
  const kids = createDialogEngine({ products: kidsWear() });
  const hats = createDialogEngine({ products: hatShop() });
  const ribbons = createDialogEngine({ products: ribbonShop() });

  it('is that attribute’s value, each with its own amount', () => {
    const turns = talkTo(kids, ['儿童T恤 一百一十码 五十件 一百二十码 三十件', '确认']);
    expect(lineQtys(turns[0])).toEqual([
      ['TX-110', 50],
      ['TX-120', 30],
    ]);
    expect(turns[1]!.order?.status).toBe('confirmed');
  });

  it('holds in another trade', () => {
    expect(lineQtys(talkTo(hats, ['棒球帽 五十八号 20顶'])[0])).toEqual([['BQM-58', 20]]);
  });

  it('stays an amount where the character is a unit the shop sells in', () => {
    const turns = talkTo(ribbons, ['丝带 二十码']);
    expect(lineQtys(turns[0])).not.toEqual([['SD-20', 1]]);
  });
});
