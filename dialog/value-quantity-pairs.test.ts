import { describe, expect, it } from '@jest/globals';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up bakery supply shop: flour in two bag weights, cream in a litre and a small bottle. */
const bakery = createDialogEngine({
  products: [
    ...['1kg', '5kg'].map((weight) =>
      testProduct({
        sku: `FLOUR-${weight}`,
        name: `高筋面粉 ${weight}`,
        aliases: ['面粉'],
        specs: { 重量: weight },
        unit: '袋',
        conversions: { 箱: 10 },
      }),
    ),
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
  ],
});

/** A made-up hair salon supply shop: shampoo in a bottle and a drum. */
const salon = createDialogEngine({
  products: [
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
  ],
});

/** A made-up rope shop: ropes by length, sold by the coil. */
const ropes = createDialogEngine({
  products: ['10米', '20米'].map((length) =>
    testProduct({
      sku: `ROPE-${length}`,
      name: `尼龙绳 ${length}`,
      aliases: ['尼龙绳'],
      specs: { 长度: length },
      unit: '卷',
    }),
  ),
});

describe('Value–quantity pairs after one product word are one line each', () => {
  it.each([
    [
      bakery,
      '面粉 1公斤10袋 5公斤2袋',
      [
        ['FLOUR-1kg', 10],
        ['FLOUR-5kg', 2],
      ],
    ],
    [
      salon,
      '洗发水 500ml2箱 5L3桶',
      [
        ['SHAMPOO-500', 40],
        ['SHAMPOO-5L', 3],
      ],
    ],
    [
      ropes,
      '尼龙绳 10米5卷 20米2卷',
      [
        ['ROPE-10米', 5],
        ['ROPE-20米', 2],
      ],
    ],
    [
      bakery,
      '淡奶油 大的3箱 小的5箱',
      [
        ['CREAM-1L', 36],
        ['CREAM-250', 120],
      ],
    ],
  ] as const)('%#', (engine, text, lines) => {
    const said = talkTo(engine, [text, '确认']);
    expect(lineQtys(said[0])).toEqual(lines);
    expect(said[1]!.order?.status).toBe('confirmed');
  });

  it('reads 25公斤一袋的 as what a bag holds, never as one bag', () => {
    const said = talkTo(bakery, ['面粉 来10袋', '5公斤一袋的']);
    expect(lineQtys(said[1])).toEqual([['FLOUR-5kg', 10]]);
  });
});
