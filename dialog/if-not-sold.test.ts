import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up paint shop: 立邦 emulsion by line, by the 桶; no diatom mud. */
function paintShop(): Product[] {
  return ['净味', '抗甲醛'].map((line) =>
    testProduct({
      sku: `NP-${line}`,
      name: `立邦${line}乳胶漆`,
      brand: '立邦',
      aliases: ['乳胶漆'],
      specs: { 系列: line },
      unit: '桶',
    }),
  );
}

/** A made-up bedding shop: buckwheat and fibre pillows, by the 个; no memory foam. */
function pillowShop(): Product[] {
  return [
    testProduct({ sku: 'PL-BUCK', name: '荞麦枕芯', aliases: ['荞麦枕', '枕头'], unit: '个' }),
    testProduct({ sku: 'PL-FIBRE', name: '七孔纤维枕芯', aliases: ['纤维枕', '枕头'], unit: '个' }),
  ];
}

describe('an item said after 没有的话 is wanted only in place of the one before', () => {
  it('takes the alternative when the first is not sold', () => {
    const engine = createDialogEngine({ products: paintShop() });
    const turns = talkTo(engine, ['有硅藻泥吗 没有的话 立邦净味来5桶', '确认']);
    expect(lineQtys(turns[1])).toEqual([['NP-净味', 5]]);
    expect(turns[1]!.order?.status).toBe('confirmed');
  });

  it('takes the alternative said glued to 没有的话', () => {
    const engine = createDialogEngine({ products: pillowShop() });
    const turns = talkTo(engine, ['有蚕丝枕头吗 没有的话纤维枕来10个', '确认']);
    expect(lineQtys(turns[1])).toEqual([['PL-FIBRE', 10]]);
  });

  it('never orders the alternative when the first is sold', () => {
    const engine = createDialogEngine({ products: pillowShop() });
    const turns = talkTo(engine, ['有纤维枕吗 没有的话荞麦枕来20个']);
    expect(lineQtys(turns[0])).toEqual([]);
    expect(turns[0]!.replies.join('')).toContain('纤维');
  });
});
