import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up linen counter: towels and bath towels of one brand in two colours. */
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

describe('An amount said first and then what it is', () => {
  it('names the product of a quantity that could not be placed', () => {
    const engine = createDialogEngine({ products: linenShop() });
    const [asked, named, confirmed] = talkTo(engine, ['毛巾白色 10条 还有5条', '5条的是浴巾 灰色', '确认']);
    expect(asked!.replies.join('\n')).toMatch(/5条/);
    expect(lineQtys(named)).toEqual([
      ['TW-W', 10],
      ['BT-G', 5],
    ]);
    expect(confirmed!.order?.status).toBe('confirmed');
    const [, said] = talkTo(engine, ['毛巾白色 10条 还有五条', '那五条是要浴巾 灰色的']);
    expect(lineQtys(said)).toEqual([
      ['TW-W', 10],
      ['BT-G', 5],
    ]);
  });

  it('is read the same where the catalog itself writes 是 (a brand 是德)', () => {
    const item = (sku: string, kind: string) =>
      testProduct({ sku, name: `是德 ${kind}`, brand: '是德', category: kind, aliases: [kind], unit: '台' });
    const engine = createDialogEngine({ products: [item('OS-1', '示波器'), item('MM-1', '万用表')] });
    const [, named] = talkTo(engine, ['示波器 1台 还有2台', '2台的是万用表']);
    expect(lineQtys(named)).toEqual([
      ['OS-1', 1],
      ['MM-1', 2],
    ]);
  });
});
