import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * Made-up counters with two colours of one product each: a gift shop's flasks (黑色 / 粉色), an umbrella stall's
 * umbrellas (黑色 / 蓝色), a hotel-linen supplier's towels (白色 / 灰色). The customer lists a colour the shop lacks.
 */
function colourShop(): Product[] {
  const list: Product[] = [];
  const add = (sku: string, name: string, word: string, colour: string, unit: string) =>
    list.push(testProduct({ sku, name, aliases: [word], category: word, specs: { 颜色: colour }, unit }));
  add('CUP-BK', '不锈钢保温杯', '保温杯', '黑色', '个');
  add('CUP-PK', '不锈钢保温杯', '保温杯', '粉色', '个');
  add('UMB-BK', '三折晴雨伞', '雨伞', '黑色', '把');
  add('UMB-BL', '三折晴雨伞', '雨伞', '蓝色', '把');
  add('TWL-WH', '纯棉毛巾', '毛巾', '白色', '条');
  add('TWL-GR', '纯棉毛巾', '毛巾', '灰色', '条');
  return list;
}

const engine = createDialogEngine({ products: colourShop(), maxQtyPerLine: 10000 });

describe('A part said apart before 各 that the shop cannot read', () => {
  it.each([
    ['保温杯 紫色 粉色各两个', 'CUP-PK', 2],
    ['雨伞 黑色 迷彩各10把', 'UMB-BK', 10],
    ['毛巾 金色 白色各20条', 'TWL-WH', 20],
  ])('is asked about, never dropped for the part that reads (%s)', (message, sku, quantity) => {
    const turns = talkTo(engine, [message, '确认']);
    expect(lineQtys(turns[0])).toEqual([[sku, quantity]]);
    expect(turns[0]!.replies.join('')).toMatch(/[？?]/);
    expect(turns[1]!.order?.status).not.toBe('confirmed');
  });

  it('leaves parts that all read as before (雨伞 黑色 蓝色各10把)', () => {
    const turns = talkTo(engine, ['雨伞 黑色 蓝色各10把', '确认']);
    expect(lineQtys(turns[0])).toEqual([
      ['UMB-BK', 10],
      ['UMB-BL', 10],
    ]);
    expect(turns[1]!.order?.status).toBe('confirmed');
  });
});
