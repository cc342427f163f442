import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up architectural model supply shop: scale figures by 1:N, ABS sheet by thickness. */
function modelShop(): Product[] {
  return [
    ...['1:50', '1:100', '1:200'].map((scale) =>
      testProduct({
        sku: `FIG-${scale.slice(2)}`,
        name: `比例人 ${scale}`,
        aliases: ['比例人', '模型人'],
        specs: { 比例: scale },
        unit: '包',
      }),
    ),
    ...['1:43', '1:87'].map((scale) =>
      testProduct({
        sku: `TREE-${scale.slice(2)}`,
        name: `模型树 ${scale}`,
        aliases: ['模型树'],
        specs: { 比例: scale },
        unit: '包',
      }),
    ),
  ];
}

/** A made-up percussion shop: hand drums by head size in 寸, guitars by length. */
function drumShop(): Product[] {
  return [
    ...['8寸', '10寸', '12寸'].map((size) =>
      testProduct({
        sku: `DJEMBE-${size}`,
        name: `非洲鼓 ${size}`,
        aliases: ['非洲鼓', '手鼓'],
        specs: { 鼓面: size },
        unit: '个',
      }),
    ),
    ...['36寸', '41寸'].map((size) =>
      testProduct({
        sku: `GUITAR-${size}`,
        name: `民谣吉他 ${size}`,
        aliases: ['吉他'],
        specs: { 尺寸: size },
        unit: '把',
      }),
    ),
  ];
}

/** A made-up bamboo goods shop: steamers by diameter, summer mats by size of two sides, oil in a drum and a can. */
function bambooShop(): Product[] {
  return [
    ...['20cm', '26cm', '30cm'].map((size) =>
      testProduct({
        sku: `STEAMER-${size}`,
        name: `竹蒸笼 ${size}`,
        aliases: ['蒸笼'],
        specs: { 直径: size },
        unit: '个',
      }),
    ),
    ...['1.5米*1.9米', '1.8米*2.0米'].map((size) =>
      testProduct({
        sku: `MAT-${size.slice(0, 3)}`,
        name: `碳化竹席 ${size}`,
        aliases: ['竹席', '凉席'],
        specs: { 规格: size },
        unit: '张',
      }),
    ),
    ...['3mm', '6mm'].map((size) =>
      testProduct({
        sku: `SIEVE-${size}`,
        name: `竹筛 ${size}`,
        aliases: ['竹筛'],
        specs: { 孔径: size, 直径: '40cm' },
        unit: '个',
      }),
    ),
    ...['1L', '5L'].map((size) =>
      testProduct({
        sku: `OIL-${size}`,
        name: `竹木护理油 ${size}`,
        brand: '清竹',
        aliases: ['护理油'],
        specs: { 容量: size },
        unit: '桶',
      }),
    ),
  ];
}

/** The drums in two finishes under one name: 彩绘 comes in one size only. */
function drumStyles(): Product[] {
  return [
    ...['8寸', '10寸', '12寸'].map((size) =>
      testProduct({
        sku: `DJEMBE-原木-${size}`,
        name: `非洲鼓 原木 ${size}`,
        aliases: ['非洲鼓'],
        specs: { 款式: '原木', 鼓面: size },
        unit: '个',
      }),
    ),
    testProduct({
      sku: 'DJEMBE-彩绘-8寸',
      name: '非洲鼓 彩绘 8寸',
      aliases: ['非洲鼓'],
      specs: { 款式: '彩绘', 鼓面: '8寸' },
      unit: '个',
    }),
  ];
}

const model = createDialogEngine({ products: modelShop() });
const drums = createDialogEngine({ products: drumShop() });
const bamboo = createDialogEngine({ products: bambooShop() });

describe('A size word reads an order over any attribute whose values order', () => {
  it.each([
    // a scale 1:N is the larger the smaller N is
    [model, ['比例人 5包', '大的'], [['FIG-50', 5]]],
    [model, ['比例人 5包', '最小的'], [['FIG-200', 5]]],
    [model, ['模型树 3包', '小的'], [['TREE-87', 3]]],
    // 中号 / 中间的 is the middle of exactly three values
    [model, ['比例人 5包', '中号的'], [['FIG-100', 5]]],
    [drums, ['非洲鼓 4个', '中号'], [['DJEMBE-10寸', 4]]],
    [drums, ['手鼓 4个', '大号的'], [['DJEMBE-12寸', 4]]],
    [bamboo, ['蒸笼 10个', '中号的'], [['STEAMER-26cm', 10]]],
    [bamboo, ['蒸笼 10个', '小号'], [['STEAMER-20cm', 10]]],
  ] as const)('answers a question with the value at that place (%#)', (engine, turns, lines) => {
    const said = talkTo(engine, [...turns, '确认']);
    expect(lineQtys(said[1])).toEqual(lines);
    expect(said[2]!.order?.status).toBe('confirmed');
  });

  it('never takes 中 among two values', () => {
    const said = talkTo(drums, ['吉他 2把', '中号的', '确认']);
    expect(lineQtys(said[1])).toEqual([]);
    expect(said[2]!.order?.status).not.toBe('confirmed');
  });

  it.each([
    // sizes of two sides, one the lesser in both: narrower, shorter and smaller at once
    [bamboo, ['竹席 6张', '窄的'], [['MAT-1.5', 6]]],
    [bamboo, ['竹席 6张', '宽的'], [['MAT-1.8', 6]]],
    [bamboo, ['凉席 6张', '长的'], [['MAT-1.8', 6]]],
    // one character of the attribute's name says which measure
    [bamboo, ['竹筛 8个', '大孔的'], [['SIEVE-6mm', 8]]],
    [bamboo, ['竹筛 8个', '孔小的'], [['SIEVE-3mm', 8]]],
  ] as const)('reads 宽 / 窄 / 长 on sizes in order under a generic name (%#)', (engine, turns, lines) => {
    expect(lineQtys(talkTo(engine, [...turns])[1])).toEqual(lines);
  });

  it.each([
    // 号 said right after the product word, and a second part of the same item by its size word alone
    [
      drums,
      '非洲鼓大号的 2个 小号的3个',
      [
        ['DJEMBE-12寸', 2],
        ['DJEMBE-8寸', 3],
      ],
    ],
    [bamboo, '蒸笼大号 5个', [['STEAMER-30cm', 5]]],
    [model, '比例人小号的 4包', [['FIG-200', 4]]],
    // the other sizes of the same thing: another finish in the same size is no other end
    [
      createDialogEngine({ products: drumStyles() }),
      '原木非洲鼓大号的 2个 小号的3个',
      [
        ['DJEMBE-原木-12寸', 2],
        ['DJEMBE-原木-8寸', 3],
      ],
    ],
  ] as const)('takes 大号 / 小号 said with the item (%#)', (engine, text, lines) => {
    expect(lineQtys(talkTo(engine, [text])[0])).toEqual(lines);
  });

  it.each([
    // a pack noun said without 的, where nothing more is said of the item
    [bamboo, ['护理油 大桶要3桶'], [['OIL-5L', 3]]],
    [bamboo, ['护理油 2桶', '清竹的 小桶'], [['OIL-1L', 2]]],
  ] as const)('reads 大桶 / 小桶 with no 的 as the end of the sizes (%#)', (engine, turns, lines) => {
    const said = talkTo(engine, [...turns]);
    expect(lineQtys(said[said.length - 1])).toEqual(lines);
  });
});
