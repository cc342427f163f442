import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up florist: roses in two colours, lilies, wrapping paper. */
function florist(): Product[] {
  const rose = (sku: string, colour: string) =>
    testProduct({ sku, name: '玫瑰', category: '鲜切花', specs: { 颜色: colour, 等级: 'A级' }, unit: '扎' });
  return [
    rose('RS-R', '红'),
    rose('RS-W', '白'),
    testProduct({ sku: 'LL', name: '百合', category: '鲜切花', specs: { 颜色: '粉' }, unit: '扎' }),
  ];
}

/** A made-up stationery counter: one brand's gel pens in two colours, notebooks. */
function stationer(): Product[] {
  const pen = (sku: string, colour: string) =>
    testProduct({ sku, name: '中性笔', brand: '晨光', specs: { 笔芯: '0.5mm', 颜色: colour }, unit: '盒' });
  return [
    pen('GP-K', '黑色'),
    pen('GP-R', '红色'),
    testProduct({ sku: 'NB-A5', name: '软抄本', specs: { 规格: 'A5' }, unit: '本' }),
  ];
}

/**
 * Chat about the occasion or the customer's own trade (想买点玫瑰自己布置, 年底了都在备货, 办公室用) is no product: it
 * neither gets a "没有" of its own nor stops 各 from spreading over the values listed — an order never keeps one
 * of them silently.
 */
describe('Chatter beside an order', () => {
  it('spreads 各 over both colours past words about the occasion (florist)', () => {
    const [turn] = talkTo(createDialogEngine({ products: florist() }), [
      '想买点玫瑰自己布置 A级的 红和白各10扎',
    ]);
    expect(lineQtys(turn)).toEqual([
      ['RS-R', 10],
      ['RS-W', 10],
    ]);
  });

  it('never confirms one colour of two past words it cannot read (stationery)', () => {
    const turns = talkTo(createDialogEngine({ products: stationer() }), [
      '晨光中性笔办公室用 黑色和红色各20盒',
      '确认',
    ]);
    const confirmed = turns[1]!.order?.status === 'confirmed';
    if (confirmed) expect(lineQtys(turns[1])).toHaveLength(2);
    expect(lineQtys(turns[0])).not.toEqual([['GP-K', 20]]);
  });

  it.each([
    ['老板 最近忙不 年底了都在备货', florist],
    ['学校要采购的 下周开张', stationer],
  ])('says no "没有" to small talk (%s)', (said, shop) => {
    const [turn] = talkTo(createDialogEngine({ products: shop() }), [said]);
    expect(turn!.replies.join('')).not.toContain('没有');
  });
});
