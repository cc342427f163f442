import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';
import type { PastOrder } from './dialog-types.js';

/**
 * A reorder with a change per line (上次的X再来 A改成20 B照旧): each change edits the line its words name, and a line
 * said to stay (照旧 / 不变) stays as in the last order — the 照旧 of a line is no second reorder phrase, and the
 * words before it never become what another line is changed into.
 */
function kinds(sku: string, name: string, alias: string, unit: string): Product {
  return testProduct({ sku, name, aliases: [name, alias], category: alias, unit });
}

/** A made-up tyre counter: outer and inner tubes, both called 轮胎. */
function tyreShop(): Product[] {
  return [kinds('WT-16', '外胎', '轮胎', '条'), kinds('NT-16', '内胎', '轮胎', '条')];
}

/** A made-up carton counter: three- and five-layer cartons, both 纸箱. */
function cartonShop(): Product[] {
  return [kinds('ZX-3', '三层纸箱', '纸箱', '个'), kinds('ZX-5', '五层纸箱', '纸箱', '个')];
}

/** A made-up cosmetics-packaging counter: lotion and spray bottles, both 瓶子. */
function bottleShop(): Product[] {
  return [kinds('RY', '乳液瓶', '瓶子', '个'), kinds('PW', '喷雾瓶', '瓶子', '个')];
}

const trades = [
  {
    trade: 'tyres',
    shop: tyreShop,
    family: '轮胎',
    changed: '外胎',
    kept: '内胎',
    skus: ['WT-16', 'NT-16'],
    unit: '条',
  },
  {
    trade: 'cartons',
    shop: cartonShop,
    family: '纸箱',
    changed: '五层纸箱',
    kept: '三层纸箱',
    skus: ['ZX-5', 'ZX-3'],
    unit: '个',
  },
  {
    trade: 'cosmetics packaging',
    shop: bottleShop,
    family: '瓶子',
    changed: '喷雾瓶',
    kept: '乳液瓶',
    skus: ['PW', 'RY'],
    unit: '个',
  },
];

describe('A reorder with a change for one line and another line said to stay', () => {
  for (const { trade, shop, family, changed, kept, skus, unit } of trades) {
    describe(`(${trade})`, () => {
      const engine = createDialogEngine({ products: shop() });
      const [changedSku, keptSku] = skus as [string, string];
      const history: PastOrder[] = [
        {
          lines: [
            { sku: changedSku, qty: 10 },
            { sku: keptSku, qty: 6 },
          ],
        },
      ];
      const sorted = (t: Parameters<typeof lineQtys>[0]) => lineQtys(t).sort();

      it(`changes the line named and keeps the other (上次的${family}再来 … 照旧)`, () => {
        const [turn] = talkTo(engine, [`上次的${family}再来 ${changed}改成20${unit} ${kept}照旧`], {
          history,
        });
        expect(sorted(turn)).toEqual(
          [
            [changedSku, 20],
            [keptSku, 6],
          ].sort(),
        );
      });

      it('does the same for the whole last order (跟上次一样 … 照旧)', () => {
        const [turn] = talkTo(engine, [`跟上次一样 ${changed}改成20${unit} ${kept}照旧`], { history });
        expect(sorted(turn)).toEqual(
          [
            [changedSku, 20],
            [keptSku, 6],
          ].sort(),
        );
      });

      it('still reads 照旧 said alone as the whole last order', () => {
        const [turn] = talkTo(engine, ['照旧'], { history });
        expect(sorted(turn)).toEqual(
          [
            [changedSku, 10],
            [keptSku, 6],
          ].sort(),
        );
      });
    });
  }
});
