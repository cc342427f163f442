import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * A made-up shade-net stall and a made-up carpet counter, both selling by the 米 and in widths written in 米: the
 * width asked, the customer answers with one of the widths offered (1米8, 3米6), which reads as an amount in the unit
 * the product is sold in. It is the width; the amount said with the request stays.
 */
function counters(): Product[] {
  return [
    ...['1.8米', '2.5米', '3米'].map((width) =>
      testProduct({
        sku: `NET-${width}`,
        name: '加密遮阳网',
        aliases: ['遮阳网'],
        specs: { 宽度: width },
        unit: '米',
      }),
    ),
    ...['3.6米', '4米', '5米'].map((width) =>
      testProduct({
        sku: `CARPET-${width}`,
        name: '满铺地毯',
        aliases: ['地毯'],
        specs: { 宽度: width },
        unit: '米',
      }),
    ),
  ];
}

const engine = createDialogEngine({ products: counters() });

describe('an answer that is one of the values offered, written as an amount', () => {
  it('reads 1米8 to the widths 1.8米 / 2.5米 / 3米 as the width', () => {
    const turns = talkTo(engine, ['遮阳网 50米', '1米8', '确认']);
    expect(lineQtys(turns[2])).toEqual([['NET-1.8米', 50]]);
    expect(turns[2]!.order?.status).toBe('confirmed');
  });

  it('reads 3米6 to the widths 3.6米 / 4米 / 5米 as the width in another trade', () => {
    const turns = talkTo(engine, ['地毯 20米', '3米6']);
    expect(lineQtys(turns[1])).toEqual([['CARPET-3.6米', 20]]);
  });

  it('takes no width that was not offered', () => {
    const turns = talkTo(engine, ['地毯 20米', '6米']);
    expect(lineQtys(turns[1])).toEqual([]);
  });
});
