import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up tablet-accessory counter: cases by screen 尺寸 with a decimal, by the 个 (箱 of 20). */
function caseShop(): Product[] {
  return ['10.1寸', '11.5寸'].map((size) =>
    testProduct({
      sku: `CASE-${size}`,
      name: '平板保护套',
      aliases: ['保护套', '平板套'],
      specs: { 尺寸: size, 颜色: '黑色' },
      unit: '个',
      conversions: { 箱: 20 },
    }),
  );
}

/** A made-up monitor shop: monitors by 尺寸, by the 台. */
function monitorShop(): Product[] {
  return ['23.8寸', '27寸'].map((size) =>
    testProduct({
      sku: `MON-${size}`,
      name: '办公显示器',
      aliases: ['显示器'],
      specs: { 尺寸: size },
      unit: '台',
    }),
  );
}

describe('a size said by the whole part of the one value that starts with it', () => {
  it('offers the 10.1寸 case for 10寸 instead of "没有", and 确认 takes it', () => {
    const engine = createDialogEngine({ products: caseShop() });
    const turns = talkTo(engine, ['有平板保护套吗 10寸的来一箱', '确认']);
    expect(turns[0]!.replies.join('')).not.toMatch(/^不好意思，没有10寸/);
    expect(turns[0]!.replies.join('')).toContain('10.1寸');
    expect(lineQtys(turns[1])).toEqual([['CASE-10.1寸', 20]]);
    expect(turns[1]!.order?.status).toBe('confirmed');
  });

  it('offers the 23.8寸 monitor for 23寸', () => {
    const engine = createDialogEngine({ products: monitorShop() });
    const turns = talkTo(engine, ['显示器 23寸 5台', '好的']);
    expect(lineQtys(turns[1])).toEqual([['MON-23.8寸', 5]]);
  });

  it('never takes a size whose whole part differs (25寸 is neither)', () => {
    const engine = createDialogEngine({ products: monitorShop() });
    const turns = talkTo(engine, ['显示器 25寸 5台', '确认']);
    expect(turns[1]!.order?.status).not.toBe('confirmed');
  });
});
