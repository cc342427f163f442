import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * Made-up shops sold by a box and by the dozen: a glove wholesaler (a box of 120 pairs, a dozen of 12) and a
 * teaspoon stall (a box of 200, a dozen of 12). A box and half a dozen more (一箱再加半打, 一箱加半打) is one
 * amount of both parts, never the half dozen alone.
 */
function boxAndDozenShops(): Product[] {
  return [
    testProduct({
      sku: 'GLOVE-W',
      name: '线手套',
      specs: { 颜色: '白色' },
      unit: '双',
      conversions: { 箱: 120, 打: 12 },
    }),
    testProduct({
      sku: 'SPOON-S',
      name: '不锈钢小勺',
      unit: '把',
      conversions: { 箱: 200, 打: 12 },
    }),
  ];
}

const engine = createDialogEngine({ products: boxAndDozenShops() });

describe('a box and half a dozen more', () => {
  it('orders 126 pairs for 一箱再加半打', () => {
    const turns = talkTo(engine, ['白色线手套 一箱再加半打']);
    expect(lineQtys(turns[0])).toEqual([['GLOVE-W', 126]]);
  });

  it('orders 206 spoons for 一箱加半打', () => {
    const turns = talkTo(engine, ['不锈钢小勺 一箱加半打']);
    expect(lineQtys(turns[0])).toEqual([['SPOON-S', 206]]);
  });
});
