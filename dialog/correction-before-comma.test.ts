import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** Made-up counters of three trades: wall paint by colour, nylon rope by diameter, cut roses by colour. */
function shops(): Product[] {
  return [
    testProduct({ sku: 'RJQ-W', name: '乳胶漆', specs: { 颜色: '白色' }, unit: '桶' }),
    testProduct({ sku: 'RJQ-Y', name: '乳胶漆', specs: { 颜色: '米黄' }, unit: '桶' }),
    testProduct({ sku: 'NLS-8', name: '尼龙绳', specs: { 直径: '8mm' }, unit: '卷' }),
    testProduct({ sku: 'NLS-10', name: '尼龙绳', specs: { 直径: '10mm' }, unit: '卷' }),
    testProduct({ sku: 'MG-R', name: '玫瑰', specs: { 颜色: '红' }, unit: '扎' }),
    testProduct({ sku: 'MG-W', name: '玫瑰', specs: { 颜色: '白' }, unit: '扎' }),
  ];
}

describe('A correction word closed by a comma corrects with what follows it', () => {
  it('replaces the line with the colour said after 写错了， (wall paint)', () => {
    const turns = talkTo(createDialogEngine({ products: shops() }), ['白色乳胶漆5桶', '写错了，是米黄的']);
    expect(lineQtys(turns[1])).toEqual([['RJQ-Y', 5]]);
  });

  it('replaces the line with the size said after 不对， (nylon rope)', () => {
    const turns = talkTo(createDialogEngine({ products: shops() }), ['8mm尼龙绳 10卷', '不对，是10mm的']);
    expect(lineQtys(turns[1])).toEqual([['NLS-10', 10]]);
  });

  it('replaces the line when the correction is said twice before the comma (cut roses)', () => {
    const turns = talkTo(createDialogEngine({ products: shops() }), [
      '红玫瑰 20扎',
      '不对不对 说错了，是白玫瑰20扎',
      '确认',
    ]);
    expect(lineQtys(turns[2])).toEqual([['MG-W', 20]]);
  });
});
