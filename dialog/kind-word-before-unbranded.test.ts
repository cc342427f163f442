import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * A made-up car-lamp counter: bulbs without brands (the shop does not sell them by brand), and a counter of fishing
 * rods sold by brand. A word the catalog lacks right before a product word is a brand the shop may not carry only
 * where that product is sold by brand; before a product no brand is kept for, it is a kind said the trade's way
 * (超亮 for a brighter tail bulb; 双丝, the dual filament, is in the trade lexicon since), asked about — never "没有" and the rest confirmed without it.
 */
function lampAndRodShop(): Product[] {
  return [
    testProduct({
      sku: 'BULB-TAIL',
      name: '尾灯泡',
      category: '灯泡',
      specs: { 灯座: 'BAY15D', 功率: '21/5W' },
      unit: '个',
      conversions: { 盒: 10 },
    }),
    testProduct({
      sku: 'BULB-TURN',
      name: '转向灯泡',
      category: '灯泡',
      specs: { 灯座: 'BA15S', 功率: '10W' },
      unit: '个',
      conversions: { 盒: 10 },
    }),
    ...['3.6米', '4.5米'].map((length) =>
      testProduct({
        sku: `ROD-GW-${length}`,
        name: '光威海竿',
        brand: '光威',
        aliases: ['海竿'],
        specs: { 长度: length },
        unit: '根',
      }),
    ),
  ];
}

/** A made-up tailoring-supplies counter: pocket linings by width, no brand; zips sold by brand. */
function liningShop(): Product[] {
  return [
    ...['1.5米', '1.6米'].map((width) =>
      testProduct({
        sku: `LINING-${width}`,
        name: '口袋布',
        specs: { 门幅: width },
        unit: '米',
      }),
    ),
    testProduct({
      sku: 'ZIP-YKK-20',
      name: 'YKK拉链',
      brand: 'YKK',
      aliases: ['拉链'],
      specs: { 长度: '20cm' },
      unit: '条',
    }),
  ];
}

describe('a word the catalog lacks before the word of a product no brand is kept for', () => {
  it('asks about the product the known words fit, and does not confirm the rest without it', () => {
    const engine = createDialogEngine({ products: lampAndRodShop() });
    const turns = talkTo(engine, ['转向灯泡一盒 超亮的尾灯泡一盒', '确认']);
    expect(turns[0]!.replies.join('\n')).not.toContain('我们店里没有');
    expect(turns[0]!.replies.join('\n')).toContain('尾灯泡');
    expect(turns[1]!.order?.status).not.toBe('confirmed');
    const taken = talkTo(engine, ['转向灯泡一盒 超亮的尾灯泡一盒', '要', '确认']);
    expect(taken[2]!.order?.status).toBe('confirmed');
    expect(lineQtys(taken[2])).toEqual([
      ['BULB-TURN', 10],
      ['BULB-TAIL', 10],
    ]);
  });

  it('asks in another trade too (精梳的口袋布 where no lining has a brand)', () => {
    const engine = createDialogEngine({ products: liningShop() });
    const turns = talkTo(engine, ['精梳的口袋布 1.6米的 200米']);
    expect(turns[0]!.replies.join('\n')).not.toContain('我们店里没有');
    expect(turns[0]!.order?.status).not.toBe('confirmed');
  });

  it('still says the shop lacks a brand said before a product sold by brand', () => {
    const rods = createDialogEngine({ products: lampAndRodShop() });
    expect(talkTo(rods, ['达瓦的海竿 3.6米 2根'])[0]!.replies.join('\n')).toContain('没有');
    const zips = createDialogEngine({ products: liningShop() });
    expect(talkTo(zips, ['三利的拉链 20条'])[0]!.replies.join('\n')).toContain('没有');
  });
});
