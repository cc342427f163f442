import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * A made-up saw-blade counter (one size, for wood or for aluminium) and a made-up sack stall (one size, heavy or
 * plain): a size said short of the catalog's (185*2.2 for 185*2.2*25.4) gets the closest products offered, and the
 * customer answers with a correction (不对 锯片要切木的). The correction picks the offered product it names, in the
 * amount said before; it is no edit of another line and no new request.
 */
function counters(): Product[] {
  return [
    ...['切木', '切铝'].map((use) =>
      testProduct({
        sku: `SAW-${use}`,
        name: '合金锯片',
        aliases: ['锯片'],
        specs: { 规格: '185*2.2*25.4', 用途: use },
        unit: '片',
      }),
    ),
    ...['加厚', '普通'].map((kind) =>
      testProduct({
        sku: `SACK-${kind}`,
        name: '编织袋',
        specs: { 规格: '60*100*0.8', 类型: kind },
        unit: '条',
      }),
    ),
    testProduct({ sku: 'TAPE', name: '封箱胶带', aliases: ['胶带'], specs: {}, unit: '卷' }),
  ];
}

const engine = createDialogEngine({ products: counters() });

describe('a correction answering an offer of the closest products', () => {
  it('takes the offered product it names, in the amount said', () => {
    const turns = talkTo(engine, ['锯片185*2.2 切铝的 5片', '不对 锯片要切木的', '确认']);
    expect(lineQtys(turns[2])).toEqual([['SAW-切木', 5]]);
    expect(turns[2]!.order?.status).toBe('confirmed');
  });

  it('does so with another line on the draft, leaving that line as it is', () => {
    const turns = talkTo(engine, ['胶带 10卷 编织袋60*100 加厚的 500条', '不对 编织袋要普通的', '确认']);
    expect(lineQtys(turns[2])).toEqual([
      ['TAPE', 10],
      ['SACK-普通', 500],
    ]);
    expect(turns[2]!.order?.status).toBe('confirmed');
  });
});
