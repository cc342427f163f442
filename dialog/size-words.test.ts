import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up bakery supply shop: cream in a litre and a small bottle, flour in two bag weights, cake tins by 寸. */
function bakeryShop(): Product[] {
  return [
    testProduct({
      sku: 'CREAM-1L',
      name: '铁塔淡奶油 1L',
      brand: '铁塔',
      aliases: ['淡奶油'],
      specs: { 容量: '1L' },
      unit: '瓶',
      conversions: { 箱: 12 },
    }),
    testProduct({
      sku: 'CREAM-250',
      name: '铁塔淡奶油 250ml',
      brand: '铁塔',
      aliases: ['淡奶油'],
      specs: { 容量: '250ml' },
      unit: '瓶',
      conversions: { 箱: 24 },
    }),
    testProduct({
      sku: 'FLOUR-1',
      name: '高筋面粉 1kg',
      aliases: ['面粉'],
      specs: { 重量: '1kg' },
      unit: '袋',
    }),
    testProduct({
      sku: 'FLOUR-5',
      name: '高筋面粉 5kg',
      aliases: ['面粉'],
      specs: { 重量: '5kg' },
      unit: '袋',
    }),
    ...['6寸', '8寸', '10寸'].map((size) =>
      testProduct({
        sku: `TIN-${size}`,
        name: `戚风模具 ${size}`,
        aliases: ['戚风模'],
        specs: { 尺寸: size },
        unit: '个',
      }),
    ),
  ];
}

/** A made-up tackle shop: rods by length, line by 线号. */
function tackleShop(): Product[] {
  return [
    ...['3.6米', '4.5米', '5.4米'].map((length) =>
      testProduct({
        sku: `ROD-${length}`,
        name: `碳素台钓竿 ${length}`,
        aliases: ['台钓竿', '鱼竿'],
        specs: { 长度: length },
        unit: '根',
      }),
    ),
    ...['0.8号', '1.5号'].map((grade) =>
      testProduct({
        sku: `LINE-${grade}`,
        name: `尼龙主线 ${grade}`,
        aliases: ['主线'],
        specs: { 线号: grade },
        unit: '卷',
      }),
    ),
  ];
}

/**
 * A made-up hair salon supply shop: shampoo in a bottle and a drum; gloves whose sizes are words (大号 / 小号);
 * curling irons that differ by barrel and by length, so that 大的 could mean either.
 */
function salonShop(): Product[] {
  return [
    testProduct({
      sku: 'SHAMPOO-500',
      name: '护发洗发水 500ml',
      aliases: ['洗发水'],
      specs: { 容量: '500ml' },
      unit: '瓶',
      conversions: { 箱: 20 },
    }),
    testProduct({
      sku: 'SHAMPOO-5L',
      name: '护发洗发水 5L',
      aliases: ['洗发水'],
      specs: { 容量: '5L' },
      unit: '桶',
      conversions: { 箱: 4 },
    }),
    ...['大号', '中号', '小号'].map((size) =>
      testProduct({
        sku: `GLOVE-${size}`,
        name: `染发手套 ${size}`,
        aliases: ['染发手套'],
        specs: { 尺码: size, 长度: size === '大号' ? '30cm' : '25cm' },
        unit: '包',
      }),
    ),
    testProduct({
      sku: 'IRON-28',
      name: '卷发棒 28mm',
      aliases: ['卷发棒'],
      specs: { 直径: '28mm', 线长: '2米' },
      unit: '个',
    }),
    testProduct({
      sku: 'IRON-32',
      name: '卷发棒 32mm',
      aliases: ['卷发棒'],
      specs: { 直径: '32mm', 线长: '1.8米' },
      unit: '个',
    }),
  ];
}

const bakery = createDialogEngine({ products: bakeryShop() });
const tackle = createDialogEngine({ products: tackleShop() });
const salon = createDialogEngine({ products: salonShop() });

describe('A size word answers a question whose options differ in one measure', () => {
  it.each([
    [bakery, ['淡奶油 2箱', '大瓶的'], [['CREAM-1L', 24]], '淡奶油 1L'],
    [bakery, ['面粉 3袋', '小的'], [['FLOUR-1', 3]], '面粉 1kg'],
    [bakery, ['戚风模 10个', '最小号'], [['TIN-6寸', 10]], '模具 6寸'],
    [bakery, ['戚风模 10个', '小的那种'], [['TIN-6寸', 10]], '模具 6寸'],
    [tackle, ['台钓竿 3根', '最长的'], [['ROD-5.4米', 3]], '5.4米'],
    [tackle, ['台钓竿 3根', '最短的'], [['ROD-3.6米', 3]], '3.6米'],
    [tackle, ['主线 2卷', '细一点的'], [['LINE-0.8号', 2]], '0.8号'],
    [tackle, ['主线 2卷', '粗的'], [['LINE-1.5号', 2]], '1.5号'],
    [salon, ['洗发水 2箱', '大桶的'], [['SHAMPOO-5L', 8]], '洗发水 5L'],
  ] as const)('takes that end of the sizes still possible (%#)', (engine, turns, lines, shown) => {
    const said = talkTo(engine, [...turns, '确认']);
    expect(lineQtys(said[1])).toEqual(lines);
    // the reply says what was taken
    expect(said[1]!.replies.join('')).toContain(shown);
    expect(said[2]!.order?.status).toBe('confirmed');
  });

  it.each([
    [bakery, '大瓶的淡奶油 2箱', [['CREAM-1L', 24]]],
    [bakery, '小袋的面粉 3袋', [['FLOUR-1', 3]]],
    [tackle, '台钓竿 最短的 3根', [['ROD-3.6米', 3]]],
    [salon, '要大桶的洗发水2箱', [['SHAMPOO-5L', 8]]],
    [salon, '洗发水 来小瓶的 2箱', [['SHAMPOO-500', 40]]],
  ] as const)('takes it when said with the item: %#', (engine, text, lines) => {
    expect(lineQtys(talkTo(engine, [text])[0])).toEqual(lines);
  });

  it('reads 大号 as a value when an option is called so', () => {
    const said = talkTo(salon, ['染发手套 5包', '小号']);
    expect(lineQtys(said[1])).toEqual([['GLOVE-小号', 5]]);
    // 大的 where 大号 is one option's name picks it by name, never by the 30cm length
    expect(lineQtys(talkTo(salon, ['染发手套 5包', '大号的'])[1])).toEqual([['GLOVE-大号', 5]]);
  });

  it('asks about 长一点的 among more than two lengths: more than one of them, not the longest', () => {
    const said = talkTo(tackle, ['台钓竿 3根', '长一点的', '4.5米的']);
    expect(lineQtys(said[1])).toEqual([]);
    expect(lineQtys(said[2])).toEqual([['ROD-4.5米', 3]]);
  });

  it('asks as before when the options differ in two measures the word could mean', () => {
    const said = talkTo(salon, ['卷发棒 2个', '大的', '确认']);
    expect(lineQtys(said[1])).toEqual([]);
    expect(said[2]!.order?.status).not.toBe('confirmed');
  });
});
