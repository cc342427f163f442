import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * 散装 / 散称 / 散卖 say one thing — sold loose, by weight — so where a family carries one of them, the others name
 * its loose product: 木耳散装 10斤 is the 散称 wood ear, never the 散装 dates of another family, nor "没有散装的木耳".
 */
function item(
  sku: string,
  name: string,
  category: string,
  packing: string,
  unit: string,
  conversions: Record<string, number> = {},
): Product {
  return testProduct({
    sku,
    name,
    category,
    aliases: [category],
    specs: { 包装: packing },
    unit,
    conversions,
  });
}

/** A made-up dried-goods counter: wood ear and dates, each loose and boxed, spelled loose two ways. */
function driedGoodsShop(): Product[] {
  return [
    item('MR-JIN', '东北黑木耳', '木耳', '散称', '斤', { 公斤: 2 }),
    item('MR-HE', '东北黑木耳礼盒', '木耳', '礼盒装', '盒'),
    item('HZ-JIN', '新疆红枣', '红枣', '散装', '斤', { 公斤: 2 }),
    item('HZ-DAI', '新疆红枣袋装', '红枣', '袋装500g', '袋'),
  ];
}

/** A made-up sweets counter: milk candy and melon seeds, loose and bagged. */
function sweetsShop(): Product[] {
  return [
    item('NT-JIN', '大白兔奶糖', '奶糖', '散称', '斤', { 公斤: 2 }),
    item('NT-DAI', '大白兔奶糖袋装', '奶糖', '袋装', '袋'),
    item('GZ-JIN', '洽洽瓜子', '瓜子', '散卖', '斤', { 公斤: 2 }),
    item('GZ-DAI', '洽洽瓜子袋装', '瓜子', '袋装', '袋'),
  ];
}

/** A made-up hardware counter: nails by weight and screws by the box, and loose. */
function nailShop(): Product[] {
  return [
    item('DZ-JIN', '圆钉', '钉子', '散装', '斤', { 公斤: 2 }),
    item('DZ-HE', '圆钉盒装', '钉子', '盒装', '盒'),
    item('LS-JIN', '自攻螺丝', '螺丝', '散称', '斤', { 公斤: 2 }),
    item('LS-HE', '自攻螺丝盒装', '螺丝', '盒装', '盒'),
  ];
}

describe('散装 / 散称 / 散卖 for the family that carries one of them', () => {
  const shops = { dried: driedGoodsShop(), sweets: sweetsShop(), nails: nailShop() };
  it.each([
    ['木耳散装 10斤', 'dried', [['MR-JIN', 10]]],
    ['红枣散称 5公斤', 'dried', [['HZ-JIN', 10]]],
    [
      '散装木耳 3斤 红枣散卖 4斤',
      'dried',
      [
        ['MR-JIN', 3],
        ['HZ-JIN', 4],
      ],
    ],
    ['奶糖散装 20斤', 'sweets', [['NT-JIN', 20]]],
    ['瓜子散称 10公斤', 'sweets', [['GZ-JIN', 20]]],
    ['螺丝散装 6斤', 'nails', [['LS-JIN', 6]]],
    ['钉子散称的 8斤', 'nails', [['DZ-JIN', 8]]],
  ] as const)('is its loose product (%s)', (message, shop, lines) => {
    const engine = createDialogEngine({ products: shops[shop] });
    const turns = talkTo(engine, [message, '确认']);
    expect(lineQtys(turns[0])).toEqual(lines);
    expect(turns[1]!.order?.status).toBe('confirmed');
  });
});
