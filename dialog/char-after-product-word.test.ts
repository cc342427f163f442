import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * 弯梁的刹车线 where the shop sells 刹车蹄 (a brake shoe) and a 后刹车线 (a cable): the product word 刹车 was read and
 * the 线 after it dropped, so the shoe was ordered unasked. A character right after a product word, the two a piece
 * of another catalog word, is that piece. Two made-up counters: a lamp counter (灯泡 and a 螺口灯泡座) and a
 * bathroom counter (花洒 and a 不锈钢花洒架).
 */
function counters(): Product[] {
  return [
    ...['5W', '9W'].map((power) =>
      testProduct({
        sku: `BULB-${power}`,
        name: 'LED灯泡',
        aliases: ['灯泡'],
        specs: { 功率: power },
        unit: '个',
      }),
    ),
    testProduct({ sku: 'HOLDER', name: '螺口灯泡座', specs: { 规格: 'E27' }, unit: '个' }),
    testProduct({ sku: 'SHOWER', name: '增压花洒', aliases: ['花洒'], specs: { 材质: 'ABS' }, unit: '个' }),
    testProduct({ sku: 'SHOWER-RACK', name: '不锈钢花洒架', specs: { 材质: '304' }, unit: '个' }),
  ];
}

const engine = createDialogEngine({ products: counters() });

describe('A character after a product word that makes another catalog word', () => {
  it('reads 灯泡座 as the lamp holder, never a bulb', () => {
    const turns = talkTo(engine, ['灯泡座 20个', '确认']);
    expect(lineQtys(turns[1])).toEqual([['HOLDER', 20]]);
  });

  it('reads 花洒架 as the rack, never the shower head', () => {
    const turns = talkTo(engine, ['花洒架来5个', '确认']);
    expect(lineQtys(turns[1])).toEqual([['SHOWER-RACK', 5]]);
  });
});
