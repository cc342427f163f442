import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * X改成30 with a bare number: when no product of the line's family holds the number as a value, it is the line's new
 * amount (never "没有30的", and never lost when said beside a removal); when one does, it is that value, as before.
 */
function valued(sku: string, name: string, attribute: string, value: string, unit: string): Product {
  return testProduct({
    sku,
    name: `${name} ${value}`,
    aliases: [name],
    category: name,
    specs: { [attribute]: value },
    unit,
  });
}

const trades = [
  {
    trade: 'drinks',
    products: [
      valued('SD-YW', '苏打水', '口味', '原味', '箱'),
      valued('SD-NM', '苏打水', '口味', '柠檬', '箱'),
    ],
    order: '苏打水原味20箱 柠檬的10箱',
    edit: '柠檬的不要了 原味改成30',
    kept: 'SD-YW',
  },
  {
    trade: 'work gloves',
    products: [
      valued('DJ-BL', '丁腈手套', '颜色', '蓝色', '打'),
      valued('DJ-BK', '丁腈手套', '颜色', '黑色', '打'),
    ],
    order: '丁腈手套蓝色20打 黑色的10打',
    edit: '黑色的不要了 蓝色改成30',
    kept: 'DJ-BL',
  },
  {
    trade: 'inner tubes',
    products: [valued('NT-16', '内胎', '尺寸', '16寸', '条'), valued('NT-18', '内胎', '尺寸', '18寸', '条')],
    order: '内胎16寸20条 18寸的10条',
    edit: '18寸的不要了 16寸的改成30',
    kept: 'NT-16',
  },
];

describe('A change into a bare number', () => {
  for (const { trade, products, order, edit, kept } of trades) {
    describe(`(${trade})`, () => {
      const engine = createDialogEngine({ products });

      it('is the amount of the line named when the family holds no such value, beside a removal too', () => {
        const turns = talkTo(engine, [order, edit, '确认']);
        expect(turns[1]!.replies.join('')).not.toContain('没有');
        expect(lineQtys(turns[1])).toEqual([[kept, 30]]);
        expect(turns[2]!.order?.status).toBe('confirmed');
      });
    });
  }

  it('stays a value when the family holds it (16寸的改成18 → the 18-inch tube)', () => {
    const engine = createDialogEngine({ products: trades[2]!.products });
    const turns = talkTo(engine, ['内胎16寸20条', '16寸的改成18']);
    expect(lineQtys(turns[1])).toEqual([['NT-18', 20]]);
  });
});
