import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * Made-up counters where "which line?" is answered by what tells the lines apart: a tarpaulin stall whose sheets are
 * sized 3米*4米 / 4米*6米 (an answer 6米的 names one size inside the pair), and a wooden-craft stall whose 紫檀 is also
 * the name of a bracelet it sells (紫檀的 answers which comb, though the catalog reads 紫檀 as the bracelet).
 */
function craftStalls(): Product[] {
  return [
    ...['3米*4米', '4米*6米'].map((size) =>
      testProduct({
        sku: `TARP-${size}`,
        name: '加厚篷布',
        aliases: ['篷布'],
        specs: { 规格: size },
        unit: '张',
      }),
    ),
    testProduct({ sku: 'COMB-ZT', name: '紫檀木梳', aliases: ['木梳'], specs: {}, unit: '把' }),
    testProduct({ sku: 'COMB-TM', name: '桃木梳', aliases: ['木梳'], specs: {}, unit: '把' }),
    testProduct({ sku: 'BEAD-ZT', name: '小叶紫檀手串', aliases: ['紫檀', '手串'], specs: {}, unit: '串' }),
  ];
}

const engine = createDialogEngine({ products: craftStalls() });

describe('an answer to which line an edit means', () => {
  it('takes a measure written inside only one line’s size', () => {
    const turns = talkTo(engine, ['篷布 3米*4米 10张 4米*6米 10张', '改成20张', '6米的', '确认']);
    expect(lineQtys(turns[2])).toEqual([
      ['TARP-3米*4米', 10],
      ['TARP-4米*6米', 20],
    ]);
    expect(turns[3]!.order?.status).toBe('confirmed');
  });

  it('takes words written in only one line’s name, though they name another product too', () => {
    const turns = talkTo(engine, ['紫檀木梳 10把 桃木梳 10把', '木梳不要了', '紫檀的', '确认']);
    expect(lineQtys(turns[2])).toEqual([['COMB-TM', 10]]);
    expect(turns[3]!.order?.status).toBe('confirmed');
  });

  it('is answered by the edit said in full, and asks no more', () => {
    const turns = talkTo(engine, ['紫檀木梳 10把 桃木梳 10把', '改成15把', '桃木梳改成15把', '确认']);
    expect(lineQtys(turns[2])).toEqual([
      ['COMB-ZT', 10],
      ['COMB-TM', 15],
    ]);
    expect(turns[3]!.order?.status).toBe('confirmed');
  });

  it('still asks when the words are in both lines', () => {
    const turns = talkTo(engine, ['紫檀木梳 10把 桃木梳 10把', '改成15把', '木梳的']);
    expect(lineQtys(turns[2])).toEqual([
      ['COMB-ZT', 10],
      ['COMB-TM', 10],
    ]);
  });
});
