import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * Made-up counters of three trades whose category is the names of two of its products joined (浮漂铅坠, 胶水胶棒,
 * 锅铲汤勺): the one product has values, the other none. A product named by its own name is that product, never
 * its sibling because the category spells both names.
 */
function shops(): Product[] {
  return [
    testProduct({ sku: 'FP-1', name: '浮漂', category: '浮漂铅坠', specs: { 型号: '1号' }, unit: '包' }),
    testProduct({ sku: 'FP-2', name: '浮漂', category: '浮漂铅坠', specs: { 型号: '2号' }, unit: '包' }),
    testProduct({ sku: 'QZ', name: '铅坠', category: '浮漂铅坠', unit: '包' }),
    testProduct({ sku: 'JB-21', name: '胶棒', category: '胶水胶棒', specs: { 规格: '21g' }, unit: '盒' }),
    testProduct({ sku: 'JB-36', name: '胶棒', category: '胶水胶棒', specs: { 规格: '36g' }, unit: '盒' }),
    testProduct({ sku: 'JS', name: '胶水', category: '胶水胶棒', unit: '盒' }),
    testProduct({ sku: 'TS-GT', name: '汤勺', category: '锅铲汤勺', specs: { 材质: '不锈钢' }, unit: '把' }),
    testProduct({ sku: 'TS-MZ', name: '汤勺', category: '锅铲汤勺', specs: { 材质: '木质' }, unit: '把' }),
    testProduct({ sku: 'GC', name: '锅铲', category: '锅铲汤勺', unit: '把' }),
  ];
}

describe('A product named by its own name beside a sibling the category also names', () => {
  it('keeps both lines of 各 when the sibling is said with its value (fishing tackle)', () => {
    const turns = talkTo(createDialogEngine({ products: shops() }), ['铅坠 浮漂1号 各3包']);
    expect(lineQtys(turns[0])).toEqual([
      ['QZ', 3],
      ['FP-1', 3],
    ]);
  });

  it('keeps both lines of 各 when the product with no values is said second (stationery)', () => {
    const turns = talkTo(createDialogEngine({ products: shops() }), ['胶棒21g 胶水 各2盒']);
    expect(lineQtys(turns[0]).sort()).toEqual([
      ['JB-21', 2],
      ['JS', 2],
    ]);
  });

  it('never reads the value of one onto the other (kitchenware)', () => {
    const turns = talkTo(createDialogEngine({ products: shops() }), ['锅铲 汤勺不锈钢 各10把', '确认']);
    expect(lineQtys(turns[1])).toEqual([
      ['GC', 10],
      ['TS-GT', 10],
    ]);
  });
});
