import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up garden shop: ceramic pots in three sizes and two colours; a marble pot of one size only. */
function gardenShop(): Product[] {
  const pots = ['15cm', '20cm', '25cm'].flatMap((size) =>
    [
      ['WH', '白色'],
      ['GY', '灰色'],
    ].map(([code, colour]) =>
      testProduct({
        sku: `POT-${size}-${code}`,
        name: '陶瓷花盆',
        aliases: ['花盆'],
        specs: { 尺寸: size, 颜色: colour! },
        unit: '个',
      }),
    ),
  );
  return [
    ...pots,
    testProduct({ sku: 'SOIL-10', name: '营养土', aliases: ['花土'], specs: { 容量: '10L' }, unit: '袋' }),
    testProduct({ sku: 'SOIL-50', name: '营养土', aliases: ['花土'], specs: { 容量: '50L' }, unit: '袋' }),
  ];
}

/** A made-up bar furniture shop: bar stools by seat height in two colours; rails by length. */
function barShop(): Product[] {
  const stools = ['60cm', '75cm'].flatMap((height) =>
    [
      ['BK', '黑色'],
      ['WH', '白色'],
    ].map(([code, colour]) =>
      testProduct({
        sku: `STOOL-${height}-${code}`,
        name: '铁艺吧台椅',
        aliases: ['吧台椅', '吧椅'],
        specs: { 高度: height, 颜色: colour! },
        unit: '把',
      }),
    ),
  );
  const rails = ['1.2米', '2.4米'].flatMap((length) =>
    [
      ['SV', '银色'],
      ['WH', '白色'],
    ].map(([code, colour]) =>
      testProduct({
        sku: `RAIL-${length}-${code}`,
        name: '不锈钢晾衣杆',
        aliases: ['晾衣杆'],
        specs: { 长度: length, 颜色: colour! },
        unit: '根',
      }),
    ),
  );
  return [...stools, ...rails];
}

const garden = createDialogEngine({ products: gardenShop() });
const bar = createDialogEngine({ products: barShop() });

/**
 * 大花盆 / 花盆大号白色 / 小白花盆 / 吧台椅高的 / 矮的: a size word said as a word of its own before or after the product
 * word, with no value of the measure said, picks that end of the one ordered attribute the word goes with (大 / 小 a
 * size, 高 / 矮 a height, 长 / 短 a length), as a clerk reads it.
 */
describe('A size word said with the product word picks that end of its ordered attribute', () => {
  it.each([
    ['大花盆 白色 10个', garden, [['POT-25cm-WH', 10]]],
    ['花盆大号白色10个', garden, [['POT-25cm-WH', 10]]],
    ['小白花盆 5个', garden, [['POT-15cm-WH', 5]]],
    ['中号花盆 灰色 6个', garden, [['POT-20cm-GY', 6]]],
    ['大袋的营养土 3袋', garden, [['SOIL-50', 3]]],
    ['吧台椅高的 黑色 4把', bar, [['STOOL-75cm-BK', 4]]],
    ['矮的吧台椅 白色 2把', bar, [['STOOL-60cm-WH', 2]]],
    ['小吧椅 黑色 4把', bar, [['STOOL-60cm-BK', 4]]],
    ['长晾衣杆 银色 3根', bar, [['RAIL-2.4米-SV', 3]]],
    ['晾衣杆短的白色 5根', bar, [['RAIL-1.2米-WH', 5]]],
  ] as const)('%s', (text, engine, lines) => {
    expect(lineQtys(talkTo(engine, [text])[0])).toEqual(lines);
  });

  it('takes 高的 / 矮的 as the answer to a height question', () => {
    const said = talkTo(bar, ['吧台椅 黑色 4把', '高的', '确认']);
    expect(lineQtys(said[1])).toEqual([['STOOL-75cm-BK', 4]]);
    expect(said[2]!.order?.status).toBe('confirmed');
    expect(lineQtys(talkTo(bar, ['吧椅 白色 2把', '矮的'])[1])).toEqual([['STOOL-60cm-WH', 2]]);
  });

  it('asks the rest when the size word leaves several products of that size', () => {
    const said = talkTo(bar, ['吧台椅高的 4把', '黑色']);
    expect(lineQtys(said[0])).toEqual([]);
    expect(said[0]!.replies.join('')).not.toContain('60cm');
    expect(lineQtys(said[1])).toEqual([['STOOL-75cm-BK', 4]]);
  });

  it('never reads a size character inside another word', () => {
    expect(lineQtys(talkTo(garden, ['大理石花盆 10个'])[0])).toEqual([]);
    expect(lineQtys(talkTo(bar, ['长城晾衣杆 银色 3根'])[0])).toEqual([]);
  });
});

/** A made-up kitchenware shop: plastic kettles in two sizes and a steel 烧水壶, all called 水壶. */
function kettleShop(): Product[] {
  return [
    ...['1L', '2L'].map((size) =>
      testProduct({
        sku: `KT-${size}`,
        name: '塑料水壶',
        aliases: ['水壶'],
        specs: { 容量: size },
        unit: '个',
      }),
    ),
    testProduct({
      sku: 'KT-3L',
      name: '不锈钢烧水壶',
      aliases: ['烧水壶', '水壶'],
      specs: { 容量: '3L' },
      unit: '个',
    }),
  ];
}

describe('A size word before a product word that has kinds is no kind the shop lacks', () => {
  const kettles = createDialogEngine({ products: kettleShop() });

  it('reads 小水壶 / 大水壶 as the ends of the sizes, never "没有小水壶"', () => {
    expect(lineQtys(talkTo(kettles, ['小水壶 5个'])[0])).toEqual([['KT-1L', 5]]);
    expect(lineQtys(talkTo(kettles, ['大水壶 2个'])[0])).toEqual([['KT-3L', 2]]);
  });
});
