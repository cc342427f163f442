import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up instrument counter and a made-up heater counter. */
function shop(): Product[] {
  return [
    testProduct({ sku: 'GT-41', name: '民谣吉他', specs: { 尺寸: '41寸' }, unit: '把' }),
    testProduct({ sku: 'UK-21', name: '尤克里里', specs: { 尺寸: '21寸' }, unit: '把' }),
    testProduct({ sku: 'HEATER-2000W', name: '电暖器', specs: { 功率: '2000W' }, unit: '台' }),
  ];
}

const said = (text: string): string =>
  talkTo(createDialogEngine({ products: shop() }), [text])[0]!.replies.join('\n');

describe('a long clause beside small talk, in a message with no number', () => {
  it('is talk when it names no catalog word and orders nothing — never "…我们店里没有"', () => {
    expect(said('老板今天冷啊 这两天店里生意还行')).not.toContain('没有');
    expect(said('最近忙不忙 隔壁那条街又开了一家店')).not.toContain('没有');
  });

  it('leaves a product word asked about or said short beside a greeting: the shop lacks it', () => {
    expect(said('你好 暖风机有没有')).toContain('暖风机我们店里没有');
    expect(said('你好啊 暖风机')).toContain('暖风机我们店里没有');
    expect(said('今天冷啊 给我来点暖风机')).toContain('暖风机');
  });
});
