import { describe, expect, it } from '@jest/globals';
import type { Product } from './product.js';
import { createDialogEngine } from '../dialog/dialog-engine.js';
import { lineQtys, talkTo, testProduct } from '../dialog/dialog-test-kit.js';

/** Made-up counters of two trades: bubble-tea supplies (no cup sleeves), a music shop (no ukulele straps). */
function shops(): Product[] {
  return [
    ...['500ml', '700ml'].map((volume) =>
      testProduct({
        sku: `CUP-${volume}`,
        name: '奶茶杯',
        specs: { 容量: volume },
        unit: '条',
        conversions: { 箱: 20 },
      }),
    ),
    testProduct({ sku: 'STRAW', name: '粗吸管', unit: '包', conversions: { 箱: 50 } }),
    testProduct({ sku: 'UKE-23', name: '尤克里里', specs: { 尺寸: '23寸' }, unit: '把' }),
    testProduct({ sku: 'TUNER', name: '调音器', unit: '个', conversions: { 盒: 10 } }),
  ];
}

const engine = createDialogEngine({ products: shops() });

describe('a word the catalog lacks said after a product word and 的 (奶茶杯的杯套)', () => {
  it.each([
    ['粗吸管一箱 奶茶杯的杯套两箱', [['STRAW', 50]]],
    ['调音器一盒，尤克里里的背带3个', [['TUNER', 10]]],
  ])('names what is wanted in %s: never a line of the product it is said of', (said, lines) => {
    const turns = talkTo(engine, [said, '确认']);
    expect(lineQtys(turns[1])).toEqual(lines);
    expect(turns[1]!.order?.status).not.toBe('confirmed');
    expect(turns[0]!.replies.join('\n')).toMatch(/杯套|背带/);
  });
});
