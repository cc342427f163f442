import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** Made-up counters of two trades: bubble-tea supplies and a music shop, with little in stock. */
function shops(): Product[] {
  return [
    testProduct({
      sku: 'ZZ-HT',
      name: '台湾黑糖珍珠粉圆',
      category: '珍珠',
      specs: { 规格: '1kg' },
      unit: '包',
      conversions: { 箱: 12 },
      stock: 8,
    }),
    testProduct({
      sku: 'GT-MY',
      name: '雅马哈民谣吉他',
      brand: '雅马哈',
      category: '吉他',
      specs: { 尺寸: '41寸' },
      unit: '把',
      stock: 3,
    }),
  ];
}

describe('An answer about what is left of the product asked about', () => {
  it('takes 那剩的8包都要了 as that amount of the one product offered (bubble tea)', () => {
    const engine = createDialogEngine({ products: shops() });
    const turns = talkTo(engine, ['珍珠粉圆 10包', '那剩的8包都要了', '确认']);
    expect(lineQtys(turns[1])).toEqual([['ZZ-HT', 8]]);
    expect(turns[2]!.order?.status).toBe('confirmed');
  });

  it('takes 剩下的3把 as that amount of the one product offered (music shop)', () => {
    const engine = createDialogEngine({ products: shops() });
    const turns = talkTo(engine, ['雅马哈41寸民遥 5把', '剩下的3把都要了']);
    expect(lineQtys(turns[1])).toEqual([['GT-MY', 3]]);
  });
});
