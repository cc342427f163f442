import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createMatcher } from '../catalog/matcher.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';
import { writeImpliedOne } from './one-implied.js';

/** Made-up shops of three trades: a music counter, a bicycle counter, a curtain counter. */
function shops(): Product[] {
  return [
    testProduct({ sku: 'GT-41', name: '民谣吉他', category: '吉他', specs: { 尺寸: '41寸' }, unit: '把' }),
    testProduct({ sku: 'QX-1', name: '吉他琴包', category: '琴包', unit: '个' }),
    testProduct({ sku: 'XX-1', name: '吉他弦', category: '琴弦', unit: '套' }),
    testProduct({ sku: 'BK-26', name: '山地车', category: '自行车', specs: { 尺寸: '26寸' }, unit: '台' }),
    testProduct({ sku: 'SD-1', name: '车锁', category: '锁', unit: '把' }),
    testProduct({ sku: 'LMG-15', name: '罗马杆', category: '窗帘杆', specs: { 长度: '1.5米' }, unit: '根' }),
    testProduct({ sku: 'GZ-1', name: '窗帘挂钩', category: '配件', unit: '包' }),
  ];
}

describe('One of several after 再要个 / 来个 / 要个', () => {
  it('writes 个 straight after an ordering verb as one of it', () => {
    const matcher = createMatcher(shops());
    expect(writeImpliedOne(matcher, '再要个民谣吉他')).toBe('再要一个民谣吉他');
    expect(writeImpliedOne(matcher, '来把车锁')).toBe('来一把车锁');
  });

  it('leaves 整个, 要多少个, 这个 and a 个 before what is no product alone', () => {
    const matcher = createMatcher(shops());
    for (const text of ['整个订单', '要多少个', '这个不要了', '要个价', '再来个'])
      expect(writeImpliedOne(matcher, text)).toBe(text);
  });

  it('gives the item the amount said after it (再来个26寸的山地车 3台)', () => {
    const engine = createDialogEngine({ products: shops() });
    const turns = talkTo(engine, ['吉他弦来5套 再来个26寸的山地车 3台']);
    expect(lineQtys(turns[0])).toEqual([
      ['XX-1', 5],
      ['BK-26', 3],
    ]);
  });

  it('orders one guitar bag, never asks how many (music)', () => {
    const engine = createDialogEngine({ products: shops() });
    const turns = talkTo(engine, ['吉他弦来5套 再要个吉他琴包']);
    expect(lineQtys(turns[0])).toEqual([
      ['XX-1', 5],
      ['QX-1', 1],
    ]);
  });

  it('keeps a later quantity with the item it is said of: one bike and two locks (bicycles)', () => {
    const engine = createDialogEngine({ products: shops() });
    const turns = talkTo(engine, ['再来台26寸山地车 两把车锁']);
    expect(lineQtys(turns[0])).toEqual([
      ['BK-26', 1],
      ['SD-1', 2],
    ]);
  });

  it('orders one rod and three packs of hooks (curtains)', () => {
    const engine = createDialogEngine({ products: shops() });
    const turns = talkTo(engine, ['要根1.5米的罗马杆 挂钩要3包']);
    expect(lineQtys(turns[0])).toEqual([
      ['LMG-15', 1],
      ['GZ-1', 3],
    ]);
  });
});
