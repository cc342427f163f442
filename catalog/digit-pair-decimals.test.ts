import { describe, expect, it } from '@jest/globals';
import { createMatcher } from './matcher.js';
import type { MatchResult } from './matcher.js';
import { testProduct } from './catalog-test-kit.js';

const product = (sku: string, name: string, aliases: string[], specs: Record<string, string>, unit = '张') =>
  testProduct({ sku, name, aliases, specs, unit, stock: 100 });

const skuOf = (result: MatchResult) => (result.kind === 'matched' ? result.product.sku : result.kind);

/**
 * A thickness said as its two digits in a row before 厚 (一二厚 = 1.2, 零八厚 = 0.8, 一五厚 = 1.5): the trade's way of
 * saying a decimal gauge, read where the catalog carries that decimal; 1个厚 is a whole millimetre.
 */
describe('A decimal thickness said digit by digit', () => {
  /** A made-up stainless-sheet counter: 304 sheets by gauge. */
  const sheets = createMatcher([
    product('SS-10', '304不锈钢板', ['不锈钢板', '钢板'], { 厚度: '1.0mm' }),
    product('SS-12', '304不锈钢板', ['不锈钢板', '钢板'], { 厚度: '1.2mm' }),
    product('SS-15', '304不锈钢板', ['不锈钢板', '钢板'], { 厚度: '1.5mm' }),
  ]);
  /** A made-up packaging counter: PVC sheet by thickness. */
  const pvc = createMatcher([
    product('PVC-05', 'PVC透明片', ['PVC片', '胶片'], { 厚度: '0.5mm' }),
    product('PVC-08', 'PVC透明片', ['PVC片', '胶片'], { 厚度: '0.8mm' }),
  ]);
  /** A made-up waterproofing counter: membranes by thickness, sold by the roll. */
  const membranes = createMatcher([
    product('WM-15', 'SBS防水卷材', ['防水卷材', '卷材'], { 厚度: '1.5mm' }, '卷'),
    product('WM-20', 'SBS防水卷材', ['防水卷材', '卷材'], { 厚度: '2.0mm' }, '卷'),
  ]);
  /** A made-up plywood counter: boards of 12 and 15 mm, no decimal gauge. */
  const boards = createMatcher([
    product('PB-12', '多层板', ['胶合板'], { 厚度: '12mm' }),
    product('PB-15', '多层板', ['胶合板'], { 厚度: '15mm' }),
  ]);

  it('reads the two digits as the decimal the catalog carries', () => {
    expect(skuOf(sheets('不锈钢板 一二厚的 10张'))).toBe('SS-12');
    expect(skuOf(sheets('一五厚钢板'))).toBe('SS-15');
    expect(skuOf(pvc('零八厚的PVC片'))).toBe('PVC-08');
    expect(skuOf(membranes('防水卷材 一五厚'))).toBe('WM-15');
  });

  it('reads 1个厚 as one whole millimetre', () => {
    expect(skuOf(sheets('1个厚的不锈钢板'))).toBe('SS-10');
    expect(skuOf(membranes('2个厚的卷材'))).toBe('WM-20');
  });

  it('leaves the digits as said where the catalog carries no such decimal', () => {
    expect(boards.analyze('一二厚的胶合板').text).toBe('一二厚的胶合板');
  });
});
