import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up fruit stall: apples by 产地 and 果径, sold by the 箱; no durian. */
function fruitShop(): Product[] {
  return ['80', '85'].flatMap((size) =>
    ['烟台', '洛川'].map((origin) =>
      testProduct({
        sku: `APPLE-${origin}-${size}`,
        name: `${origin}红富士苹果`,
        aliases: ['红富士', '苹果'],
        specs: { 产地: origin, 果径: `${size}mm` },
        unit: '箱',
      }),
    ),
  );
}

/** A made-up fastener counter: self-tapping screws by size in 盒; no expansion bolts. */
function screwShop(): Product[] {
  return ['M4', 'M5'].map((size) =>
    testProduct({
      sku: `ST-${size}`,
      name: '十字自攻钉',
      aliases: ['自攻钉', '自攻螺丝'],
      specs: { 规格: size },
      unit: '盒',
    }),
  );
}

describe('再来 / 再加 after an item the shop does not sell opens a new item', () => {
  it('answers the durian alone and orders the apples said after 再来', () => {
    const engine = createDialogEngine({ products: fruitShop() });
    const turns = talkTo(engine, ['要3箱榴莲 再来烟台红富士85的5箱', '行 就这样']);
    const first = turns[0]!.replies.join('\n');
    expect(first).toContain('榴莲');
    expect(first).not.toMatch(/榴莲[^\n]*红富士/);
    expect(lineQtys(turns[0])).toEqual([['APPLE-烟台-85', 5]]);
    expect(turns[1]!.order?.status).toBe('confirmed');
  });

  it('answers the bolts alone and orders the screws said after 再加', () => {
    const engine = createDialogEngine({ products: screwShop() });
    const turns = talkTo(engine, ['要2盒膨胀螺栓 再加自攻钉M4 3盒', '确认']);
    expect(turns[0]!.replies.join('\n')).not.toMatch(/膨胀螺栓[^\n]*自攻钉/);
    expect(lineQtys(turns[1])).toEqual([['ST-M4', 3]]);
    expect(turns[1]!.order?.status).toBe('confirmed');
  });
});
