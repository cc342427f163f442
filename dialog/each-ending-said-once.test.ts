import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** Made-up counters of three trades: art brushes by 号, storage boxes by size, knitting needles by 号. */
function shops(): Product[] {
  const brushes = ['1号', '2号', '3号', '4号'].map((number) =>
    testProduct({
      sku: `BRUSH-${number}`,
      name: '水粉笔',
      specs: { 号数: number },
      unit: '支',
      conversions: { 盒: 12 },
    }),
  );
  const boxes = ['大号', '中号', '小号'].map((size) =>
    testProduct({ sku: `BOX-${size}`, name: '塑料收纳箱', specs: { 尺寸: size }, unit: '个' }),
  );
  const needles = ['1号', '2号', '12号'].map((number) =>
    testProduct({ sku: `NEEDLE-${number}`, name: '竹棒针', specs: { 号数: number }, unit: '副' }),
  );
  return [...brushes, ...boxes, ...needles];
}

const engine = createDialogEngine({ products: shops() });

describe('values glued together with their ending said once, before a 各', () => {
  it.each([
    [
      '水粉笔123号各2盒',
      [
        ['BRUSH-1号', 24],
        ['BRUSH-2号', 24],
        ['BRUSH-3号', 24],
      ],
    ],
    [
      '123号水粉笔各一盒',
      [
        ['BRUSH-1号', 12],
        ['BRUSH-2号', 12],
        ['BRUSH-3号', 12],
      ],
    ],
    [
      '收纳箱大中小号各10个',
      [
        ['BOX-大号', 10],
        ['BOX-中号', 10],
        ['BOX-小号', 10],
      ],
    ],
    [
      '中小号收纳箱各5个',
      [
        ['BOX-中号', 5],
        ['BOX-小号', 5],
      ],
    ],
  ])('reads %s as one line per value', (said, lines) => {
    const [turn] = talkTo(engine, [said]);
    expect(lineQtys(turn)).toEqual(lines);
  });

  it('keeps a number the shop sells whole as that number (竹棒针12号, never 1号 and 2号)', () => {
    const [turn] = talkTo(engine, ['竹棒针12号 1号各3副']);
    expect(lineQtys(turn)).toEqual([
      ['NEEDLE-12号', 3],
      ['NEEDLE-1号', 3],
    ]);
  });
});
