import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';
import type { PastOrder } from './dialog-types.js';

/**
 * A reorder phrase said of one item — glued to its product word (上次的黄芪再来10斤) or after an item given with its
 * own amount (再补3个 要跟上次一样的) — is that item as in the last order, in the amount said; the rest of the last
 * order is not ordered again. Said alone or of the rest (跟上次一样 / 其他跟上次一样) it is the whole order, as before.
 */
function herbShop(): Product[] {
  const herb = (sku: string, name: string, alias: string, grade: string) =>
    testProduct({ sku, name, aliases: [alias], specs: { 等级: grade }, unit: '斤' });
  return [
    herb('HQ-A', '甘肃黄芪', '黄芪', '特级'),
    herb('HQ-B', '甘肃黄芪', '黄芪', '统货'),
    herb('DG-A', '岷县当归', '当归', '特级'),
  ];
}

function luggageShop(): Product[] {
  const case_ = (sku: string, size: string, colour: string) =>
    testProduct({
      sku,
      name: '新秀丽拉杆箱',
      aliases: ['拉杆箱'],
      specs: { 尺寸: size, 颜色: colour },
      unit: '个',
    });
  return [
    case_('NS-20-BK', '20寸', '黑色'),
    case_('NS-20-GY', '20寸', '灰色'),
    case_('NS-24-BK', '24寸', '黑色'),
    testProduct({ sku: 'TAG', name: '行李牌', unit: '个' }),
  ];
}

function candleShop(): Product[] {
  const candle = (sku: string, scent: string) =>
    testProduct({ sku, name: '香薰柱蜡', aliases: ['柱蜡'], specs: { 香型: scent }, unit: '盒' });
  return [
    candle('PL-LV', '薰衣草'),
    candle('PL-RS', '玫瑰'),
    testProduct({ sku: 'LIGHTER', name: '点火枪', unit: '把' }),
  ];
}

const trades: {
  trade: string;
  shop: () => Product[];
  history: PastOrder[];
  glued: string;
  after: string;
  sku: string;
}[] = [
  {
    trade: 'herbs',
    shop: herbShop,
    history: [
      {
        lines: [
          { sku: 'HQ-B', qty: 20 },
          { sku: 'DG-A', qty: 5 },
        ],
      },
    ],
    glued: '上次的黄芪再来10斤',
    after: '黄芪 再补10斤 要跟上次一样的',
    sku: 'HQ-B',
  },
  {
    trade: 'luggage',
    shop: luggageShop,
    history: [
      {
        lines: [
          { sku: 'NS-20-GY', qty: 6 },
          { sku: 'TAG', qty: 50 },
        ],
      },
    ],
    glued: '上次的拉杆箱再来10个',
    after: '20寸拉杆箱 再补10个 要跟上次同一个颜色',
    sku: 'NS-20-GY',
  },
  {
    trade: 'candles',
    shop: candleShop,
    history: [
      {
        lines: [
          { sku: 'PL-RS', qty: 8 },
          { sku: 'LIGHTER', qty: 2 },
        ],
      },
    ],
    glued: '上次的柱蜡再来10盒',
    after: '柱蜡 再补10盒 要跟上次一样的',
    sku: 'PL-RS',
  },
];

describe('A reorder said of one item', () => {
  it.each(trades)('orders only that line of the last order, in the amount said ($trade)', (t) => {
    const engine = createDialogEngine({ products: t.shop() });
    for (const said of [t.glued, t.after]) {
      const turns = talkTo(engine, [said, '确认'], { history: t.history });
      expect(turns[1]!.order?.status).toBe('confirmed');
      expect(lineQtys(turns[1])).toEqual([[t.sku, 10]]);
    }
  });

  it.each(trades)('is the whole last order when said alone or of the rest ($trade)', (t) => {
    const engine = createDialogEngine({ products: t.shop() });
    const whole = t.history[0]!.lines.map((l) => [l.sku, l.qty]);
    expect(lineQtys(talkTo(engine, ['跟上次一样'], { history: t.history })[0])).toEqual(whole);
  });
});
