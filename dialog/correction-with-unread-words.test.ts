import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * 不对 明月的是1.60绿膜 六百度以内的: a correction holding words the engine cannot read, whose read words leave
 * several products, asks which — it never settles on the one that keeps the old line's other values, for the
 * unread words may be about just those.
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
    trade: 'screws',
    products: [
      product('ZG-M4-DX', '自攻螺丝', { 规格: 'M4', 表面: '镀锌' }, '盒'),
      product('ZG-M4-FH', '自攻螺丝', { 规格: 'M4', 表面: '发黑' }, '盒'),
      product('ZG-M5-DX', '自攻螺丝', { 规格: 'M5', 表面: '镀锌' }, '盒'),
      product('ZG-M5-FH', '自攻螺丝', { 规格: 'M5', 表面: '发黑' }, '盒'),
      product('PZ-M8', '膨胀螺丝', { 规格: 'M8' }, '盒'),
    ],
    order: '自攻螺丝M4 镀锌 10盒 膨胀螺丝M8 5盒',
    correction: '不对 自攻的是M5 牙距细的',
    kept: 'ZG-M5-DX',
  },
  {
    trade: 'rice',
    products: [
      product('DM-CL-10', '大米', { 品种: '长粒香', 包装: '10kg' }, '袋'),
      product('DM-CL-25', '大米', { 品种: '长粒香', 包装: '25kg' }, '袋'),
      product('DM-DH-25', '大米', { 品种: '稻花香', 包装: '25kg' }, '袋'),
      product('MF-25', '面粉', { 包装: '25kg' }, '袋'),
    ],
    order: '大米 长粒香 10kg 5袋 面粉 5袋',
    correction: '不对 大米是25kg的 今年新收那批',
    kept: 'DM-CL-25',
  },
  {
    trade: 'hoses',
    products: [
      product('SG-4-BL', '水管', { 口径: '4分', 颜色: '蓝色' }, '米'),
      product('SG-6-BL', '水管', { 口径: '6分', 颜色: '蓝色' }, '米'),
      product('SG-6-GR', '水管', { 口径: '6分', 颜色: '绿色' }, '米'),
      product('LT-4', '水龙头', { 口径: '4分' }, '个'),
    ],
    order: '水管4分 蓝色 50米 水龙头 2个',
    correction: '不对 水管是6分的 加厚防冻那款',
    kept: 'SG-6-BL',
  },
];

describe('A correction with words that are not read', () => {
  for (const { trade, products, order, correction, kept } of trades) {
    describe(`(${trade})`, () => {
      const engine = createDialogEngine({ products });

      it("asks which, never keeping the old line's other values", () => {
        const [first, turn, confirmed] = talkTo(engine, [order, correction, '确认']);
        expect(lineQtys(first)).toHaveLength(2);
        expect(lineQtys(turn).map(([sku]) => sku)).not.toContain(kept);
        expect(confirmed!.order?.status).not.toBe('confirmed');
      });

      it('is settled by the read words alone when they are all there is', () => {
        const plain = correction.split(' ').slice(0, 2).join(' ');
        const [, turn] = talkTo(engine, [order, plain]);
        expect(lineQtys(turn).map(([sku]) => sku)).toContain(kept);
      });
    });
  }
});
