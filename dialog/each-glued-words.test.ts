import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up children's shoe counter: canvas shoes by 尺码 in age ranges, each size also called 小童/中童/大童鞋. */
function kidsShoeShop(): Product[] {
  return [
    ['S', '24-27码', '小童鞋'],
    ['M', '28-31码', '中童鞋'],
    ['L', '32-35码', '大童鞋'],
  ].map(([code, size, alias]) =>
    testProduct({
      sku: `KS-${code}`,
      name: '儿童帆布鞋',
      aliases: ['童鞋', '帆布鞋', alias!],
      specs: { 尺码: size!, 颜色: '白色' },
      unit: '双',
    }),
  );
}

/** A made-up cleaning-supply counter: rubber gloves by size, each size also called by its own name. */
function gloveShop(): Product[] {
  return [
    ['S', '7寸', '小号手套'],
    ['M', '8寸', '中号手套'],
    ['L', '9寸', '大号手套'],
  ].map(([code, size, alias]) =>
    testProduct({
      sku: `RG-${code}`,
      name: '加厚橡胶手套',
      aliases: ['橡胶手套', '胶手套', alias!],
      specs: { 尺寸: size! },
      unit: '双',
      conversions: { 打: 12 },
    }),
  );
}

describe('各 over words said glued together, each a word of the catalog', () => {
  it('reads 小童中童大童 as the three sizes called so', () => {
    const engine = createDialogEngine({ products: kidsShoeShop() });
    const [turn] = talkTo(engine, ['童鞋白色 小童中童大童各10双']);
    expect(lineQtys(turn)).toEqual([
      ['KS-S', 10],
      ['KS-M', 10],
      ['KS-L', 10],
    ]);
  });

  it('reads 大号中号 as the two sizes called so', () => {
    const engine = createDialogEngine({ products: gloveShop() });
    const [turn] = talkTo(engine, ['胶手套 大号中号各5打']);
    expect(lineQtys(turn)).toEqual([
      ['RG-L', 60],
      ['RG-M', 60],
    ]);
  });
});
