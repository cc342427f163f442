import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * 来20 after "要多少根？", 那就20 after "只有20箱，先拿20箱可以吗？": a number said alone while the shop asks how many of
 * one product is that amount, in the product's unit — never a value "没有20的" — where no product of its family
 * holds the number as a value.
 */
function product(
  sku: string,
  name: string,
  specs: Record<string, string>,
  unit: string,
  stock = 1000,
): Product {
  return testProduct({
    sku,
    name: `${name} ${Object.values(specs).join(' ')}`,
    aliases: [name],
    category: name,
    specs,
    unit,
    stock,
  });
}

const trades = [
  {
    trade: 'PVC conduit',
    products: [
      product('XG-16', '穿线管', { 管径: '16mm' }, '根'),
      product('XG-25', '穿线管', { 管径: '25mm' }, '根'),
    ],
    asked: '16mm穿线管多少钱一根',
    sku: 'XG-16',
  },
  {
    trade: 'laundry powder',
    products: [
      product('XYF-3', '洗衣粉', { 规格: '3kg' }, '袋', 20),
      product('XYF-1', '洗衣粉', { 规格: '1kg' }, '袋'),
    ],
    asked: '洗衣粉3kg 30袋',
    sku: 'XYF-3',
  },
  {
    trade: 'notebooks',
    products: [
      product('BJB-A5', '笔记本', { 尺寸: 'A5' }, '本', 20),
      product('BJB-B5', '笔记本', { 尺寸: 'B5' }, '本'),
    ],
    asked: 'A5笔记本 50本',
    sku: 'BJB-A5',
  },
];

describe('A number said alone while the amount of one product is asked', () => {
  for (const { trade, products, asked, sku } of trades) {
    describe(`(${trade})`, () => {
      const engine = createDialogEngine({ products });

      it('is that amount, and a new item beside it is its own line', () => {
        const [, turn, confirmed] = talkTo(engine, [asked, '那就20', '确认']);
        expect(turn!.replies.join('')).not.toContain('没有');
        expect(lineQtys(turn)).toEqual([[sku, 20]]);
        expect(confirmed!.order?.status).toBe('confirmed');
        const other = products.find((p) => p.sku !== sku)!;
        const word = Object.values(other.specs)[0]!;
        const [, both] = talkTo(engine, [asked, `来20 再补10${other.unit}${word}的`]);
        expect(lineQtys(both)).toEqual([
          [sku, 20],
          [other.sku, 10],
        ]);
      });
    });
  }

  it('stays a value where the family holds it (25 of a 25mm conduit)', () => {
    const engine = createDialogEngine({ products: trades[0]!.products });
    const [, turn] = talkTo(engine, ['穿线管 30根', '25的']);
    expect(lineQtys(turn)).toEqual([['XG-25', 30]]);
  });
});
