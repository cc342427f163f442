import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * Made-up counters whose goods come in numbered sizes: a 各 over a range said with 到/至 (40到43各10双, 6到10寸各2把)
 * means every size the shop holds from one end to the other, never only the two ends said.
 */
function bootShop(): Product[] {
  const boot = (size: string) =>
    testProduct({
      sku: `BOOT-${size}`,
      name: '耐磨雨鞋',
      aliases: ['雨鞋', '水鞋'],
      specs: { 码: size },
      unit: '双',
    });
  return [
    ...['39', '40', '41', '42', '43', '44'].map(boot),
    testProduct({ sku: 'SOCK', name: '棉袜', unit: '双' }),
  ];
}

function wrenchShop(): Product[] {
  const wrench = (size: string) =>
    testProduct({
      sku: `WR-${size}`,
      name: '活动扳手',
      aliases: ['活扳手', '扳手'],
      specs: { 规格: `${size}寸` },
      unit: '把',
    });
  return [...['6', '8', '10', '12'].map(wrench), testProduct({ sku: 'TAPE', name: '电工胶布', unit: '卷' })];
}

function drillShop(): Product[] {
  const drill = (size: string) =>
    testProduct({
      sku: `DR-${size}`,
      name: '高速钢麻花钻',
      aliases: ['麻花钻', '钻头'],
      specs: { 直径: `${size}mm` },
      unit: '支',
    });
  return [
    ...['3', '3.5', '4', '4.5', '5', '6'].map(drill),
    testProduct({ sku: 'CHUCK', name: '钻夹头', unit: '个' }),
  ];
}

const trades = [
  {
    trade: 'rubber boots',
    shop: bootShop,
    said: '雨鞋 40到42各6双',
    skus: ['BOOT-40', 'BOOT-41', 'BOOT-42'],
    qty: 6,
  },
  {
    trade: 'wrenches',
    shop: wrenchShop,
    said: '活动扳手 6到10寸各2把',
    skus: ['WR-6', 'WR-8', 'WR-10'],
    qty: 2,
  },
  {
    trade: 'drill bits',
    shop: drillShop,
    said: '麻花钻 3至5各10支',
    skus: ['DR-3', 'DR-3.5', 'DR-4', 'DR-4.5', 'DR-5'],
    qty: 10,
  },
];

describe('各 over a range of sizes said with 到', () => {
  it.each(trades)(
    'gives every size the shop holds in the range its line ($trade)',
    ({ shop, said, skus, qty }) => {
      const engine = createDialogEngine({ products: shop() });
      const [turn] = talkTo(engine, [said]);
      expect(lineQtys(turn)).toEqual(skus.map((sku) => [sku, qty]));
    },
  );

  it.each(trades)('never confirms only the two ends ($trade)', ({ shop, said, skus }) => {
    const engine = createDialogEngine({ products: shop() });
    const turns = talkTo(engine, [said, '确认']);
    if (turns[1]!.order?.status === 'confirmed')
      expect(lineQtys(turns[1]).map(([sku]) => sku)).toEqual(expect.arrayContaining(skus));
  });

  it('leaves two sizes said apart as two lines (40 43各10双)', () => {
    const engine = createDialogEngine({ products: bootShop() });
    const [turn] = talkTo(engine, ['雨鞋 40 43各10双']);
    expect(lineQtys(turn)).toEqual([
      ['BOOT-40', 10],
      ['BOOT-43', 10],
    ]);
  });

  it('does not spread over a range whose end the shop does not hold (40到46)', () => {
    const engine = createDialogEngine({ products: bootShop() });
    const turns = talkTo(engine, ['雨鞋 40到46各10双', '确认']);
    // never the whole range up to 44 as if 46 were said; whatever is placed was said
    const placed = lineQtys(turns[1]).map(([sku]) => sku);
    expect(placed).not.toContain('BOOT-41');
  });
});
