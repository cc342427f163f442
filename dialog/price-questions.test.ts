import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up stone yard: granite slabs by the 片 (箱 of 4), kerbs by the 米. */
function stoneYard(): Product[] {
  return [
    testProduct({
      sku: 'SLAB',
      name: '芝麻灰花岗岩板',
      aliases: ['芝麻灰'],
      specs: { 规格: '600*600' },
      unit: '片',
      conversions: { 箱: 4 },
    }),
    testProduct({ sku: 'KERB', name: '花岗岩路沿石', aliases: ['路沿石'], unit: '米' }),
  ];
}

const engine = createDialogEngine({ products: stoneYard() });

describe('the unit a price is asked in', () => {
  it('orders nothing: 多少钱一箱 and 一米多少钱 ask a price', () => {
    for (const form of ['芝麻灰600的多少钱一箱', '路沿石一米多少钱', '芝麻灰 什么价一片']) {
      const [turn] = talkTo(engine, [form]);
      expect([form, lineQtys(turn)]).toEqual([form, []]);
    }
  });

  it('still orders the quantity said beside the price question', () => {
    const [turn] = talkTo(engine, ['芝麻灰多少钱一片 来40片']);
    expect(lineQtys(turn)).toEqual([['SLAB', 40]]);
  });
});
