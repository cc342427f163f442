import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up paint shop: 立邦 emulsion by line in 桶, brushes by width in 寸, sold by the 把. */
function paintShop(): Product[] {
  return [
    ...['净味', '抗甲醛'].map((line) =>
      testProduct({
        sku: `NP-${line}`,
        name: `立邦${line}乳胶漆`,
        brand: '立邦',
        aliases: ['乳胶漆'],
        specs: { 系列: line },
        unit: '桶',
      }),
    ),
    ...['2寸', '4寸'].map((width) =>
      testProduct({
        sku: `BRUSH-${width}`,
        name: '羊毛刷',
        aliases: ['刷子', '毛刷'],
        specs: { 宽度: width },
        unit: '把',
        conversions: { 包: 10 },
      }),
    ),
  ];
}

/** A made-up car-parts counter: engine oil by grade in 桶, wipers by length in 寸 by the 对. */
function carShop(): Product[] {
  return [
    ...['5W-30', '0W-20'].map((grade) =>
      testProduct({
        sku: `OIL-${grade}`,
        name: '美孚速霸机油',
        brand: '美孚',
        aliases: ['机油'],
        specs: { 粘度: grade },
        unit: '桶',
      }),
    ),
    ...['22寸', '24寸'].map((length) =>
      testProduct({
        sku: `WIPER-${length}`,
        name: '无骨雨刮',
        aliases: ['雨刮', '雨刷'],
        specs: { 长度: length },
        unit: '对',
      }),
    ),
  ];
}

describe('a bare number after a product and its value, before the next product word, is its amount', () => {
  it('orders 20 of the emulsion and 5 packs of brushes, and edits the brush line by name after', () => {
    const engine = createDialogEngine({ products: paintShop() });
    const turns = talkTo(engine, ['立邦净味 20 刷子4寸 5包', '刷子改成8包', '确认']);
    expect(lineQtys(turns[0])).toEqual([
      ['NP-净味', 20],
      ['BRUSH-4寸', 50],
    ]);
    expect(lineQtys(turns[2])).toEqual([
      ['NP-净味', 20],
      ['BRUSH-4寸', 80],
    ]);
  });

  it('orders 12 of the oil and 5 pairs of wipers', () => {
    const engine = createDialogEngine({ products: carShop() });
    const [turn] = talkTo(engine, ['美孚5W-30 12 雨刮24寸 5对']);
    expect(lineQtys(turn)).toEqual([
      ['OIL-5W-30', 12],
      ['WIPER-24寸', 5],
    ]);
  });
});
