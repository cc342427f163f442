import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up tackle shop: rods by length, floats by colour, line by 线号. */
const tackle = createDialogEngine({
  products: [
    ...['3.6米', '4.5米', '5.4米'].map((length) =>
      testProduct({
        sku: `ROD-${length}`,
        name: `碳素台钓竿 ${length}`,
        aliases: ['台钓竿'],
        specs: { 长度: length },
        unit: '根',
      }),
    ),
    ...['红色', '黄色'].map((colour) =>
      testProduct({
        sku: `FLOAT-${colour}`,
        name: `纳米浮漂 ${colour}`,
        aliases: ['浮漂'],
        specs: { 颜色: colour },
        unit: '支',
      }),
    ),
    testProduct({
      sku: 'LINE-1.5',
      name: '尼龙主线 1.5号',
      aliases: ['主线'],
      specs: { 线号: '1.5号' },
      unit: '卷',
    }),
  ],
});

/** A made-up hair salon supply shop: hair dye by colour and size, shampoo in a bottle and a drum. */
function salonShop(): Product[] {
  const list: Product[] = [];
  for (const colour of ['自然黑', '栗棕色'])
    for (const size of ['60ml', '100ml'])
      list.push(
        testProduct({
          sku: `DYE-${colour}-${size}`,
          name: `植物染发膏 ${colour} ${size}`,
          aliases: ['染发膏'],
          specs: { 颜色: colour, 规格: size },
          unit: '支',
        }),
      );
  list.push(testProduct({ sku: 'COMB-1', name: '尖尾梳', aliases: ['梳子'], unit: '把' }));
  return list;
}
const salon = createDialogEngine({ products: salonShop() });

/** A made-up bakery supply shop: piping bags in two colours and two sizes; cream. */
function bakeryShop(): Product[] {
  const list: Product[] = [];
  for (const colour of ['白色', '蓝色'])
    for (const size of ['12寸', '16寸'])
      list.push(
        testProduct({
          sku: `BAG-${colour}-${size}`,
          name: `裱花袋 ${colour} ${size}`,
          aliases: ['裱花袋'],
          specs: { 颜色: colour, 尺寸: size },
          unit: '包',
        }),
      );
  list.push(
    testProduct({
      sku: 'CREAM-1L',
      name: '淡奶油 1L',
      aliases: ['淡奶油'],
      specs: { 容量: '1L' },
      unit: '瓶',
    }),
  );
  return list;
}
const bakery = createDialogEngine({ products: bakeryShop() });

describe('"不是X 是Y" corrects the line X names and keeps its other values', () => {
  it.each([
    [tackle, ['浮漂 红色 10支', '不是红的 要黄的'], [['FLOAT-黄色', 10]]],
    [
      tackle,
      ['4.5米台钓竿 3根 1.5号主线 2卷', '不对 不是4.5米的 是5.4米的'],
      [
        ['ROD-5.4米', 3],
        ['LINE-1.5', 2],
      ],
    ],
    [
      salon,
      ['染发膏 自然黑 100ml 10支 梳子 5把', '不是自然黑 是栗棕色'],
      [
        ['DYE-栗棕色-100ml', 10],
        ['COMB-1', 5],
      ],
    ],
    [
      bakery,
      ['裱花袋 白色 16寸 5包 淡奶油 2瓶', '不是白的，是蓝的'],
      [
        ['BAG-蓝色-16寸', 5],
        ['CREAM-1L', 2],
      ],
    ],
  ] as const)('%#: never asks the size again, and confirms', (engine, turns, lines) => {
    const said = talkTo(engine, [...turns, '确认']);
    expect(lineQtys(said[1])).toEqual(lines);
    expect(said[2]!.order?.status).toBe('confirmed');
  });

  it('reads 不是2箱 是3箱 as the new amount of the line talked about', () => {
    const said = talkTo(bakery, ['裱花袋 白色 16寸 5包', '不是5包 是8包']);
    expect(lineQtys(said[1])).toEqual([['BAG-白色-16寸', 8]]);
  });

  it('leaves 不是 that names nothing sold as it was said', () => {
    const said = talkTo(salon, ['梳子 5把', '不是很急 明天送就行']);
    expect(lineQtys(said[1])).toEqual([['COMB-1', 5]]);
  });
});

describe('A correction naming only a value', () => {
  it.each([
    [
      tackle,
      ['4.5米台钓竿 3根 1.5号主线 2卷', '不对 要5.4米的'],
      [
        ['ROD-5.4米', 3],
        ['LINE-1.5', 2],
      ],
    ],
    [
      salon,
      ['染发膏 自然黑 100ml 10支 梳子 5把', '不对 要栗棕色的'],
      [
        ['DYE-栗棕色-100ml', 10],
        ['COMB-1', 5],
      ],
    ],
    [
      bakery,
      ['裱花袋 白色 16寸 5包 淡奶油 2瓶', '不对 要蓝色的'],
      [
        ['BAG-蓝色-16寸', 5],
        ['CREAM-1L', 2],
      ],
    ],
  ] as const)(
    '%#: changes the line that has that value, never the line said last',
    (engine, turns, lines) => {
      const said = talkTo(engine, [...turns, '确认']);
      expect(lineQtys(said[1])).toEqual(lines);
      expect(said[2]!.order?.status).toBe('confirmed');
    },
  );
});
