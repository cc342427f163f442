import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * 全要了 / 有多少拿多少 / 有几X拿几X is all there is of the product it is said of: the one short of stock (先拿8双可以吗),
 * or, said right after a question about a product's stock (X还有多少 全要了), that product's stock on hand — in any
 * unit the shop sells by.
 */
function stocked(sku: string, name: string, unit: string, stock: number): Product {
  return testProduct({ sku, name, aliases: [name], unit, stock });
}

/** A made-up tyre counter: inner tubes by the piece, a few left of one size. */
function tyreShop(): Product[] {
  return [stocked('NT-16', '内胎16寸', '条', 7), stocked('NT-18', '内胎18寸', '条', 300)];
}

/** A made-up fertiliser counter: bags of urea and compound fertiliser. */
function fertiliserShop(): Product[] {
  return [stocked('UREA', '尿素', '袋', 12), stocked('NPK', '复合肥', '袋', 500)];
}

/** A made-up lamp-parts counter: lamp holders by the piece. */
function lampShop(): Product[] {
  return [stocked('E27', '灯头E27', '只', 30), stocked('E14', '灯头E14', '只', 400)];
}

const trades = [
  { trade: 'tyres', shop: tyreShop, word: '内胎16寸', sku: 'NT-16', unit: '条', stock: 7 },
  { trade: 'fertiliser', shop: fertiliserShop, word: '尿素', sku: 'UREA', unit: '袋', stock: 12 },
  { trade: 'lamp parts', shop: lampShop, word: '灯头E27', sku: 'E27', unit: '只', stock: 30 },
];

describe('Taking all there is', () => {
  for (const { trade, shop, word, sku, unit, stock } of trades) {
    describe(`(${trade})`, () => {
      const engine = createDialogEngine({ products: shop() });

      it(`takes the stock of the short line with 有几${unit}拿几${unit}, said with or without its words`, () => {
        for (const answer of [`有几${unit}拿几${unit}`, `${word}有几${unit}拿几${unit}`]) {
          const turns = talkTo(engine, [`${word} 100${unit}`, answer]);
          expect(lineQtys(turns[1])).toEqual([[sku, stock]]);
        }
      });

      it('takes the stock on hand when said after asking how many there are', () => {
        const turns = talkTo(engine, [`${word}还有多少 全要了`, '确认']);
        expect(lineQtys(turns[0])).toEqual([[sku, stock]]);
        expect(turns[1]!.order?.status).toBe('confirmed');
      });
    });
  }
});
