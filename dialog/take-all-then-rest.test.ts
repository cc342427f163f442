import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * To "only 6 left, take 6?": 那白色的有多少拿多少 剩下的换米黄的 takes all there is of the short product, named by its
 * own words before the take-all phrase, and only the rest of the amount wanted as the other product — never the
 * whole amount as the other product beside what there is.
 */
function sibling(sku: string, name: string, specs: Record<string, string>, unit: string, stock: number) {
  return testProduct({ sku, name, aliases: [name], specs, unit, stock });
}

/** A made-up paint counter: one emulsion in two colours, few left of the white. */
function paintShop(): Product[] {
  return [
    sibling('LT-W', '立邦乳胶漆', { 颜色: '白色' }, '桶', 6),
    sibling('LT-Y', '立邦乳胶漆', { 颜色: '米黄' }, '桶', 300),
  ];
}

/** A made-up wire counter: BV wire by colour, few red coils left. */
function wireShop(): Product[] {
  return [
    sibling('BV-R', 'BV电线', { 颜色: '红色' }, '卷', 12),
    sibling('BV-B', 'BV电线', { 颜色: '蓝色' }, '卷', 300),
  ];
}

/** A made-up rice counter: rice by origin, few bags of one left. */
function riceShop(): Product[] {
  return [
    sibling('MI-WC', '东北大米', { 产地: '五常' }, '袋', 18),
    sibling('MI-PJ', '东北大米', { 产地: '盘锦' }, '袋', 500),
  ];
}

describe('all there is of the short product, the rest as another', () => {
  it.each([
    [
      'paint',
      paintShop,
      '立邦乳胶漆 白色 10桶',
      '那白色的有多少拿多少 剩下的换米黄的',
      [
        ['LT-W', 6],
        ['LT-Y', 4],
      ],
    ],
    [
      'wire',
      wireShop,
      'BV电线 红色 20卷',
      '红的有几卷拿几卷 剩下的换蓝的',
      [
        ['BV-R', 12],
        ['BV-B', 8],
      ],
    ],
    [
      'rice',
      riceShop,
      '五常大米 30袋',
      '那五常的全要了 剩下的换盘锦的',
      [
        ['MI-WC', 18],
        ['MI-PJ', 12],
      ],
    ],
  ] as const)('(%s)', (_trade, shop, order, answer, lines) => {
    const engine = createDialogEngine({ products: shop() });
    const turns = talkTo(engine, [order, answer, '确认']);
    expect(lineQtys(turns[1]).sort()).toEqual([...lines].sort());
    expect(turns[2]!.order?.status).toBe('confirmed');
  });
});
