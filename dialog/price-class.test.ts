import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * 五毛钱的辣条 / 两块钱的矿泉水 / 一块钱的打火机: the price a product sells for in the corner shop, said before its
 * name, is which product it is (the price class), never an amount of it nor a word of its name.
 */
function snackShop(): Product[] {
  return [
    testProduct({
      sku: 'LT',
      name: '卫龙辣条',
      aliases: ['辣条'],
      specs: { 规格: '30g' },
      unit: '包',
      conversions: { 箱: 60 },
    }),
    testProduct({
      sku: 'GZ',
      name: '旺旺雪饼',
      aliases: ['雪饼'],
      specs: { 规格: '84g' },
      unit: '包',
      conversions: { 箱: 24 },
    }),
  ];
}

function drinksShop(): Product[] {
  return [
    testProduct({
      sku: 'WATER',
      name: '农夫山泉矿泉水',
      aliases: ['矿泉水'],
      specs: { 规格: '550ml' },
      unit: '瓶',
      conversions: { 箱: 24 },
    }),
    testProduct({
      sku: 'COLA',
      name: '可口可乐',
      aliases: ['可乐'],
      specs: { 规格: '330ml' },
      unit: '罐',
      conversions: { 箱: 24 },
    }),
  ];
}

function sundriesShop(): Product[] {
  return [
    testProduct({
      sku: 'LTR',
      name: '一次性打火机',
      aliases: ['打火机'],
      unit: '个',
      conversions: { 盒: 50 },
    }),
    testProduct({ sku: 'TP', name: '卷纸', aliases: [], unit: '提' }),
  ];
}

const said = [
  { trade: 'snacks', shop: snackShop, text: '五毛钱的辣条来2箱', lines: [['LT', 120]] },
  { trade: 'drinks', shop: drinksShop, text: '两块钱的矿泉水 3箱', lines: [['WATER', 72]] },
  { trade: 'sundries', shop: sundriesShop, text: '一块钱的打火机 拿一盒', lines: [['LTR', 50]] },
  {
    trade: 'sundries',
    shop: sundriesShop,
    text: '要1块钱的打火机2盒 卷纸3提',
    lines: [
      ['LTR', 100],
      ['TP', 3],
    ],
  },
];

describe('A price class said before a product', () => {
  it.each(said)('reads "$text" as the product, its price no amount ($trade)', ({ shop, text, lines }) => {
    const engine = createDialogEngine({ products: shop() });
    const [turn] = talkTo(engine, [text]);
    expect(lineQtys(turn)).toEqual(lines);
  });
});
