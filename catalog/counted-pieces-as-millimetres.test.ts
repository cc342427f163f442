import { describe, expect, it } from '@jest/globals';
import type { Product } from './product.js';
import { createDialogEngine } from '../dialog/dialog-engine.js';
import { lineQtys, talkTo, testProduct } from '../dialog/dialog-test-kit.js';

/**
 * Made-up counters of two trades whose goods by size in millimetres are sold by the 包 or 卷 and also counted in 个:
 * bead work (beads by 直径, elastic thread by 直径), leather craft (rivets by 规格, 100 to a 包).
 */
function shops(): Product[] {
  return [
    ...['6mm', '8mm'].map((size) =>
      testProduct({
        sku: `BEAD-${size}`,
        name: '亚克力珠子',
        specs: { 直径: size },
        unit: '包',
        conversions: { 个: 0.01 },
      }),
    ),
    testProduct({ sku: 'BEAD-STOP', name: '定位珠', unit: '包', conversions: { 个: 0.01 } }),
    ...['1mm', '2mm'].map((size) =>
      testProduct({
        sku: `THREAD-${size}`,
        name: '弹力水晶线',
        specs: { 直径: size },
        unit: '卷',
        conversions: { 个: 0.05 },
      }),
    ),
    ...['6mm', '8mm'].map((size) =>
      testProduct({
        sku: `RIVET-${size}`,
        name: '双面铆钉',
        specs: { 规格: size },
        unit: '包',
        conversions: { 个: 0.01 },
      }),
    ),
  ];
}

const engine = createDialogEngine({ products: shops() });

describe('so many 个 closed by 的, on a line that says its quantity in another unit: millimetres', () => {
  it.each([
    [
      '珠子 六个的5包 八个的3包',
      [
        ['BEAD-6mm', 5],
        ['BEAD-8mm', 3],
      ],
    ],
    [
      '水晶线一个的5卷 两个的3卷',
      [
        ['THREAD-1mm', 5],
        ['THREAD-2mm', 3],
      ],
    ],
    ['两个的水晶线来3卷', [['THREAD-2mm', 3]]],
    [
      '铆钉六个的2包 八个的1包',
      [
        ['RIVET-6mm', 2],
        ['RIVET-8mm', 1],
      ],
    ],
  ])('reads %s by size', (said, lines) => {
    const [turn] = talkTo(engine, [said]);
    expect(lineQtys(turn)).toEqual(lines);
  });

  it('keeps 个 a count where no other quantity is said (铆钉6mm的 要600个)', () => {
    const [turn] = talkTo(engine, ['铆钉6mm的 要600个']);
    expect(lineQtys(turn)).toEqual([['RIVET-6mm', 6]]);
  });
});
