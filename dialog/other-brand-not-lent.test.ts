import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * 明月1.56绿膜 10副 万新1.56 20副: an item naming another brand than the line before it, with values that leave several
 * of that brand's products, is asked about — the value said for the other brand's line (绿膜) is never lent to it.
 * Said with 也 (万新的也来20副) it leans on that line, as before.
 */
function brandProduct(
  sku: string,
  brand: string,
  kind: string,
  specs: Record<string, string>,
  unit: string,
): Product {
  return testProduct({
    sku,
    name: `${brand}${kind} ${Object.values(specs).join(' ')}`,
    brand,
    category: kind,
    aliases: [kind],
    specs,
    unit,
  });
}

const trades = [
  {
    trade: 'cement',
    products: [
      brandProduct('HL-425-50', '海螺', '水泥', { 标号: '42.5', 包装: '50kg' }, '包'),
      brandProduct('HL-425-25', '海螺', '水泥', { 标号: '42.5', 包装: '25kg' }, '包'),
      brandProduct('HX-425-50', '华新', '水泥', { 标号: '42.5', 包装: '50kg' }, '包'),
      brandProduct('HX-425-25', '华新', '水泥', { 标号: '42.5', 包装: '25kg' }, '包'),
    ],
    first: '海螺42.5 50kg 20包',
    firstSku: 'HL-425-50',
    other: '华新42.5 10包',
    also: '华新的也来10包',
    alsoSku: 'HX-425-50',
  },
  {
    trade: 'motor oil',
    products: [
      brandProduct('MB-530-4', '美孚', '机油', { 粘度: '5W-30', 容量: '4L' }, '瓶'),
      brandProduct('MB-530-1', '美孚', '机油', { 粘度: '5W-30', 容量: '1L' }, '瓶'),
      brandProduct('KP-530-4', '壳牌', '机油', { 粘度: '5W-30', 容量: '4L' }, '瓶'),
      brandProduct('KP-530-1', '壳牌', '机油', { 粘度: '5W-30', 容量: '1L' }, '瓶'),
    ],
    first: '美孚5W-30 4L 6瓶',
    firstSku: 'MB-530-4',
    other: '壳牌5W-30 12瓶',
    also: '壳牌的也来12瓶',
    alsoSku: 'KP-530-4',
  },
  {
    trade: 'latex paint',
    products: [
      brandProduct('LB-W-5', '立邦', '乳胶漆', { 容量: '5L', 颜色: '白色' }, '桶'),
      brandProduct('LB-Y-5', '立邦', '乳胶漆', { 容量: '5L', 颜色: '米黄' }, '桶'),
      brandProduct('DLS-W-5', '多乐士', '乳胶漆', { 容量: '5L', 颜色: '白色' }, '桶'),
      brandProduct('DLS-Y-5', '多乐士', '乳胶漆', { 容量: '5L', 颜色: '米黄' }, '桶'),
    ],
    first: '立邦5L白色 3桶',
    firstSku: 'LB-W-5',
    other: '多乐士5L 2桶',
    also: '多乐士的也来2桶',
    alsoSku: 'DLS-W-5',
  },
];

describe("A value said for one brand's line", () => {
  for (const { trade, products, first, firstSku, other, also, alsoSku } of trades) {
    describe(`(${trade})`, () => {
      const engine = createDialogEngine({ products });

      it('is not lent to an item of another brand said after it, in the same message: that one is asked', () => {
        const [turn, confirmed] = talkTo(engine, [`${first} ${other}`, '确认']);
        expect(lineQtys(turn)).toEqual([[firstSku, Number(/(\d+)\D*$/.exec(first)![1])]]);
        expect(turn!.replies.join('\n')).toMatch(/要哪/);
        expect(confirmed!.order?.status).not.toBe('confirmed');
      });

      it('is not lent to it in the next message either', () => {
        const [, turn, confirmed] = talkTo(engine, [first, other, '确认']);
        expect(lineQtys(turn)).toHaveLength(1);
        expect(confirmed!.order?.status).not.toBe('confirmed');
      });

      it('is lent when the other brand is said with 也', () => {
        const [, turn] = talkTo(engine, [first, also]);
        expect(lineQtys(turn).map(([sku]) => sku)).toEqual([firstSku, alsoSku]);
      });
    });
  }
});
