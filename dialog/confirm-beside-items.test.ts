import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** Made-up counters of two trades: a music shop and a bubble-tea supplier. */
function shops(): Product[] {
  return [
    testProduct({ sku: 'GT-MY', name: '民谣吉他', brand: '雅马哈', category: '吉他', unit: '把' }),
    testProduct({ sku: 'GT-GD', name: '古典吉他', brand: '雅马哈', category: '吉他', unit: '把' }),
    testProduct({ sku: 'XS-1', name: '吉他弦', brand: '达达里奥', category: '琴弦', unit: '套' }),
    testProduct({ sku: 'ZZ-1', name: '黑糖珍珠', category: '珍珠', specs: { 规格: '1kg' }, unit: '包' }),
    testProduct({ sku: 'GJ-1', name: '芒果果酱', category: '果酱', specs: { 规格: '2.5kg' }, unit: '瓶' }),
  ];
}

describe('A confirmation said in the same message as something else', () => {
  it('confirms the order with the items the message placed as said before it (music shop)', () => {
    const engine = createDialogEngine({ products: shops() });
    const turns = talkTo(engine, ['老板在吗', '那给我拿吉他弦3套吧 确认']);
    expect(turns[1]!.order?.status).toBe('confirmed');
    expect(lineQtys(turns[1])).toEqual([['XS-1', 3]]);
  });

  it('confirms two items placed as said and a draft line before them (bubble tea)', () => {
    const engine = createDialogEngine({ products: shops() });
    const turns = talkTo(engine, ['芒果果酱 2瓶', '黑糖珍珠5包 确认']);
    expect(turns[1]!.order?.status).toBe('confirmed');
    expect(lineQtys(turns[1])).toEqual([
      ['GJ-1', 2],
      ['ZZ-1', 5],
    ]);
  });

  it('asks rather than confirms when an item of the message fits two products (music shop)', () => {
    const engine = createDialogEngine({ products: shops() });
    const turns = talkTo(engine, ['吉他弦 3套', '吉他2把 确认']);
    expect(turns[1]!.order?.status).not.toBe('confirmed');
  });

  it('does not confirm when an item of the message is not sold (bubble tea)', () => {
    const engine = createDialogEngine({ products: shops() });
    const turns = talkTo(engine, ['芒果果酱 2瓶', '椰果3包 确认']);
    expect(turns[1]!.order?.status).not.toBe('confirmed');
  });

  it('lets go of the item just refused when it is put off beside the confirmation (music shop)', () => {
    const engine = createDialogEngine({ products: shops() });
    const turns = talkTo(engine, ['要电子琴2台 再来吉他弦3套', '那电子琴就算了 确认']);
    expect(turns[0]!.replies.join('')).toContain('没有');
    expect(turns[1]!.order?.status).toBe('confirmed');
    expect(lineQtys(turns[1])).toEqual([['XS-1', 3]]);
  });
});
