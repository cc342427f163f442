import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * Made-up counters with price tiers of their own names: a price asked at a tier (饭店价多少, 工程价格, 批发价钱) names
 * the price, never a product or a value the shop lacks ("没有…饭店价的…").
 */
function gloveShop(): Product[] {
  const glove = (sku: string, material: string) =>
    testProduct({
      sku,
      name: `${material}劳保手套`,
      aliases: ['手套', '劳保手套'],
      specs: { 材质: material },
      unit: '打',
      conversions: { 箱: 30 },
      priceFen: 1500,
      tierPricesFen: { 工厂: 1200, 批发: 1300 },
    });
  return [
    glove('GL-NJ', '丁腈'),
    glove('GL-RJ', '乳胶'),
    testProduct({ sku: 'MASK', name: '防尘口罩', unit: '盒' }),
  ];
}

function drinkShop(): Product[] {
  const cola = (sku: string, size: string) =>
    testProduct({
      sku,
      name: '可口可乐',
      aliases: ['可乐'],
      specs: { 规格: size },
      unit: '箱',
      priceFen: 4800,
      tierPricesFen: { 餐饮: 4500, 商超: 4300 },
    });
  return [
    cola('COLA-330', '330ml'),
    cola('COLA-500', '500ml'),
    testProduct({ sku: 'WATER', name: '矿泉水', unit: '箱' }),
  ];
}

function lampShop(): Product[] {
  const panel = (sku: string, watts: string) =>
    testProduct({
      sku,
      name: 'LED平板灯',
      aliases: ['平板灯', '面板灯'],
      specs: { 功率: watts },
      unit: '个',
      priceFen: 6800,
      tierPricesFen: { 工程: 5200, 经销: 5800 },
    });
  return [
    panel('PL-36', '36W'),
    panel('PL-48', '48W'),
    testProduct({ sku: 'BULB', name: 'LED球泡', unit: '个' }),
  ];
}

const trades = [
  {
    trade: 'work gloves',
    shop: gloveShop,
    tier: '工厂',
    asked: '丁腈手套工厂价多少一打',
    amount: '来20打',
    sku: 'GL-NJ',
    qty: 20,
  },
  {
    trade: 'drinks',
    shop: drinkShop,
    tier: '商超',
    asked: '可乐500ml的商超价多少一箱',
    amount: '那拿10箱',
    sku: 'COLA-500',
    qty: 10,
  },
  {
    trade: 'lamps',
    shop: lampShop,
    tier: '经销',
    asked: '36W平板灯经销价钱多少',
    amount: '要50个',
    sku: 'PL-36',
    qty: 50,
  },
];

describe('a price asked at a tier', () => {
  it.each(trades)(
    'is a price question, then the amount orders it ($trade)',
    ({ shop, tier, asked, amount, sku, qty }) => {
      const engine = createDialogEngine({ products: shop() });
      const [question, order] = talkTo(engine, [asked, amount], { tier });
      expect(question!.replies.join('')).not.toMatch(/没有|没找到|没看明白/);
      expect(lineQtys(order)).toEqual([[sku, qty]]);
    },
  );

  it.each(trades)('said beside an order is no product word ($trade)', ({ shop, tier, asked, sku }) => {
    const engine = createDialogEngine({ products: shop() });
    const withAmount = `${asked.replace(/多少.*$/, '')} 8${shop()[0]!.unit}`;
    const [turn] = talkTo(engine, [withAmount], { tier });
    expect(turn!.replies.join('')).not.toMatch(/没有|没找到|没看明白/);
    expect(lineQtys(turn)).toEqual([[sku, 8]]);
  });

  it('leaves a tier name the catalog uses as a word of its own to the catalog', () => {
    const products = [
      ...gloveShop(),
      testProduct({ sku: 'TAG', name: '工厂价标签', unit: '张', tierPricesFen: { 工厂: 10 } }),
    ];
    const engine = createDialogEngine({ products });
    const [turn] = talkTo(engine, ['工厂价标签 100张']);
    expect(lineQtys(turn)).toEqual([['TAG', 100]]);
  });
});
