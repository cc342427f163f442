import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * Made-up shops whose customers count in a word the catalog does not have: a fuse stall (sold by the 只, 板 of 10)
 * asked for 20卡, and a cut-flower stall (sold by the 支, 把 of 20) asked for 3束. A unit word the product does not
 * know is asked about — never dropped for the sale unit, never confirmed as 20 只.
 */
function counters(): Product[] {
  return [
    testProduct({
      sku: 'FUSE-5A',
      name: '玻璃保险管',
      specs: { 电流: '5A' },
      unit: '只',
      conversions: { 板: 10 },
    }),
    testProduct({
      sku: 'ROSE-RED',
      name: '红玫瑰',
      unit: '支',
      conversions: { 把: 20 },
    }),
  ];
}

const engine = createDialogEngine({ products: counters() });

describe('an amount in a counter the product does not know', () => {
  it('asks about 来20卡 of fuses sold by the 只 and the 板, and confirms nothing', () => {
    const turns = talkTo(engine, ['5A玻璃保险管 来20卡', '确认']);
    expect(turns[0]!.replies.join('')).toContain('20卡');
    expect(turns[1]!.order?.status).not.toBe('confirmed');
    expect(lineQtys(turns[1])).not.toEqual([['FUSE-5A', 20]]);
  });

  it('asks about 来3束 of roses sold by the 支 and the 把', () => {
    const turns = talkTo(engine, ['红玫瑰 来3束', '确认']);
    expect(turns[1]!.order?.status).not.toBe('confirmed');
    expect(lineQtys(turns[1])).not.toEqual([['ROSE-RED', 3]]);
  });

  it('still reads a counter the product is sold in (来2板 is 20 只)', () => {
    const turns = talkTo(engine, ['5A玻璃保险管 来2板']);
    expect(lineQtys(turns[0])).toEqual([['FUSE-5A', 20]]);
  });
});
