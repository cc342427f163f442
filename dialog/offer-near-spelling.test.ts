import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** Made-up counters of two trades: bubble-tea supplies and musical instruments. */
function shops(): Product[] {
  return [
    testProduct({
      sku: 'ZZ-HT',
      name: '台湾黑糖珍珠粉圆',
      brand: '鲜活',
      category: '珍珠',
      specs: { 规格: '1kg' },
      unit: '包',
    }),
    testProduct({
      sku: 'NJ-1',
      name: '奶精粉',
      brand: '恋日',
      category: '奶精',
      specs: { 规格: '1kg' },
      unit: '袋',
    }),
    testProduct({
      sku: 'GT-MY',
      name: '雅马哈民谣吉他',
      brand: '雅马哈',
      category: '吉他',
      specs: { 尺寸: '41寸' },
      unit: '把',
    }),
    testProduct({
      sku: 'GT-GD',
      name: '雅马哈古典吉他',
      brand: '雅马哈',
      category: '吉他',
      specs: { 尺寸: '39寸' },
      unit: '把',
    }),
  ];
}

describe('A confirmation to the one product offered for words the catalog lacks', () => {
  it('takes it and confirms when the words are in its name in order (bubble tea)', () => {
    const engine = createDialogEngine({ products: shops() });
    const turns = talkTo(engine, ['珍珠粉圆 拿5包', '确认']);
    expect(turns[1]!.order?.status).toBe('confirmed');
    expect(lineQtys(turns[1])).toEqual([['ZZ-HT', 5]]);
  });

  it('takes it when a word of the name is typed with a character of the same sound (instruments)', () => {
    const engine = createDialogEngine({ products: shops() });
    const turns = talkTo(engine, ['雅马哈41寸民遥 2把', '确认']);
    expect(turns[1]!.order?.status).toBe('confirmed');
    expect(lineQtys(turns[1])).toEqual([['GT-MY', 2]]);
  });

  it('asks again when the offer rests on a brand and a bare number beside words its name lacks (instruments)', () => {
    const engine = createDialogEngine({ products: shops() });
    const turns = talkTo(engine, ['雅马哈39尤克里里 2把', '确认']);
    expect(turns[1]!.order).toBeNull();
    expect(turns[1]!.replies.join('')).toContain('尤克里里');
  });

  it('asks again when a word of the words said is another product kind (bubble tea: 奶茶粉 is no 奶精粉)', () => {
    const engine = createDialogEngine({ products: shops() });
    const turns = talkTo(engine, ['恋日1奶茶粉 3袋', '确认']);
    expect(turns[1]!.order).toBeNull();
  });
});
