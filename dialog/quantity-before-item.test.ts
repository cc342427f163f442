import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * A made-up grain-and-oil wholesaler: 金龙 oil and rice (rice in 5kg and 10kg bags), and a 福临 rice whose own name
 * holds a size word (福临小袋大米).
 */
function grainShop(): Product[] {
  return [
    testProduct({
      sku: 'JL-OIL-5L',
      name: '金龙调和油',
      brand: '金龙',
      aliases: ['食用油', '调和油'],
      specs: { 容量: '5L' },
      unit: '桶',
    }),
    testProduct({
      sku: 'JL-RICE-5',
      name: '金龙东北大米',
      brand: '金龙',
      aliases: ['大米'],
      specs: { 重量: '5kg' },
      unit: '袋',
    }),
    testProduct({
      sku: 'JL-RICE-10',
      name: '金龙东北大米',
      brand: '金龙',
      aliases: ['大米'],
      specs: { 重量: '10kg' },
      unit: '袋',
    }),
    testProduct({
      sku: 'FL-RICE',
      name: '福临小袋大米',
      brand: '福临',
      aliases: ['大米'],
      specs: { 重量: '2.5kg' },
      unit: '袋',
    }),
  ];
}

/**
 * A made-up pet-food shop: 皇家 dog and cat food (cat food in 2kg and 10kg bags), and a 伟嘉 cat food whose name holds
 * a size word (伟嘉小袋猫粮).
 */
function petShop(): Product[] {
  return [
    testProduct({
      sku: 'HJ-DOG-8',
      name: '皇家成犬粮',
      brand: '皇家',
      aliases: ['狗粮'],
      specs: { 重量: '8kg' },
      unit: '袋',
    }),
    testProduct({
      sku: 'HJ-CAT-2',
      name: '皇家成猫粮',
      brand: '皇家',
      aliases: ['猫粮'],
      specs: { 重量: '2kg' },
      unit: '袋',
    }),
    testProduct({
      sku: 'HJ-CAT-10',
      name: '皇家成猫粮',
      brand: '皇家',
      aliases: ['猫粮'],
      specs: { 重量: '10kg' },
      unit: '袋',
    }),
    testProduct({
      sku: 'WJ-CAT',
      name: '伟嘉小袋猫粮',
      brand: '伟嘉',
      aliases: ['猫粮'],
      specs: { 重量: '1.3kg' },
      unit: '袋',
    }),
  ];
}

describe('a brand right after an amount said before its item', () => {
  it('belongs to that item, not to the one before (grain and oil)', () => {
    const turns = talkTo(createDialogEngine({ products: grainShop() }), [
      '来三桶金龙食用油 十袋金龙大米小袋的',
      '确认',
    ]);
    expect(lineQtys(turns[0])).toEqual([
      ['JL-OIL-5L', 3],
      ['JL-RICE-5', 10],
    ]);
  });

  it('belongs to that item, not to the one before (pet food)', () => {
    const turns = talkTo(createDialogEngine({ products: petShop() }), [
      '来五袋皇家狗粮 八袋皇家猫粮小袋的',
      '确认',
    ]);
    expect(lineQtys(turns[0])).toEqual([
      ['HJ-DOG-8', 5],
      ['HJ-CAT-2', 8],
    ]);
  });
});

/** A made-up copy-paper dealer: 得力 paper by 克重 and 张数 (80g short in stock), and a 得力 note pad named 小包便签. */
function paperShop(): Product[] {
  const paper = (sku: string, weight: string, sheets: string, stock = 1000) =>
    testProduct({
      sku,
      name: '得力复印纸',
      brand: '得力',
      aliases: ['复印纸'],
      specs: { 克重: weight, 张数: sheets },
      unit: '包',
      stock,
    });
  return [
    paper('DL-80-500', '80g', '500张', 8),
    paper('DL-70-500', '70g', '500张'),
    paper('DL-70-250', '70g', '250张'),
    testProduct({ sku: 'DL-BQ', name: '得力小包便签', brand: '得力', aliases: ['便签'], unit: '包' }),
  ];
}

/** A made-up toothpick wholesaler: 双枪 toothpicks by 长度 and 支数 (7cm short in stock), and 双枪小盒牙线. */
function toothpickShop(): Product[] {
  const picks = (sku: string, length: string, count: string, stock = 1000) =>
    testProduct({
      sku,
      name: '双枪竹牙签',
      brand: '双枪',
      aliases: ['牙签'],
      specs: { 长度: length, 支数: count },
      unit: '盒',
      stock,
    });
  return [
    picks('YQ-7-800', '7cm', '800支', 10),
    picks('YQ-65-800', '6.5cm', '800支'),
    picks('YQ-65-300', '6.5cm', '300支'),
    testProduct({ sku: 'SQ-YX', name: '双枪小盒牙线', brand: '双枪', aliases: ['牙线'], unit: '盒' }),
  ];
}

describe('an amount that answers a question, then 再拿 and a new item', () => {
  it('keeps the new item whole: its words never go to the amount before (copy paper)', () => {
    const turns = talkTo(createDialogEngine({ products: paperShop() }), [
      '得力复印纸80g 要20包',
      '那就8包 再拿得力70g小包的12包',
      '确认',
    ]);
    expect(lineQtys(turns[1])).toEqual([
      ['DL-80-500', 8],
      ['DL-70-250', 12],
    ]);
  });

  it('keeps the new item whole: its words never go to the amount before (toothpicks)', () => {
    const turns = talkTo(createDialogEngine({ products: toothpickShop() }), [
      '双枪竹牙签7cm 要30盒',
      '那就10盒 再来双枪6.5cm小盒的20盒',
      '确认',
    ]);
    expect(lineQtys(turns[1])).toEqual([
      ['YQ-7-800', 10],
      ['YQ-65-300', 20],
    ]);
  });
});
