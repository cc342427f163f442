import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** Made-up counters of two trades: a music shop (capos by colour, ukuleles by size), bubble-tea supplies. */
function shops(): Product[] {
  return [
    ...['黑', '银', '红'].map((colour) =>
      testProduct({
        sku: `CAPO-${colour}`,
        name: '变调夹',
        specs: { 颜色: colour },
        unit: '个',
        conversions: { 盒: 20 },
      }),
    ),
    ...['21寸', '23寸', '26寸'].map((size) =>
      testProduct({ sku: `UKE-${size}`, name: '尤克里里', specs: { 尺寸: size }, unit: '把' }),
    ),
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
  ];
}

const engine = createDialogEngine({ products: shops() });

describe('a total said first, then its parts by value', () => {
  it.each([
    [
      '变调夹要3盒 黑的2盒 银的1盒',
      [
        ['CAPO-黑', 40],
        ['CAPO-银', 20],
      ],
    ],
    [
      '尤克里里5把，21寸的2把，23寸的3把',
      [
        ['UKE-21寸', 2],
        ['UKE-23寸', 3],
      ],
    ],
    [
      '奶茶杯要5箱 500ml的3箱 700ml的2箱 粗吸管1箱',
      [
        ['CUP-500ml', 60],
        ['CUP-700ml', 40],
        ['STRAW', 50],
      ],
    ],
  ])('reads %s as the parts, never the total as one more line', (said, lines) => {
    const [turn] = talkTo(engine, [said]);
    expect(lineQtys(turn)).toEqual(lines);
    expect(turn!.replies.join('\n')).not.toMatch(/要什么颜色|要哪个/);
  });

  it('asks when the parts do not add up to the total, and confirms nothing until answered', () => {
    const turns = talkTo(engine, ['奶茶杯5箱 500ml的3箱 700ml的3箱', '确认']);
    expect(turns[1]!.order?.status).not.toBe('confirmed');
  });
});
