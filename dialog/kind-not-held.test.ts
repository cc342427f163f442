import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up aquarium counter: fish food for 金鱼 and 龙鱼 (also just 鱼粮), and filter wool. */
function aquariumShop(): Product[] {
  return [
    testProduct({ sku: 'FF-GOLD', name: '金鱼粮 100g', aliases: ['金鱼粮', '鱼粮'], unit: '包' }),
    testProduct({ sku: 'FF-ARO', name: '龙鱼粮 500g', aliases: ['龙鱼粮', '鱼粮'], unit: '包' }),
    testProduct({ sku: 'WOOL', name: '过滤棉', aliases: ['滤棉'], unit: '片' }),
  ];
}

/** A made-up bubble-tea supplies counter: tea powders (红茶粉, 绿茶粉, also just 茶粉) and tapioca pearls. */
function teaPowderShop(): Product[] {
  return [
    testProduct({ sku: 'TP-RED', name: '红茶粉 1kg', aliases: ['红茶粉', '茶粉'], unit: '袋' }),
    testProduct({ sku: 'TP-GRN', name: '绿茶粉 1kg', aliases: ['绿茶粉', '茶粉'], unit: '袋' }),
    testProduct({ sku: 'PEARL', name: '黑糖珍珠 1kg', aliases: ['珍珠', '粉圆'], unit: '包' }),
  ];
}

/** A made-up battery counter: 锂电池 and 碱电池 (also just 电池), and battery boxes. */
function batteryShop(): Product[] {
  return [
    testProduct({ sku: 'B-LI', name: '锂电池 18650', aliases: ['锂电池', '电池'], unit: '节' }),
    testProduct({ sku: 'B-AL', name: '碱电池 5号', aliases: ['碱电池', '电池'], unit: '节' }),
    testProduct({ sku: 'BOX', name: '电池盒', aliases: ['电池座'], unit: '个' }),
  ];
}

const trades = [
  { trade: 'aquarium', shop: aquariumShop, lacking: '鳗鱼粮', held: '金鱼粮', sku: 'FF-GOLD', unit: '包' },
  { trade: 'bubble tea', shop: teaPowderShop, lacking: '抹茶粉', held: '绿茶粉', sku: 'TP-GRN', unit: '袋' },
  { trade: 'batteries', shop: batteryShop, lacking: '镍电池', held: '锂电池', sku: 'B-LI', unit: '节' },
];

describe('A product word naming a kind the family does not hold', () => {
  for (const { trade, shop, lacking, held, sku, unit } of trades) {
    describe(`(${trade})`, () => {
      const engine = createDialogEngine({ products: shop() });

      it('is not taken for the family: said back whole, never asked as which of the family, its amount kept off', () => {
        const [turn] = talkTo(engine, [`要20${unit}${lacking} 10${unit}${held}`]);
        const reply = turn!.replies.join('');
        expect(reply).toContain(lacking);
        expect(reply).not.toMatch(/要哪/);
        expect(lineQtys(turn)).toEqual([[sku, 10]]);
      });

      it('still narrows by a character the catalog does carry in that place', () => {
        const [turn] = talkTo(engine, [`${held}3${unit}`]);
        expect(lineQtys(turn)).toEqual([[sku, 3]]);
      });
    });
  }
});
