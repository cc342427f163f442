import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * 100的不要了 with a 盖板 100 and a 桥架 100*50 on the draft: a number alone that one line holds as a value and another
 * as a side of its size names both lines — which one goes is asked, and the next message answers.
 */
function product(sku: string, name: string, specs: Record<string, string>, unit: string): Product {
  return testProduct({
    sku,
    name: `${name} ${Object.values(specs).join(' ')}`,
    aliases: [name],
    category: name,
    specs,
    unit,
  });
}

const trades = [
  {
    trade: 'ducting',
    products: [
      product('FG-200', '风管', { 规格: '200*100' }, '节'),
      product('FG-300', '风管', { 规格: '300*150' }, '节'),
      product('FK-200', '风口', { 宽度: '200mm' }, '个'),
      product('FK-300', '风口', { 宽度: '300mm' }, '个'),
    ],
    order: '风管200*100 20节 风口200的 10个',
    removal: '200的不要了',
    answer: '风口不要 风管留着',
    kept: ['FG-200', 20],
  },
  {
    trade: 'timber',
    products: [
      product('MF-40', '木方', { 规格: '40*60' }, '根'),
      product('MF-50', '木方', { 规格: '50*70' }, '根'),
      product('TJ-40', '踢脚线', { 高度: '40' }, '根'),
      product('TJ-80', '踢脚线', { 高度: '80' }, '根'),
    ],
    order: '木方40*60 100根 踢脚线40的 30根',
    removal: '40的不要了',
    answer: '踢脚线不要 木方留着',
    kept: ['MF-40', 100],
  },
  {
    trade: 'shelving',
    products: [
      product('LZ-60', '立柱', { 规格: '60*30' }, '根'),
      product('LZ-80', '立柱', { 规格: '80*40' }, '根'),
      product('CB-60', '层板', { 深度: '60' }, '块'),
      product('CB-40', '层板', { 深度: '40' }, '块'),
    ],
    order: '立柱60*30 40根 层板60的 80块',
    removal: '60的不要了',
    answer: '层板不要 立柱留着',
    kept: ['LZ-60', 40],
  },
];

describe('A removal by a number two lines hold', () => {
  for (const { trade, products, order, removal, answer, kept } of trades) {
    describe(`(${trade})`, () => {
      const engine = createDialogEngine({ products });

      it('asks which line goes; the answer takes off the one named', () => {
        const [first, asked, answered, confirmed] = talkTo(engine, [order, removal, answer, '确认']);
        expect(lineQtys(first)).toHaveLength(2);
        expect(lineQtys(asked)).toHaveLength(2);
        expect(asked!.replies.join('')).toMatch(/哪/);
        expect(lineQtys(answered)).toEqual([kept]);
        expect(confirmed!.order?.status).toBe('confirmed');
      });
    });
  }
});
