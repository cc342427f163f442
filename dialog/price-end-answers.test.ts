import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** Made-up counters of two trades: guitar strings by brand, and tea-shop cups by brand at the same price. */
function shops(): Product[] {
  return [
    testProduct({
      sku: 'XS-DD',
      name: '达达里奥吉他弦',
      brand: '达达里奥',
      category: '吉他弦',
      unit: '套',
      priceFen: 4500,
    }),
    testProduct({
      sku: 'XS-EL',
      name: '伊利克斯吉他弦',
      brand: '伊利克斯',
      category: '吉他弦',
      unit: '套',
      priceFen: 9800,
    }),
    testProduct({
      sku: 'XS-AL',
      name: '奥丝达吉他弦',
      brand: '奥丝达',
      category: '吉他弦',
      unit: '套',
      priceFen: 6000,
    }),
    testProduct({
      sku: 'GQ-M10',
      name: '马丁钢琴弦',
      brand: '马丁',
      category: '钢琴弦',
      specs: { 规格: '010' },
      unit: '套',
      priceFen: 5000,
    }),
    testProduct({
      sku: 'GQ-M12',
      name: '马丁钢琴弦',
      brand: '马丁',
      category: '钢琴弦',
      specs: { 规格: '012' },
      unit: '套',
      priceFen: 5500,
    }),
    testProduct({
      sku: 'GQ-Y10',
      name: '雅马哈钢琴弦',
      brand: '雅马哈',
      category: '钢琴弦',
      specs: { 规格: '010' },
      unit: '套',
      priceFen: 7000,
    }),
    testProduct({
      sku: 'BZ-A',
      name: '金鹰奶茶杯',
      brand: '金鹰',
      category: '奶茶杯',
      unit: '条',
      priceFen: 1200,
    }),
    testProduct({
      sku: 'BZ-B',
      name: '华宇奶茶杯',
      brand: '华宇',
      category: '奶茶杯',
      unit: '条',
      priceFen: 1200,
    }),
  ];
}

describe('An answer that picks by price among the products asked about', () => {
  it('takes the cheapest for 便宜的那个就行 (guitar strings)', () => {
    const engine = createDialogEngine({ products: shops() });
    const turns = talkTo(engine, ['吉他弦 10套', '便宜的那个就行', '确认']);
    expect(lineQtys(turns[1])).toEqual([['XS-DD', 10]]);
    expect(turns[2]!.order?.status).toBe('confirmed');
  });

  it('takes the dearest for 要贵一点的 (guitar strings)', () => {
    const engine = createDialogEngine({ products: shops() });
    const turns = talkTo(engine, ['吉他弦 2套', '要贵一点的']);
    expect(lineQtys(turns[1])).toEqual([['XS-EL', 2]]);
  });

  it('picks nothing when an option asked holds products of specs not asked about yet (piano strings)', () => {
    const engine = createDialogEngine({ products: shops() });
    const turns = talkTo(engine, ['钢琴弦 4套', '便宜点的']);
    expect(turns[0]!.replies.join('')).toContain('牌子');
    expect(turns[1]!.order).toBeNull();
  });

  it('asks again when the prices tie (tea-shop cups)', () => {
    const engine = createDialogEngine({ products: shops() });
    const turns = talkTo(engine, ['奶茶杯 5条', '便宜的就行']);
    expect(turns[1]!.order).toBeNull();
  });
});
