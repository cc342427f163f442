import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up landscaping yard: pebbles by 规格 in cm ranges, sold by the 吨 (方 converts). */
function landscapingYard(): Product[] {
  return ['1-3cm', '3-5cm', '5-8cm'].map((size) =>
    testProduct({
      sku: `PEBBLE-${size}`,
      name: '鹅卵石',
      aliases: ['卵石'],
      specs: { 规格: size },
      unit: '吨',
      conversions: { 方: 1.5 },
    }),
  );
}

/** A made-up sandblasting supplier: quartz sand by 目数 ranges in 25kg 袋. */
function sandblastingSupplier(): Product[] {
  return ['20-40目', '40-80目', '80-120目'].map((mesh) =>
    testProduct({
      sku: `QUARTZ-${mesh.slice(0, -1)}`,
      name: '石英砂',
      specs: { 目数: mesh, 包装: '25kg' },
      unit: '袋',
    }),
  );
}

describe('a range value said without the unit the catalog writes', () => {
  it('reads 1-3 as the 1-3cm pebbles, one line, never every size the numbers touch', () => {
    const engine = createDialogEngine({ products: landscapingYard() });
    const turns = talkTo(engine, ['1-3的鹅卵石来10吨', '确认']);
    expect(lineQtys(turns[1])).toEqual([['PEBBLE-1-3cm', 10]]);
    expect(turns[1]?.order?.status).toBe('confirmed');
  });

  it('spreads a 各 over two ranges said bare, and only over those two', () => {
    const engine = createDialogEngine({ products: landscapingYard() });
    for (const form of ['1-3 3-5的鹅卵石各10吨', '1-3和3-5的卵石 各10吨']) {
      const [turn] = talkTo(engine, [form]);
      expect(lineQtys(turn)).toEqual([
        ['PEBBLE-1-3cm', 10],
        ['PEBBLE-3-5cm', 10],
      ]);
    }
  });

  it('reads a mesh range said after the product word', () => {
    const engine = createDialogEngine({ products: sandblastingSupplier() });
    const [turn] = talkTo(engine, ['石英砂40-80的 来20袋']);
    expect(lineQtys(turn)).toEqual([['QUARTZ-40-80', 20]]);
  });
});
