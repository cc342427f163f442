import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up sundries counter: a paint in two can sizes, an umbrella in two lengths sold by the piece or the case. */
function sundriesShop(): Product[] {
  return [
    testProduct({ sku: 'YQ-1', name: '防锈油漆 1kg', aliases: ['油漆'], specs: { 规格: '1kg' }, unit: '桶' }),
    testProduct({ sku: 'YQ-3', name: '防锈油漆 3kg', aliases: ['油漆'], specs: { 规格: '3kg' }, unit: '桶' }),
    testProduct({
      sku: 'YS-60',
      name: '晴雨伞 60cm',
      aliases: ['雨伞'],
      specs: { 长度: '60cm' },
      unit: '把',
      conversions: { 箱: 20 },
    }),
    testProduct({
      sku: 'YS-70',
      name: '晴雨伞 70cm',
      aliases: ['雨伞'],
      specs: { 长度: '70cm' },
      unit: '把',
      conversions: { 箱: 20 },
    }),
  ];
}

const engine = createDialogEngine({ products: sundriesShop() });

describe('a count said right after the product words, its pack after it', () => {
  it.each([
    ['防锈油七桶 三公斤的', 'YQ-3', 7],
    ['晴雨三箱 七十公分的', 'YS-70', 60],
  ])('is the quantity, never a word that sounds like the numeral (%s)', (message, sku, quantity) => {
    const turns = talkTo(engine, [message, '确认']);
    expect(lineQtys(turns[0])).toEqual([[sku, quantity]]);
    expect(turns[1]!.order?.status).toBe('confirmed');
  });
});
