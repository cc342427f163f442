import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * Two products joined by 和 / 跟 / 与 / 还有 before one 各 quantity (A和B各拿10个): each is a line with that quantity,
 * and nothing said is dropped. Made-up spice, stationery and seed counters.
 */
function shops(): Product[] {
  return [
    testProduct({ sku: 'HJ-1', name: '花椒粉', specs: { 规格: '500克' }, unit: '包' }),
    testProduct({ sku: 'BJ-1', name: '八角', specs: { 规格: '500克' }, unit: '包' }),
    testProduct({ sku: 'ZR-1', name: '孜然粒', specs: { 规格: '250克' }, unit: '包' }),
    testProduct({ sku: 'GB-1', name: '中性笔', specs: { 颜色: '黑色' }, unit: '支', unitAliases: ['个'] }),
    testProduct({ sku: 'XP-1', name: '橡皮擦', unit: '块', unitAliases: ['个'] }),
    testProduct({ sku: 'JD-1', name: '卷笔刀', unit: '个' }),
    testProduct({ sku: 'YM-1', name: '甜玉米种子', specs: { 品种: '金银粟' }, unit: '袋' }),
    testProduct({ sku: 'XG-1', name: '麒麟西瓜种子', specs: { 品种: '麒麟' }, unit: '袋' }),
  ];
}

const engine = createDialogEngine({ products: shops(), maxQtyPerLine: 100000 });

describe('two products joined by a conjunction before 各', () => {
  it.each([
    ['花椒粉和八角各拿10包', 'HJ-1', 'BJ-1'],
    ['花椒粉跟孜然粒各来5包', 'HJ-1', 'ZR-1'],
    ['橡皮擦与卷笔刀各20个', 'XP-1', 'JD-1'],
    ['甜玉米种子还有麒麟西瓜种子各要3袋', 'YM-1', 'XG-1'],
    ['金银粟和麒麟各拿3袋', 'YM-1', 'XG-1'],
  ])('%s: a line for each', (message, first, second) => {
    const quantity = Number(/(\d+)/.exec(message)![1]);
    const [said, confirmed] = talkTo(engine, [message, '确认']);
    expect(lineQtys(said)).toEqual([
      [first, quantity],
      [second, quantity],
    ]);
    expect(confirmed!.order?.status).toBe('confirmed');
  });
});

describe('the word joining two alternatives of 各', () => {
  it('is said of neither when one is asked about (seeds counted in a unit they are not sold in)', () => {
    const [said] = talkTo(engine, ['金银粟和麒麟各拿3个']);
    const replies = said!.replies.join('\n');
    expect(replies).not.toMatch(/“和/);
    expect(replies).toMatch(/金银粟|甜玉米种子/);
  });
});
