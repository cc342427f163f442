import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up rice counter: northeast rice from two brands by the 袋, the first short. */
function riceShop(): Product[] {
  return [
    testProduct({
      sku: 'RICE-A',
      name: '五常大米 10kg',
      brand: '稻花香',
      aliases: ['大米'],
      unit: '袋',
      stock: 12,
    }),
    testProduct({ sku: 'RICE-B', name: '五常大米 10kg', brand: '柴火', aliases: ['大米'], unit: '袋' }),
  ];
}

/** A made-up tile counter: polished tiles in two colours by the 片, 米白 short. */
function tileShop(): Product[] {
  return ['米白', '米黄'].map((colour, k) =>
    testProduct({
      sku: `PG-${k}`,
      name: '抛光砖 600*600',
      aliases: ['抛光砖', '瓷砖'],
      specs: { 颜色: colour },
      unit: '片',
      stock: k === 0 ? 50 : 500,
    }),
  );
}

describe('the rest made up with another product (剩下的拿X凑) after a short stock', () => {
  it('takes what there is and the rest of the other brand', () => {
    const engine = createDialogEngine({ products: riceShop() });
    const turns = talkTo(engine, ['稻花香大米 20袋', '不够的话 剩下的拿柴火米凑', '确认']);
    expect(lineQtys(turns[2])).toEqual([
      ['RICE-A', 12],
      ['RICE-B', 8],
    ]);
  });

  it('takes the rest in the other colour', () => {
    const engine = createDialogEngine({ products: tileShop() });
    const turns = talkTo(engine, ['米白抛光砖 80片', '剩下的拿米黄砖凑', '确认']);
    expect(lineQtys(turns[2])).toEqual([
      ['PG-0', 50],
      ['PG-1', 30],
    ]);
  });
});
