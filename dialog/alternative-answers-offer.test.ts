import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** Made-up counters of two trades: bubble-tea supplies (no cup sleeves, no syrup), a music shop (no straps). */
function shops(): Product[] {
  return [
    testProduct({
      sku: 'CUP-500',
      name: '奶茶杯',
      specs: { 容量: '500ml' },
      unit: '条',
      conversions: { 箱: 20 },
    }),
    testProduct({ sku: 'SUGAR', name: '果糖', unit: '瓶', conversions: { 箱: 6 } }),
    testProduct({ sku: 'UKE-23', name: '尤克里里', specs: { 尺寸: '23寸' }, unit: '把' }),
  ];
}

const engine = createDialogEngine({ products: shops() });

describe('an alternative said after 没有的话, for a thing said of a product the shop lacks', () => {
  it.each([
    ['有果糖的糖浆吗 要两箱 没有的话就拿两箱果糖', [['SUGAR', 12]]],
    ['有奶茶杯的杯套卖吗 要两箱 没有的话就拿一箱奶茶杯', [['CUP-500', 20]]],
    ['尤克里里的背带有吗 要3个 没有的话尤克里里来3把', [['UKE-23', 3]]],
  ])('takes the alternative and leaves nothing open in %s', (said, lines) => {
    const turns = talkTo(engine, [said, '确认']);
    expect(lineQtys(turns[1])).toEqual(lines);
    expect(turns[1]!.order?.status).toBe('confirmed');
  });
});
