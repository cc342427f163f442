import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** Made-up counters of three trades, each with a model number that both of two values come in. */
function shops(): Product[] {
  const tube = (sku: string, width: string) =>
    testProduct({
      sku,
      name: '公路车内胎',
      category: '内胎',
      specs: { 型号: '700', 宽度: width },
      unit: '条',
    });
  const rod = (sku: string, length: string) =>
    testProduct({ sku, name: '罗马杆', category: '窗帘杆', specs: { 管径: '28', 长度: length }, unit: '根' });
  const strings = (sku: string, gauge: string) =>
    testProduct({
      sku,
      name: '电吉他弦',
      category: '琴弦',
      specs: { 型号: '1152', 粗细: gauge },
      unit: '套',
    });
  return [
    tube('NT-700-23', '23'),
    tube('NT-700-25', '25'),
    tube('NT-700-28', '28C'),
    rod('LMG-28-150', '150'),
    rod('LMG-28-240', '240'),
    strings('XX-1152-09', '09'),
    strings('XX-1152-10', '10'),
  ];
}

describe('各 over values joined by 跟 / 和 / 与, beside a value they share', () => {
  it('reads 700 as what both widths are, never a third item (bicycles)', () => {
    const engine = createDialogEngine({ products: shops() });
    const turns = talkTo(engine, ['内胎 700 23跟25的 各10条']);
    expect(lineQtys(turns[0])).toEqual([
      ['NT-700-23', 10],
      ['NT-700-25', 10],
    ]);
    expect(turns[0]!.replies.join('')).not.toContain('要哪个');
  });

  it('spreads over two lengths of the 28 rod (curtains)', () => {
    const engine = createDialogEngine({ products: shops() });
    const turns = talkTo(engine, ['罗马杆 28 150和240的 各6根']);
    expect(lineQtys(turns[0])).toEqual([
      ['LMG-28-150', 6],
      ['LMG-28-240', 6],
    ]);
  });

  it('spreads over two gauges of the 1152 strings (music)', () => {
    const engine = createDialogEngine({ products: shops() });
    const turns = talkTo(engine, ['琴弦 1152 09与10的 各5套']);
    expect(lineQtys(turns[0])).toEqual([
      ['XX-1152-09', 5],
      ['XX-1152-10', 5],
    ]);
  });
});
