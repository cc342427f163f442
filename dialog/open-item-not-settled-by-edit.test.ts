import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * An item the customer gave with an amount that the shop sells, only not in the spec said ("没有28寸的…"), stays open
 * until the customer picks what there is or lets it go. An edit of another line already on the draft — even of a
 * product of the same kind — is about that line: it never settles the open item, and a confirmation asks about it.
 */
function umbrellaShop(): Product[] {
  const umbrella = (sku: string, name: string, alias: string, size: string, colour: string) =>
    testProduct({
      sku,
      name,
      brand: '天堂',
      category: '雨伞',
      aliases: [alias],
      specs: { 尺寸: size, 颜色: colour },
      unit: '把',
    });
  return [
    umbrella('FD-21-BK', '天堂三折伞', '折叠伞', '21寸', '黑色'),
    umbrella('FD-23-BK', '天堂三折伞', '折叠伞', '23寸', '黑色'),
    umbrella('LG-24-BK', '天堂长柄伞', '长柄伞', '24寸', '黑色'),
    umbrella('LG-24-RD', '天堂长柄伞', '长柄伞', '24寸', '红色'),
  ];
}

function candleShop(): Product[] {
  const candle = (sku: string, name: string, alias: string, size: string, scent: string) =>
    testProduct({
      sku,
      name,
      category: '蜡烛',
      aliases: [alias],
      specs: { 规格: size, 香型: scent },
      unit: '盒',
    });
  return [
    candle('TL-50-LV', '茶蜡蜡烛', '茶蜡', '50粒', '薰衣草'),
    candle('TL-100-LV', '茶蜡蜡烛', '茶蜡', '100粒', '薰衣草'),
    candle('PL-7-LV', '香薰柱蜡', '柱蜡', '7cm', '薰衣草'),
    candle('PL-7-RS', '香薰柱蜡', '柱蜡', '7cm', '玫瑰'),
  ];
}

function brushShop(): Product[] {
  const brush = (sku: string, name: string, alias: string, size: string, hair: string) =>
    testProduct({
      sku,
      name,
      category: '毛笔',
      aliases: [alias],
      specs: { 笔头: size, 毫料: hair },
      unit: '支',
    });
  return [
    brush('KS-S-W', '善琏湖笔楷书笔', '楷书笔', '小楷', '狼毫'),
    brush('KS-M-W', '善琏湖笔楷书笔', '楷书笔', '中楷', '狼毫'),
    brush('XS-L-W', '善琏湖笔行书笔', '行书笔', '大号', '狼毫'),
    brush('XS-L-Y', '善琏湖笔行书笔', '行书笔', '大号', '羊毫'),
  ];
}

const trades = [
  {
    trade: 'umbrellas',
    shop: umbrellaShop,
    order: '折叠伞 28寸 10把 长柄伞黑色 5把',
    edit: '不对 长柄伞改成红色',
    edited: ['LG-24-RD', 5] as [string, number],
  },
  {
    trade: 'candles',
    shop: candleShop,
    order: '茶蜡 200粒装的 10盒 柱蜡薰衣草 5盒',
    edit: '不对 柱蜡改成玫瑰的',
    edited: ['PL-7-RS', 5] as [string, number],
  },
  {
    trade: 'calligraphy brushes',
    shop: brushShop,
    order: '楷书笔 特大号 20支 行书笔狼毫 10支',
    edit: '不对 行书笔改成羊毫的',
    edited: ['XS-L-Y', 10] as [string, number],
  },
];

describe('An item kept open beside a "没有" is not settled by an edit of another line', () => {
  it.each(trades)(
    'asks about it at the confirmation after the edit ($trade)',
    ({ shop, order, edit, edited }) => {
      const engine = createDialogEngine({ products: shop() });
      const turns = talkTo(engine, [order, edit, '确认']);
      expect(turns[0]!.replies.join('\n')).toMatch(/没有/);
      expect(lineQtys(turns[1])).toEqual([edited]);
      expect(turns[2]!.order?.status).toBe('draft');
      expect(turns[2]!.replies.join('\n')).toMatch(/还有一项没定/);
    },
  );

  it.each(trades)(
    'confirms the edited line once the item is let go ($trade)',
    ({ shop, order, edit, edited }) => {
      const engine = createDialogEngine({ products: shop() });
      const turns = talkTo(engine, [order, edit, '确认', '不要了', '确认']);
      expect(turns[4]!.order?.status).toBe('confirmed');
      expect(lineQtys(turns[4])).toEqual([edited]);
    },
  );
});
