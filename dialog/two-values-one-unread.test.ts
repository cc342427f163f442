import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * Made-up counters with two values of one attribute per product: a gift shop's flasks (黑色 / 粉色), a stationery
 * shop's markers (红色 / 蓝色), a candle maker's candles (香型 薰衣草味 / 玫瑰味), a yoga studio's mats (绿色 / 灰色).
 * The customer names two values for one item with one amount, and the shop lacks one of them: the word not read is
 * taken for a value when it is shaped like the value read beside it (the same last character).
 */
function twoValueShop(): Product[] {
  const list: Product[] = [];
  const add = (sku: string, name: string, word: string, specs: Record<string, string>, unit: string) =>
    list.push(testProduct({ sku, name, aliases: [word], category: word, specs, unit }));
  add('CUP-BK', '不锈钢保温杯', '保温杯', { 颜色: '黑色' }, '个');
  add('CUP-PK', '不锈钢保温杯', '保温杯', { 颜色: '粉色' }, '个');
  add('MRK-RD', '油性记号笔', '记号笔', { 颜色: '红色' }, '支');
  add('MRK-BL', '油性记号笔', '记号笔', { 颜色: '蓝色' }, '支');
  add('CDL-LV', '大豆香薰蜡烛', '香薰蜡烛', { 香型: '薰衣草味' }, '个');
  add('CDL-RS', '大豆香薰蜡烛', '香薰蜡烛', { 香型: '玫瑰味' }, '个');
  add('MAT-GN', '加厚瑜伽垫', '瑜伽垫', { 颜色: '绿色' }, '张');
  add('MAT-GY', '加厚瑜伽垫', '瑜伽垫', { 颜色: '灰色' }, '张');
  return list;
}

const engine = createDialogEngine({ products: twoValueShop(), maxQtyPerLine: 10000 });

describe('Two values said for one item with one amount, one not in the shop', () => {
  it.each([
    ['保温杯 紫色 粉色 2个', '紫色'],
    ['记号笔 橙色 红色 5支', '橙色'],
    ['瑜伽垫 绿色 紫色 3张', '紫色'],
    ['香薰蜡烛 茉莉味 玫瑰味 4个', '茉莉味'],
  ])('is asked about, never confirmed as the value that reads (%s)', (message, unread) => {
    const turns = talkTo(engine, [message, '确认']);
    const reply = turns[0]!.replies.join('');
    expect(reply).toMatch(/[？?]/);
    expect(reply).toContain(unread);
    expect(turns[1]!.order?.status).not.toBe('confirmed');
  });

  it('leaves a word unlike the value beside it as before (保温杯 粉色 送朋友 2个)', () => {
    const turns = talkTo(engine, ['保温杯 粉色 送朋友 2个']);
    expect(lineQtys(turns[0])).toEqual([['CUP-PK', 2]]);
  });

  it('leaves two values that both read as before (记号笔 红色 蓝色 各5支)', () => {
    const turns = talkTo(engine, ['记号笔 红色 蓝色各5支', '确认']);
    expect(lineQtys(turns[0])).toEqual([
      ['MRK-RD', 5],
      ['MRK-BL', 5],
    ]);
    expect(turns[1]!.order?.status).toBe('confirmed');
  });
});
