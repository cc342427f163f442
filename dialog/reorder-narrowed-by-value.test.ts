import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';
import type { PastOrder } from './dialog-types.js';

/**
 * 上次的X Y的再拿一箱: a reorder of an item, then a value of it ordered again with an amount, is the one product of
 * the last order the value narrows the item to, in that amount — the other lines of the item are not ordered again,
 * and the amount is not added on top of the reordered line.
 */
function valued(
  sku: string,
  name: string,
  attribute: string,
  value: string,
  unit: string,
  pack: string,
  per: number,
): Product {
  return testProduct({
    sku,
    name: `${name} ${value}`,
    aliases: [name],
    category: name,
    specs: { [attribute]: value },
    unit,
    conversions: { [pack]: per },
  });
}

const trades = [
  {
    trade: 'cartons',
    products: [
      valued('ZX-3', '纸箱', '层数', '三层', '个', '捆', 20),
      valued('ZX-5', '纸箱', '层数', '五层', '个', '捆', 20),
    ],
    word: '纸箱',
    value: '五层',
    pack: '捆',
    picked: 'ZX-5',
    per: 20,
  },
  {
    trade: 'inner tubes',
    products: [
      valued('NT-16', '内胎', '尺寸', '16寸', '条', '包', 10),
      valued('NT-18', '内胎', '尺寸', '18寸', '条', '包', 10),
    ],
    word: '内胎',
    value: '18寸',
    pack: '包',
    picked: 'NT-18',
    per: 10,
  },
  {
    trade: 'cosmetics bottles',
    products: [
      valued('RY-100', '乳液瓶', '容量', '100ml', '个', '箱', 100),
      valued('RY-200', '乳液瓶', '容量', '200ml', '个', '箱', 100),
    ],
    word: '乳液瓶',
    value: '200ml',
    pack: '箱',
    picked: 'RY-200',
    per: 100,
  },
];

describe('A reorder of an item narrowed by a value said after it', () => {
  for (const { trade, products, word, value, pack, picked, per } of trades) {
    describe(`(${trade})`, () => {
      const engine = createDialogEngine({ products });
      const history: PastOrder[] = [{ lines: products.map((p, i) => ({ sku: p.sku, qty: (i + 1) * per })) }];

      it('orders just that product, in the amount said', () => {
        const [turn] = talkTo(engine, [`上次的${word} ${value}的再拿一${pack}`], { history });
        expect(lineQtys(turn)).toEqual([[picked, per]]);
      });

      it('adds to the reordered line when its product word is said with 再加', () => {
        const [turn] = talkTo(engine, [`上次的${word}再来 ${word}${value}的再加一${pack}`], { history });
        expect(lineQtys(turn).sort()).toEqual(
          products.map((p, i) => [p.sku, (i + 1) * per + (p.sku === picked ? per : 0)]).sort(),
        );
      });
    });
  }
});
