import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up milk-tea supplies counter: syrup and pearls, sold by the 箱. */
function milkTeaSupplies(): Product[] {
  return [
    testProduct({ sku: 'SYRUP', name: '果糖 2.5kg', aliases: ['果糖'], unit: '箱' }),
    testProduct({ sku: 'PEARL', name: '黑糖珍珠 1kg', aliases: ['珍珠', '黑糖珍珠'], unit: '箱' }),
  ];
}

/** A made-up party-supplies counter: balloons and candles, sold by the 包. */
function partySupplies(): Product[] {
  return [
    testProduct({ sku: 'BALLOON', name: '乳胶气球 12寸', aliases: ['气球'], unit: '包' }),
    testProduct({ sku: 'CANDLE', name: '数字蜡烛', aliases: ['蜡烛'], unit: '包' }),
  ];
}

/** A made-up school-canteen supplier: rice and flour, sold by the 袋. */
function canteenSupplier(): Product[] {
  return [
    testProduct({ sku: 'RICE', name: '东北大米 25kg', aliases: ['大米'], unit: '袋' }),
    testProduct({ sku: 'FLOUR', name: '高筋面粉 25kg', aliases: ['面粉'], unit: '袋' }),
  ];
}

describe('A quantity stays with its own item', () => {
  it('keeps the quantity of a product named between stop characters (可口可乐) on that product, never the next', () => {
    for (const [products, next, sku] of [
      [milkTeaSupplies(), '果糖', 'SYRUP'],
      [partySupplies(), '气球', 'BALLOON'],
      [canteenSupplier(), '大米', 'RICE'],
    ] as const) {
      const engine = createDialogEngine({ products: [...products] });
      const [first] = talkTo(engine, [
        `可口可乐要10箱 ${next}2${sku === 'SYRUP' ? '箱' : sku === 'BALLOON' ? '包' : '袋'}`,
      ]);
      expect(first?.replies.join('\n')).toContain('可口可乐');
      expect(lineQtys(first)).toEqual([[sku, 2]]);
    }
  });
});
