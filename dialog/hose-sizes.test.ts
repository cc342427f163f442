import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * A made-up irrigation stall: wire-reinforced hose by its bore (内径, sold by the 米 in 卷 of 50), barbed connectors
 * by the hose they take (包 of 10), and hose clamps by the range they close on. The water-hose trade says a hose's
 * bore in 分 / 寸: 4分 is the 16 mm hose, 6分 the 20, 1寸 the 25, 寸半 the 38 — not the plastic pipe's outside
 * diameter (4分 = 20 mm), which read them one size up and confirmed the wrong hose.
 */
function irrigationStall(): Product[] {
  return [
    ...['16', '20', '25', '38'].map((mm) =>
      testProduct({
        sku: `HOSE-${mm}`,
        name: '农用钢丝软管',
        aliases: ['钢丝管'],
        specs: { 内径: `${mm}mm` },
        unit: '米',
        conversions: { 卷: 50 },
      }),
    ),
    ...['16', '20', '25', '38'].map((mm) =>
      testProduct({
        sku: `BARB-${mm}`,
        name: '塑料宝塔接头',
        aliases: ['宝塔头'],
        specs: { 规格: `${mm}mm` },
        unit: '个',
        conversions: { 包: 10 },
      }),
    ),
    testProduct({
      sku: 'CLAMP-2032',
      name: '不锈钢喉箍',
      aliases: ['卡箍'],
      specs: { 规格: '20-32mm' },
      unit: '个',
    }),
  ];
}

const engine = createDialogEngine({ products: irrigationStall() });

describe('a hose and its connectors by the size the hose trade says', () => {
  it('reads 4分 / 6分 / 寸半 of a hose as its bore, and of a connector as the hose it takes', () => {
    const turns = talkTo(engine, ['4分钢丝管100米 6分的宝塔头一包 寸半钢丝管 1卷', '确认']);
    expect(lineQtys(turns[1])).toEqual([
      ['HOSE-16', 100],
      ['BARB-20', 10],
      ['HOSE-38', 50],
    ]);
  });

  it('keeps a correction of the size within the line’s own family, never a clamp whose range holds it', () => {
    const turns = talkTo(engine, ['钢丝管6分 50米', '不对 要1寸的', '确认']);
    expect(lineQtys(turns[1])).toEqual([['HOSE-25', 50]]);
    expect(turns[2]!.order?.status).toBe('confirmed');
  });
});
