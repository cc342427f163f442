import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up linen counter: towels and bath towels of one brand in two colours, the colour part of each name. */
function linenShop(): Product[] {
  const item = (sku: string, kind: string, colour: string) =>
    testProduct({
      sku,
      name: `洁丽雅 ${kind} ${colour}`,
      brand: '洁丽雅',
      category: kind,
      aliases: [kind],
      specs: { 颜色: colour },
      unit: '条',
    });
  return [
    item('TW-W', '毛巾', '白色'),
    item('TW-G', '毛巾', '灰色'),
    item('BT-W', '浴巾', '白色'),
    item('BT-G', '浴巾', '灰色'),
  ];
}

describe('An answer in parts, each naming its product', () => {
  it('gives each part to the question about the product it names', () => {
    const engine = createDialogEngine({ products: linenShop() });
    const [, answered] = talkTo(engine, ['毛巾 20条 浴巾 10条', '毛巾要白色 浴巾要灰色']);
    expect(lineQtys(answered)).toEqual([
      ['TW-W', 20],
      ['BT-G', 10],
    ]);
    const [, without] = talkTo(engine, ['毛巾 20条 浴巾 10条', '浴巾白色 毛巾灰色']);
    expect(lineQtys(without).sort()).toEqual([
      ['BT-W', 10],
      ['TW-G', 20],
    ]);
  });
});
