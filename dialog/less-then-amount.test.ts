import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';
import type { PastOrder } from './dialog-types.js';

/**
 * 还是上次那些 卷纸少要点 10提就行: 少要点 / 少拿点 followed by an amount sets the line to that amount (it is no
 * reduction by it, and no new line), beside a reorder as much as on a draft.
 */
function product(sku: string, name: string, unit: string): Product {
  return testProduct({ sku, name, aliases: [name.slice(-2)], category: name.slice(-2), unit });
}

const trades = [
  {
    trade: 'drinks',
    products: [product('PJ', '青岛啤酒', '箱'), product('XH', '雪花啤酒', '箱'), product('KL', '可乐', '箱')],
    last: { PJ: 20, KL: 10 },
    said: '还是上次那些 啤酒少要点 12箱就行',
    expected: [
      ['PJ', 12],
      ['KL', 10],
    ],
  },
  {
    trade: 'building sand and cement',
    products: [
      product('SN', '海螺水泥', '包'),
      product('HX', '华新水泥', '包'),
      product('SZ', '河沙沙子', '方'),
    ],
    last: { SN: 100, SZ: 5 },
    said: '照上次的来 水泥少拿点 60包就行',
    expected: [
      ['SN', 60],
      ['SZ', 5],
    ],
  },
  {
    trade: 'takeaway cups',
    products: [
      product('ZB', '加厚纸杯', '条'),
      product('ZB2', '普通纸杯', '条'),
      product('XG', '弯头吸管', '包'),
    ],
    last: { ZB: 50, XG: 20 },
    said: '跟上次一样 纸杯少拿一点 30条',
    expected: [
      ['ZB', 30],
      ['XG', 20],
    ],
  },
];

describe('少要点 with an amount', () => {
  for (const { trade, products, last, said, expected } of trades) {
    describe(`(${trade})`, () => {
      const engine = createDialogEngine({ products });
      const history: PastOrder[] = [{ lines: Object.entries(last).map(([sku, qty]) => ({ sku, qty })) }];

      it('sets the reordered line to the amount', () => {
        const [turn, confirmed] = talkTo(engine, [said, '确认'], { history });
        expect(lineQtys(turn)).toEqual(expected);
        expect(confirmed!.order?.status).toBe('confirmed');
      });

      it('sets a line of the draft to the amount', () => {
        const order = Object.entries(last)
          .map(
            ([sku, qty]) =>
              `${products.find((p) => p.sku === sku)!.name}${qty}${products.find((p) => p.sku === sku)!.unit}`,
          )
          .join(' ');
        const edit = said.split(' ').slice(1).join(' ');
        const [, turn] = talkTo(engine, [order, edit]);
        expect(lineQtys(turn)).toEqual(expected);
      });
    });
  }
});
