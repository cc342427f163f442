import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * Made-up counters short of one product: a candle wholesaler with 8 boxes of tall white candles left (short ones
 * and red ones in plenty), and a yarn stall with 40 balls of red wool left of a 100-ball case. Asked "only so many,
 * take them?", the customer takes what there is in their own words (有几盒先拿几盒, 有多少先发多少) and names where
 * the rest comes from — a count word such as 几盒 is never a product the shop lacks.
 */
function shortCounters(): Product[] {
  return [
    testProduct({
      sku: 'CANDLE-TALL',
      name: '白蜡烛',
      specs: { 长度: '20cm' },
      unit: '盒',
      stock: 8,
    }),
    testProduct({ sku: 'CANDLE-SHORT', name: '白蜡烛', specs: { 长度: '10cm' }, unit: '盒' }),
    ...(
      [
        ['RED', '红色', 40],
        ['GREY', '灰色', 1000],
      ] as const
    ).map(([code, colour, stock]) =>
      testProduct({
        sku: `WOOL-${code}`,
        name: '牛奶棉毛线',
        specs: { 颜色: colour },
        unit: '团',
        conversions: { 箱: 100 },
        stock,
      }),
    ),
  ];
}

const engine = createDialogEngine({ products: shortCounters() });

describe('an answer to "only so many left" that takes what there is', () => {
  it('takes what there is with 先 between, and the rest of another length (有几盒先拿几盒 差的4盒拿10cm的)', () => {
    const turns = talkTo(engine, ['白蜡烛 20cm 12盒', '那有几盒先拿几盒 差的4盒拿10cm的', '确认']);
    expect(turns[1]!.replies.join('')).not.toContain('没有');
    expect(lineQtys(turns[2])).toEqual([
      ['CANDLE-TALL', 8],
      ['CANDLE-SHORT', 4],
    ]);
    expect(turns[2]!.order?.status).toBe('confirmed');
  });

  it('takes what there is when it is said to be sent first (有多少先发多少)', () => {
    const turns = talkTo(engine, ['白蜡烛 20cm 12盒', '有多少先发多少', '确认']);
    expect(lineQtys(turns[2])).toEqual([['CANDLE-TALL', 8]]);
    expect(turns[2]!.order?.status).toBe('confirmed');
  });

  it('takes what there is said with 就先 (有几盒就先拿几盒吧), never "几盒 we do not sell"', () => {
    const turns = talkTo(engine, ['白蜡烛 20cm 12盒', '有几盒就先拿几盒吧', '确认']);
    expect(turns[1]!.replies.join('')).not.toContain('没有');
    expect(lineQtys(turns[2])).toEqual([['CANDLE-TALL', 8]]);
  });

  it('fills the whole up with another colour (红的有几团拿几团 再补灰色的凑够一箱)', () => {
    const turns = talkTo(engine, ['红色牛奶棉毛线 一箱', '红的有几团拿几团 再补灰色的凑够一箱', '确认']);
    expect(lineQtys(turns[2])).toEqual([
      ['WOOL-RED', 40],
      ['WOOL-GREY', 60],
    ]);
    expect(turns[2]!.order?.status).toBe('confirmed');
  });
});
